package dev.rehearsal;

/**
 * Every configuration key Rehearsal reads, in one catalogue.
 *
 * <p><b>Where a value comes from.</b> A JVM system property wins over a JUnit configuration parameter ({@code
 * junit-platform.properties}), which wins over an environment variable, which wins over settings an integration
 * contributes (the Spring application's {@code spring.flyway.*} / {@code spring.liquibase.*}), which win over the
 * project file {@code rehearsal.yml} (nested YAML without the {@code rehearsal.} prefix, e.g. {@code flyway: {table:
 * schema_history}}), which wins over the built-in default. An annotation attribute, where one exists, wins over all
 * of them. An invalid value fails before anything starts, naming the key, the value and the allowed values.
 *
 * <p><b>Environment variables.</b> A key's variable is the key upper-cased with {@code .} and {@code -} turned into
 * {@code _} ({@code rehearsal.cache.max-size} → {@code REHEARSAL_CACHE_MAX_SIZE}), except the external provider's
 * three, named on their constants.
 *
 * <p><b>Naming rule.</b> One prefix, {@code rehearsal.}. Rehearsal's own keys are lower-case kebab-case ({@code
 * rehearsal.cache.max-size}). A key that mirrors a migration tool's own setting keeps the tool's spelling after the
 * tool's segment, so that a value can be copied from the tool's configuration unchanged: Play's {@code metaTable} is
 * {@value Play#META_TABLE}, Flyway's parameters are read under {@value Flyway#PREFIX} (where Flyway's camelCase and the
 * kebab-case form are both accepted). A tool's keys are grouped in the nested class named after the tool.
 */
public final class ConfigurationKeys {

    private ConfigurationKeys() {}

    /**
     * Where the PostgreSQL server comes from: {@code auto} (default: external when {@value #EXTERNAL_URL} is set, else
     * testcontainers when {@value #TESTCONTAINERS_IMAGE} is set, else embedded), {@code embedded}, {@code
     * testcontainers} or {@code external}.
     */
    public static final String PROVIDER = "rehearsal.provider";

    /**
     * The production server's PostgreSQL version: a major such as {@code 15} or a full version such as {@code 15.15}.
     * The server a rehearsal runs on must have it; unset: any.
     */
    public static final String POSTGRES_VERSION = "rehearsal.postgres.version";

    /**
     * The image of the testcontainers provider; default {@code postgres:<}{@value #POSTGRES_VERSION}{@code >}, {@code
     * postgres:17} when that is unset.
     */
    public static final String TESTCONTAINERS_IMAGE = "rehearsal.testcontainers.image";

    /**
     * Whether the testcontainers provider restores backups and runs migrations as the container's superuser: {@code
     * false} (default) or {@code true}. By default the container's superuser is {@code rehearsal_admin} (its {@code
     * POSTGRES_USER}), used by Rehearsal alone, and restores, migrations (every tool, {@code COMMAND} included) and
     * tests connect as the ordinary role {@code postgres} ({@code LOGIN CREATEDB}, {@code CREATEROLE} on PostgreSQL 16
     * and later), confined by PostgreSQL exactly as on the embedded server (see {@value #EMBEDDED_SUPERUSER}): no
     * other databases, no superusers, no server-side programs or files, no other sessions, ownership restored by
     * Rehearsal as a superuser would. What
     * truly needs a superuser (event triggers, {@code LEAKPROOF} functions, untrusted languages and extensions) fails
     * naming the statement, its file and line, and this key: {@code true} starts the container with {@code
     * POSTGRES_USER=postgres} and restores and migrates as that superuser (the default of earlier versions), which can
     * then reach anything inside the container, though not outside it. Separate from {@value #EMBEDDED_SUPERUSER}: a
     * superuser in a throw-away container reaches less than one of a server running on the developer's machine.
     */
    public static final String TESTCONTAINERS_SUPERUSER = "rehearsal.testcontainers.superuser";

    /** The JDBC URL of an existing server for the external provider (env {@code REHEARSAL_JDBC_URL}). */
    public static final String EXTERNAL_URL = "rehearsal.external.url";

    /** The user for the external provider when the URL has none (env {@code REHEARSAL_JDBC_USER}). */
    public static final String EXTERNAL_USER = "rehearsal.external.user";

    /** The password for the external provider when the URL has none (env {@code REHEARSAL_JDBC_PASSWORD}). */
    public static final String EXTERNAL_PASSWORD = "rehearsal.external.password";

