package dev.rehearsal;

/**
 * The migration tools Rehearsal can reproduce. Each one behaves as the real tool does in production: same pending
 * set, same order, same transactions, same history rows, same refusals.
 */
public enum MigrationTool {
    /**
     * Detect the tool from the layout of the migrations location and log which was chosen; a layout several tools
     * could own is an error listing the candidates (set {@code tool} explicitly then).
     */
    AUTO("auto-detected tool"),
    /**
     * Prisma Migrate: {@code <migrations>/<name>/migration.sql}, history in {@code _prisma_migrations},
     * reproducing {@code prisma migrate deploy}. The Prisma version whose behaviour is reproduced is set by {@code
     * rehearsal.prisma.version} (default: before 7.4, each script in one implicit transaction).
     */
    PRISMA("Prisma Migrate"),
    /** Flyway, driven through Flyway's own Java API (needs {@code flyway-core} and {@code flyway-database-postgresql}). */
    FLYWAY("Flyway"),
    /** Liquibase, driven through its own Java API (needs {@code liquibase-core}). */
    LIQUIBASE("Liquibase"),
    /** golang-migrate: {@code <version>_<title>.up.sql}, history in {@code schema_migrations(version, dirty)}. */
    GOLANG_MIGRATE("golang-migrate"),
    /** dbmate: {@code <version>_<name>.sql} with {@code -- migrate:up}, history in {@code schema_migrations}. */
    DBMATE("dbmate"),
    /** goose SQL migrations: {@code -- +goose Up}, history in {@code goose_db_version}. */
    GOOSE("goose"),
    /** sqlx: {@code <version>_<description>.sql}, history in {@code _sqlx_migrations} with checksums. */
    SQLX("sqlx"),
    /** Play Evolutions: {@code conf/evolutions/<db>/<n>.sql} with {@code !Ups}/{@code !Downs}, {@code play_evolutions}. */
    PLAY_EVOLUTIONS("Play Evolutions"),
    /** Plain SQL files applied in natural order, no history table: for projects without a tool. */
    PLAIN_SQL("plain SQL files"),
    /**
     * Any command line ({@link MigratesTo#command()}), run with {@code DATABASE_URL} and {@code PG*} variables
     * pointing at the test's database; its exit code decides. Afterwards the history is read by the tool the
     * migrations location's layout shows, when Rehearsal knows it.
     */
    COMMAND("command");

    private final String displayName;

    MigrationTool(String displayName) {
        this.displayName = displayName;
    }

    /** The tool's name for messages, e.g. {@code "Prisma Migrate"}, {@code "golang-migrate"}. */
    public String displayName() {
        return displayName;
    }
}
