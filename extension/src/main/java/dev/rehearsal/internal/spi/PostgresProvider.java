package dev.rehearsal.internal.spi;

/**
 * Where the PostgreSQL server comes from.
 *
 * <p>Built in: {@code embedded} (PostgreSQL binaries shipped as Maven artifacts, started by Rehearsal) and
 * {@code external} (an existing server by URL, {@code rehearsal.external.url} or env {@code REHEARSAL_JDBC_URL}).
 * Selected with the configuration key {@code rehearsal.provider}.
 */
public interface PostgresProvider {

    /** The provider's name, as used in {@code rehearsal.provider}. */
    String name();

    /**
     * Starts (or connects to) a server. Called at most once per JVM per provider by Rehearsal, which closes the
     * returned server at the end of the run.
     */
    PostgresServer start();
}