    /**
     * The directory of unpacked binaries, the embedded server's data and the templates; default {@code
     * ${java.io.tmpdir}/rehearsal-<user>} when the JVM runs as root, else {@code $XDG_CACHE_HOME/rehearsal} or {@code
     * ~/.cache/rehearsal}.
     */
    public static final String CACHE_DIR = "rehearsal.cache.dir";

    /**
     * How long templates live: {@code persistent} (default: the embedded server's data directory and its restored and
     * migrated templates stay in the cache directory between runs), {@code run} (templates live as long as the JVM) or
     * {@code off} (no template is shared: every test restores and migrates its own database).
     */
    public static final String CACHE_MODE = "rehearsal.cache.mode";

    /**
     * The size bound of the persistent templates, e.g. {@code 10GB}, {@code 500MB}; default {@code 10GB}. Least
     * recently used templates are dropped at start beyond it.
     */
    public static final String CACHE_MAX_SIZE = "rehearsal.cache.max-size";

    /**
     * Where the embedded server puts the tests' copies: {@code auto} (default: in a tablespace on tmpfs, {@code
     * /dev/shm}, when it is there and a copy of the template fits comfortably in its free space; the templates stay
     * in the cache directory) or {@code never} (always with the templates).
     */
    public static final String CACHE_COPIES_IN_MEMORY = "rehearsal.cache.copies-in-memory";

    /**
     * Which test databases outlive their test: {@code on-failure} (default), {@code never} or {@code always}. Kept
     * databases of the embedded provider stay in the persistent data directory until the next run starts.
     */
    public static final String KEEP = "rehearsal.keep";

    /**
     * {@code uid:gid} the embedded server runs as when the JVM runs as root; default {@code 65534:65534} (nobody).
     */
    public static final String EMBEDDED_RUN_AS = "rehearsal.embedded.run-as";

    /**
     * Whether the embedded server restores backups and runs migrations as a superuser: {@code false} (default) or
     * {@code true}. By default they run as the ordinary role {@code postgres} ({@code CREATEDB CREATEROLE}; the
     * bootstrap superuser is {@code rehearsal_admin}, used by Rehearsal alone), so that PostgreSQL refuses what reaches
     * outside the rehearsal's own databases: other databases, superusers, server-side programs and files, other
     * users' sessions. A dump's ownership is still restored as a superuser restores it: {@code ALTER … OWNER TO role}
     * is run by Rehearsal as {@code rehearsal_admin} once PostgreSQL confirms the restoring role owns the object and
     * the role is no superuser (nor has {@code REPLICATION}, {@code BYPASSRLS}, or membership of a superuser or a
     * predefined role), and {@code SET SESSION AUTHORIZATION role} runs as {@code SET ROLE role}. What truly needs a
     * superuser (event triggers, {@code LEAKPROOF} functions, untrusted languages and extensions) fails naming the
     * statement, its file and line, and this key: {@code true} restores and migrates as the bootstrap superuser {@code
     * postgres} instead (the default of earlier versions). The two use separate persistent data directories.
     */
    public static final String EMBEDDED_SUPERUSER = "rehearsal.embedded.superuser";

    /**
     * The project configuration file, relative to the project directory; default {@code rehearsal.yml}. Read from
     * system properties, JUnit parameters and the environment only.
     */
    public static final String CONFIG_FILE = "rehearsal.config.file";

    /**
     * How long one restore may run; default {@code 30m} ({@code 90s}, {@code 30m}, {@code 2h} or ISO-8601 such as
     * {@code PT30M}). Past it, the statements still running are cancelled on the server (a dump's own {@code SET
     * statement_timeout = 0} does not lift it) and the restore fails naming the statement.
     */
    public static final String RESTORE_TIMEOUT = "rehearsal.restore.timeout";

    /**
     * Directories outside the project from which a {@code @RestoredFrom} location given as an absolute path (e.g.
     * {@code ${env:BACKUP_FILE}}) may be read: comma-separated, absolute or relative to the project directory;
     * default none (only the project, its version-control checkout and the classpath). A location elsewhere is
     * refused before anything is read.
     */
    public static final String RESTORE_ALLOWED_DIRECTORIES = "rehearsal.restore.allowed-directories";

