package dev.rehearsal.internal.server;

import dev.rehearsal.internal.spi.PostgresServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The persistent side of an embedded server shared through the cache directory: where its files are, which JVM this
 * is, which JVMs are alive, and which templates they use (so that clean-up and eviction never take a template or a
 * copy from under a live JVM).
 *
 * <p>Internal, not API.
 */
public interface PersistentCluster {

    /** The persistent server of {@code server}, when it is one. */
    static Optional<PersistentCluster> of(PostgresServer server) {
        return server instanceof EmbeddedPostgresServer embedded
                ? embedded.cluster().map(PersistentCluster.class::cast)
                : Optional.empty();
    }

    /** The cluster directory ({@code <cache>/clusters/<key>}): data directory, locks, template metadata. */
    Path directory();

    /** This JVM's id among the users of the server (part of the names of its test databases). */
    String ownerId();

    /** Runs {@code work} while no JVM attaches to or detaches from the server. */
    <T> T underControlLock(Supplier<T> work);

    /** The ids of the JVMs using the server now, this one included; call under the control lock. */
    List<String> liveOwners();

    /** Notes that this JVM uses the template {@code database} until it ends. */
    void recordUse(String database);

    /** The templates live JVMs use; call under the control lock. */
    List<String> inUse();

    /** How a person connects to {@code database} (no password printed). */
    String connectCommand(String database);
}
