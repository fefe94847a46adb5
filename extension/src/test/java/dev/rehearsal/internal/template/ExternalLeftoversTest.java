package dev.rehearsal.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.restore.Fixtures;
import dev.rehearsal.internal.restore.RestoreOptions;
import dev.rehearsal.internal.server.ExternalPostgresProvider;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.testing.TestPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, lifecycle on the external provider: a JVM killed with {@code kill -9} while it uses an external server
 * leaves its {@code rehearsal_*} databases and the roles its restore created; the next run's start drops them (and
 * only them), and a run that ends normally drops its roles itself. The test suite's embedded server plays the external
 * server.
 */
class ExternalLeftoversTest {

    @TempDir
    Path dir;

    @Test
    void a_killed_runs_databases_and_roles_are_dropped_at_the_next_start() throws Exception {
        PostgresServer real = TestPostgres.server();
        String role = "leftover_owner_" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(
                dir.resolve("owned.sql"),
                "CREATE TABLE public.t (id int);\nALTER TABLE public.t OWNER TO " + role + ";\n"
                        + "INSERT INTO public.t VALUES (1);\n");
        String foreign = "rehearsal_not_a_run_" + UUID.randomUUID().toString().substring(0, 8);
        execute(real, "CREATE DATABASE " + foreign);
        try {
            Process run = new ProcessBuilder(
                            ProcessHandle.current().info().command().orElse("java"),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "-D" + ConfigurationKeys.EXTERNAL_URL + "=" + real.jdbcUrl("postgres"),
                            "-D" + ConfigurationKeys.EXTERNAL_USER + "=" + real.username(),
                            "-D" + ConfigurationKeys.EXTERNAL_PASSWORD + "=" + real.password(),
                            Probe.class.getName(),
                            dir.toString())
                    .redirectErrorStream(true)
                    .start();
            String runId = awaitReady(run);
            List<String> before = databasesOf(real, runId);
            System.out.println("[leftovers] run " + runId + " before kill -9: databases " + before + ", role " + role
                    + " exists: " + roleExists(real, role));
            assertThat(before).hasSizeGreaterThanOrEqualTo(2);
            run.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up
            run.waitFor(30, TimeUnit.SECONDS);
            // a copy being prepared ahead in the background when the run was killed may have appeared since
            assertThat(databasesOf(real, runId))
                    .as("left behind by the killed run")
                    .containsAll(before);
            assertThat(roleExists(real, role)).isTrue();

            PostgresServer external = new ExternalPostgresProvider(settings(real)).start();
            TemplateCache next = new TemplateCache(external);
            try {
                List<String> after = databasesOf(real, runId);
                System.out.println("[leftovers] after the next start: databases " + after + ", role " + role
                        + " exists: " + roleExists(real, role));
                assertThat(after).isEmpty();
                assertThat(roleExists(real, role))
                        .as("the role the killed run's restore created")
                        .isFalse();
                assertThat(databaseExists(real, foreign))
                        .as("a rehearsal_ database no run named")
                        .isTrue();
            } finally {
                next.close();
            }
        } finally {
            execute(real, "DROP DATABASE IF EXISTS " + foreign);
        }
    }

    @Test
    void a_run_that_ends_drops_the_roles_its_restore_created_on_an_external_server() throws Exception {
        PostgresServer real = TestPostgres.server();
        String role = "run_owner_" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(
                dir.resolve("owned.sql"),
                "CREATE TABLE public.t (id int);\nALTER TABLE public.t OWNER TO " + role + ";\n");
        execute(real, "CREATE ROLE existing_" + role + " NOLOGIN");
        try {
            PostgresServer external = new ExternalPostgresProvider(settings(real)).start();
            TemplateCache cache = new TemplateCache(external);
            cache.restored(Fixtures.resolve("owned.sql", null, dir), RestoreOptions.defaults());
            assertThat(roleExists(real, role)).isTrue();
            cache.close();
            assertThat(roleExists(real, role)).isFalse();
            assertThat(roleExists(real, "existing_" + role))
                    .as("a role the run did not create")
                    .isTrue();
        } finally {
            execute(real, "DROP ROLE IF EXISTS existing_" + role);
        }
    }