    /**
     * How long one statement of a migration may run; default {@code 30m} (same forms as {@link #RESTORE_TIMEOUT}).
     * Past it, the statement is cancelled on the server and the migration fails naming it.
     */
    public static final String MIGRATION_TIMEOUT = "rehearsal.migration.timeout";

    /** Seconds between two progress lines of one restore; default {@code 5}, {@code 0}: every tick. */
    public static final String PROGRESS_INTERVAL = "rehearsal.progress.interval";

    /**
     * {@code true}: schema snapshot assertions ({@code matchesSnapshot}) write their files instead of comparing, and
     * say so; default {@code false}.
     */
    public static final String SNAPSHOTS_UPDATE = "rehearsal.snapshots.update";

    /**
     * Where the run report ({@code report.json} and {@code report.html}) is written at the end of a run, relative to
     * the project directory; default {@code target/rehearsal}.
     */
    public static final String REPORT_DIR = "rehearsal.report.dir";

    /** Whether the run report is written: {@code true} (default) or {@code false} (no report, no row counting). */
    public static final String REPORT_ENABLED = "rehearsal.report.enabled";

    /**
     * Whether each migration of a template build is profiled (duration, tables rewritten, ACCESS EXCLUSIVE locks,
     * rows changed): {@code true} (default) or {@code false}.
     */
    public static final String PROFILE_ENABLED = "rehearsal.profile.enabled";

    /**
     * Flyway's settings. Every Flyway parameter is read under {@value #PREFIX} in Flyway's spelling without its
     * {@code flyway.} prefix ({@code rehearsal.flyway.baselineOnMigrate}, {@code
     * rehearsal.flyway.placeholders.<name>}) or in kebab-case ({@code rehearsal.flyway.baseline-on-migrate}); Flyway
     * itself validates them.
     */
    public static final class Flyway {
        private Flyway() {}

        /** The prefix of Flyway's parameters. */
        public static final String PREFIX = "rehearsal.flyway.";

        /**
         * A Flyway configuration file in the properties format of {@code flyway.conf}, relative to the project
         * directory; the settings under {@value #PREFIX} win over it.
         */
        public static final String CONFIG_FILE = "rehearsal.flyway.config-file";

        /** The prefix of Flyway's placeholders ({@code ${name}} in migrations). */
        public static final String PLACEHOLDERS = "rehearsal.flyway.placeholders.";
    }

    /** Liquibase's settings, in the spelling of Liquibase's own parameters. */
    public static final class Liquibase {
        private Liquibase() {}

        /** The root changelog, relative to the migrations location; default: found in the location. */
        public static final String CHANGELOG = "rehearsal.liquibase.changelog";

        /** Liquibase's {@code contexts} filter; default none. */
        public static final String CONTEXTS = "rehearsal.liquibase.contexts";

        /** Liquibase's {@code label-filter}; default none. */
        public static final String LABELS = "rehearsal.liquibase.labels";

        /** The prefix of changelog parameters ({@code ${name}}). */
        public static final String PARAMETERS = "rehearsal.liquibase.parameters.";
    }

    /** Prisma Migrate's settings. */
    public static final class Prisma {
        private Prisma() {}

        /**
         * The Prisma version whose behaviour to reproduce, e.g. {@code 6.19.0} or {@code 7.4}: up to 7.3 a migration
         * script runs as one implicit transaction, from 7.4 statement by statement. Unset: the version the project shows
         * ({@code node_modules/prisma}, a lock file, a deciding range in {@code package.json}), else up to 7.3.
         */
        public static final String VERSION = "rehearsal.prisma.version";
    }

    /** golang-migrate's settings, named after its URL parameters. */
    public static final class GolangMigrate {
        private GolangMigrate() {}

        /** The history table ({@code x-migrations-table}); default {@code schema_migrations}. */
        public static final String TABLE = "rehearsal.golang-migrate.table";

        /** {@code true}: split scripts on {@code ;} like {@code x-multi-statement}; default {@code false}. */
        public static final String MULTI_STATEMENT = "rehearsal.golang-migrate.multi-statement";
    }

    /** goose's settings, named after its flags. */
    public static final class Goose {
        private Goose() {}

        /** The history table ({@code -table}); default {@code goose_db_version}. */
        public static final String TABLE = "rehearsal.goose.table";

        /** {@code true}: apply missing (out-of-order) migrations like {@code -allow-missing}; default {@code false}. */
        public static final String ALLOW_MISSING = "rehearsal.goose.allow-missing";

