package dev.rehearsal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A database restored from a backup (and possibly migrated), private to one test method.
 *
 * <p>Injected as a parameter of test and lifecycle methods of a class or method annotated with {@link
 * RestoredFrom}. The database is a clone of a template: writes are visible only to the current test and are
 * discarded afterwards.
 *
 * <p>Thread-safety: instances are safe to share between threads; each {@link #connection()} is not.
 */
public interface RestoredDatabase {

    /** JDBC URL of this database, including host and port. */
    String jdbcUrl();

    /** User name to connect with. */
    String username();

    /** Password to connect with. */
    String password();

    /** The name of this database on the server. */
    String databaseName();

    /** A {@link DataSource} opening new connections to this database. */
    DataSource dataSource();

    /** A new connection to this database; the caller closes it. */
    Connection connection() throws SQLException;

    /**
     * Runs a query with optional positional ({@code ?}) parameters and returns the whole result.
     *
     * <p>Like {@link #execute}, each call starts in the state of a new session, in autocommit: what an earlier call
     * set for its session ({@code SET}, temporary tables, advisory locks, a transaction it left open, rolled back) does
     * not carry over. Use {@link #connection()} for a session of your own. Connections are reused between calls
     * (reset with {@code DISCARD ALL}); concurrent calls each run on their own.
     *
     * @throws RehearsalSqlException when the server rejects the query
     */
    QueryResult query(String sql, Object... args);

    /**
     * Runs a statement with optional positional ({@code ?}) parameters.
     *
     * @return the update count, or 0 for statements without one
     * @throws RehearsalSqlException when the server rejects the statement
     */
    int execute(String sql, Object... args);

    /**
     * Runs a psql-style SQL script (the manual fix-up SQL of a runbook), statement by statement, stopping at
     * the first error. A relative path is resolved on the classpath first, then against the project directory.
     *
     * @throws FixtureRestoreException when a statement fails, naming the file and line
     */
    void runScript(String location);

    /** Runs a psql-style SQL script from a file; see {@link #runScript(String)}. */
    void runScript(Path file);

    /** The migration history as the migration tool sees it, and the operator's moves on it. */
    MigrationHistory migrations();

    /**
     * A read-only view of the same fixture right after the restore, before any migration, for before/after
     * comparisons.
     */
    RestoredDatabase beforeMigration();

    /**
     * What the pending migrations would meet on this backup, found before they run: a trial run of the test's
     * {@code @MigratesTo} migrations on a scratch copy of the backup as restored, each risky statement diagnosed on the
     * data it would see (the rows a new foreign key, NOT NULL, unique key or check would reject, the values a type change
     * cannot convert, the rows a RESTRICT key still references). Computed once per backup and migrations in a run.
     *
     * @throws IllegalStateException when the test has no {@code @MigratesTo} migrations
     */
    Preflight preflight();

    /** What was restored: location, checksum, format, versions, restore duration. */
    FixtureInfo fixture();

    /**
     * A snapshot of this database's catalog, read now: tables with their columns, keys, constraints, indexes and
     * triggers, sequences with their values, enum types, views, functions and extensions; serialisable to JSON and
     * YAML. Compare schemas with {@code assertThat(db).schema()}.
     *
     * @throws RehearsalSqlException when the catalog cannot be read
     */
    SchemaSnapshot schema();
}