    /**
     * A killed JVM's CREATE DATABASE goes on in its server session and its database appears only when the statement
     * ends, after the next start listed the leftovers. Here the dead run's session waits on the template (renamed in an
     * open transaction) while the next run takes its lease: that session must be stopped, so that nothing of the dead
     * run appears once the template is free again.
     */
    @Test
    void a_dead_runs_create_database_still_running_is_stopped_at_the_next_start() throws Exception {
        PostgresServer real = TestPostgres.server();
        String suffix = UUID.randomUUID().toString().replace("-", "");
        String template = "leftover_template_" + suffix.substring(0, 8);
        String deadRun = suffix.substring(8, 14);
        String copy = "rehearsal_t_" + deadRun + "_" + suffix.substring(14, 22);
        execute(real, "CREATE DATABASE " + template);
        try (Connection renamer = real.connect("postgres");
                Connection dead = real.connect("postgres")) {
            renamer.setAutoCommit(false);
            try (Statement statement = renamer.createStatement()) {
                statement.execute("ALTER DATABASE " + template + " RENAME TO " + template + "_held");
            }
            var creating = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try (Statement statement = dead.createStatement()) {
                    statement.execute("CREATE DATABASE \"" + copy + "\" TEMPLATE \"" + template + "\"");
                } catch (java.sql.SQLException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            awaitWaiting(real, copy);
            RunLease lease = RunLease.take(real, "abcdef".equals(deadRun) ? "fedcba" : "abcdef")
                    .orElseThrow();
            try {
                renamer.rollback(); // the template is free: an unstopped CREATE DATABASE would finish now
                assertThat(creating).as("the dead run's CREATE DATABASE").failsWithin(java.time.Duration.ofSeconds(30));
                assertThat(databaseExists(real, copy))
                        .as("the dead run's copy, created after the start's listing")
                        .isFalse();
            } finally {
                lease.close();
            }
        } finally {
            execute(real, "DROP DATABASE IF EXISTS \"" + copy + "\"");
            execute(real, "DROP DATABASE IF EXISTS " + template);
        }
    }

    private static void awaitWaiting(PostgresServer server, String database) throws Exception {
        for (int i = 0; i < 600; i++) {
            try (Connection connection = server.connect("postgres");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_stat_activity WHERE state = 'active'"
                            + " AND wait_event_type = 'Lock' AND query LIKE 'CREATE DATABASE \"" + database + "\"%'")) {
                if (rows.next()) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the CREATE DATABASE of " + database + " never waited on the template");
    }

    private static Settings settings(PostgresServer real) {
        Map<String, String> values = Map.of(
                ConfigurationKeys.EXTERNAL_URL, real.jdbcUrl("postgres"),
                ConfigurationKeys.EXTERNAL_USER, real.username(),
                ConfigurationKeys.EXTERNAL_PASSWORD, real.password());
        return Settings.of(key -> Optional.ofNullable(values.get(key)), Path.of("."));
    }

    private static String awaitReady(Process run) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            if (line.startsWith("READY ")) {
                return line.substring("READY ".length()).strip();
            }
        }
        throw new AssertionError("the run ended before it was ready:\n" + seen);
    }

    private static List<String> databasesOf(PostgresServer server, String runId) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database ORDER BY 1")) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (RunLease.runOf(name).filter(runId::equals).isPresent()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static boolean roleExists(PostgresServer server, String role) throws Exception {
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            return rows.next();
        }
    }

    private static boolean databaseExists(PostgresServer server, String database) throws Exception {
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            return rows.next();
        }
    }

    private static void execute(PostgresServer server, String sql) throws Exception {
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The run that is killed: restores owned.sql on the external server, takes a copy, says READY, waits. */
    public static final class Probe {
        private Probe() {}

        public static void main(String[] args) throws Exception {
            PostgresServer external = new ExternalPostgresProvider(Settings.fromSystem()).start();
            TemplateCache cache = new TemplateCache(external);
            RestoredTemplate restored =
                    cache.restored(Fixtures.resolve("owned.sql", null, Path.of(args[0])), RestoreOptions.defaults());
            String copy = cache.cloneFor(restored.database());
            System.out.println("READY " + RunLease.runOf(copy).orElseThrow());
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}