        /** The prefix of the values {@code -- +goose ENVSUB ON} substitutes, before the process environment. */
        public static final String ENV = "rehearsal.goose.env.";
    }

    /** dbmate's settings, named after its flags. */
    public static final class Dbmate {
        private Dbmate() {}

        /** The history table ({@code --migrations-table}); default {@code schema_migrations}. */
        public static final String TABLE = "rehearsal.dbmate.table";

        /** {@code true}: refuse out-of-order pending migrations like {@code --strict}; default {@code false}. */
        public static final String STRICT = "rehearsal.dbmate.strict";
    }

    /** sqlx's settings, named after its {@code sqlx.toml} keys and flags. */
    public static final class Sqlx {
        private Sqlx() {}

        /** The history table ({@code migrate.table-name}); default {@code _sqlx_migrations}. */
        public static final String TABLE = "rehearsal.sqlx.table";

        /** {@code true}: ignore applied migrations the code no longer has ({@code --ignore-missing}). */
        public static final String IGNORE_MISSING = "rehearsal.sqlx.ignore-missing";
    }

    /**
     * Play Evolutions' settings, in Play's spelling ({@code play.evolutions.db.<db>.*}): copy the values that differ
     * from Play's defaults from {@code application.conf}.
     */
    public static final class Play {
        private Play() {}

        /** The database folder ({@code evolutions/<db>}) to use when the location holds several. */
        public static final String DB = "rehearsal.play.db";

        /** The schema of the history table (Play's {@code schema}); default none. */
        public static final String SCHEMA = "rehearsal.play.schema";

        /** The history table (Play's {@code metaTable}); default {@code play_evolutions}. */
        public static final String META_TABLE = "rehearsal.play.metaTable";

        /**
         * Play's {@code autocommit}: {@code true} (default) commits each statement on its own, {@code false} runs the
         * whole evolve in one transaction.
         */
        public static final String AUTOCOMMIT = "rehearsal.play.autocommit";

        /** Play's {@code useLocks}; default {@code false}. */
        public static final String USE_LOCKS = "rehearsal.play.useLocks";

        /**
         * Play's {@code autoApplyDowns}: {@code true} lets Play revert evolutions whose hash changed or that the code no
         * longer has by running their {@code !Downs} (data loss); default {@code false}, where Rehearsal reports them as
         * a failure. Was {@code @MigratesTo(allowDowns = true)} (deprecated; where set it still wins over this key).
         */
        public static final String AUTO_APPLY_DOWNS = "rehearsal.play.autoApplyDowns";

        /** Play's {@code skipApplyDownsOnly}; default {@code false}. */
        public static final String SKIP_APPLY_DOWNS_ONLY = "rehearsal.play.skipApplyDownsOnly";

        /** The prefix of Play's substitutions: {@code prefix}, {@code suffix}, {@code escapeEnabled}, {@code mappings.<name>}. */
        public static final String SUBSTITUTIONS = "rehearsal.play.substitutions.";
    }

    /** Settings of plain SQL files run in order. */
    public static final class PlainSql {
        private PlainSql() {}

        /** {@code true}: each file runs in one transaction, like {@code psql -1}; default {@code false}. */
        public static final String SINGLE_TRANSACTION = "rehearsal.plain-sql.single-transaction";
    }

    /** Settings of the application's own migration command ({@code MigrationTool.COMMAND}). */
    public static final class Command {
        private Command() {}

        /**
         * How long the command may run; default 10 minutes ({@code 90s}, {@code 5m}, {@code 1h} or ISO-8601 such as
         * {@code PT5M}).
         */
        public static final String TIMEOUT = "rehearsal.command.timeout";

        /**
         * The command line to run, e.g. {@code npx prisma migrate deploy}; required with {@code tool = COMMAND}. It is
         * split into arguments at spaces (single and double quotes group, no other shell syntax: write {@code sh -c
         * '…'} for pipes or variables) and run in the project directory with {@code DATABASE_URL}, {@code PGHOST},
         * {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD} and {@code PGDATABASE} pointing at the database. Was
         * {@code @MigratesTo(command = …)} (deprecated; where set it still wins over this key).
         */
        public static final String LINE = "rehearsal.command.line";

        /** The tool whose history the command writes, when the migrations' layout does not tell. */
        public static final String HISTORY_TOOL = "rehearsal.command.history-tool";
    }
}
