package dev.rehearsal.internal.spi;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a {@link MigrationToolSupport} needs to work on one database: where the migrations are, how to reach
 * the database, what it was restored from, and the user's settings.
 */
public interface MigrationContext {

    /** The migrations location, resolved to an absolute directory. */
    Path directory();

    /**
     * The folder the user named: {@link #directory()} is a copy of its files read once (the copy the template cache
     * keyed), so what a tool looks for around the folder (e.g. the project's {@code node_modules}) is looked for here.
     */
    default Path origin() {
        return directory();
    }

    /** The migrations location as the user wrote it, for messages ({@code file:line} relative to it). */
    String location();

    /** The project directory (relative paths in settings resolve against it). */
    Path projectDirectory();

    /** A new connection to the database, in autocommit mode; the caller closes it. */
    Connection connect() throws SQLException;

    /** The database's JDBC URL (without credentials). */
    String jdbcUrl();

    /** The server's host. */
    String host();

    /** The server's port. */
    int port();

    /** The database's name. */
    String database();

    /** The user to connect as. */
    String username();

    /** That user's password. */
    String password();

    /** What the database was restored from, if anything (for messages). */
    Optional<FixtureInfo> fixture();

    /**
     * The failure of the migration run that prepared the template this database was cloned from, reported by
     * {@link dev.rehearsal.MigrationHistory#lastFailure()} until the next deploy.
     */
    Optional<MigrationFailedException> initialFailure();

    /**
     * A setting by its full key (e.g. {@code rehearsal.flyway.table}): a JVM system property wins over a JUnit
     * configuration parameter, over an environment variable ({@code REHEARSAL_FLYWAY_TABLE}), over the project file
     * {@code rehearsal.yml}.
     */
    Optional<String> setting(String key);

    /** {@link #setting} stripped of surrounding blanks; empty when missing or blank. */
    default Optional<String> text(String key) {
        return setting(key).map(String::strip).filter(value -> !value.isEmpty());
    }

    /**
     * Every setting whose key starts with {@code prefix}, keyed by the rest of the key (e.g. {@code
     * settingsUnder(ConfigurationKeys.Flyway.PLACEHOLDERS)}), with the precedence of {@link #setting}. Keys are found in
     * system properties and {@code rehearsal.yml}.
     */
    Map<String, String> settingsUnder(String prefix);
}
