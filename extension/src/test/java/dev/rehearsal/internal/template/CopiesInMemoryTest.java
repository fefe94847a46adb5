package dev.rehearsal.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.restore.Fixture;
import dev.rehearsal.internal.restore.Fixtures;
import dev.rehearsal.internal.restore.RestoreOptions;
import dev.rehearsal.internal.server.EmbeddedPostgresProvider;
import dev.rehearsal.internal.spi.CopiesTablespace;
import dev.rehearsal.internal.spi.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server's test copies in a tablespace on tmpfs ({@value ConfigurationKeys#CACHE_COPIES_IN_MEMORY}): a
 * copy lands there by default, not with {@code never}, not when the template does not fit in the space allowed; the
 * templates stay in the default tablespace; a run-mode server leaves nothing in {@code /dev/shm}, a persistent one
 * only a directory holding kept copies; a persistent data directory whose tablespace directory vanished while its
 * server was stopped (a reboot) recovers at the next start.
 */
class CopiesInMemoryTest {
    @TempDir
    Path temp;

    @BeforeEach
    void needsTmpfs() throws IOException {
        Path shm = Path.of("/dev/shm");
        assumeTrue(
                Files.isDirectory(shm) && "tmpfs".equals(Files.getFileStore(shm).type()), "no tmpfs at /dev/shm");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void a_test_copy_lands_in_memory_and_a_run_mode_server_leaves_nothing_there() throws Exception {
        PostgresServer server = start("run", "auto");
        Path location;
        try {
            assertThat(server.copiesTablespace()).isPresent();
            location = server.copiesTablespace().get().location();
            assertThat(location).isDirectory().startsWith(Path.of("/dev/shm"));
            TemplateCache cache = new TemplateCache(server);
            try {
                String template =
                        cache.restored(shop(), RestoreOptions.defaults()).database();
                String copy = cache.cloneFor(template);
                assertThat(tablespaceOf(server, copy)).isEqualTo("rehearsal_copies");
                assertThat(tablespaceOf(server, template)).isEqualTo("pg_default");
                assertThat(orders(server, copy)).isPositive();
                cache.drop(copy);
            } finally {
                cache.close();
            }
        } finally {
            server.close();
        }
        assertThat(location)
                .as("the run-mode server's directory in memory, after its end")
                .doesNotExist();
    }

    @Test
    void never_keeps_the_copies_with_the_templates() throws Exception {
        PostgresServer server = start("run", "never");
        try {
            assertThat(server.copiesTablespace()).isEmpty();
            TemplateCache cache = new TemplateCache(server);
            try {
                String template =
                        cache.restored(shop(), RestoreOptions.defaults()).database();
                String copy = cache.cloneFor(template);
                assertThat(tablespaceOf(server, copy)).isEqualTo("pg_default");
                cache.drop(copy);
            } finally {
                cache.close();
            }
        } finally {
            server.close();
        }
    }

    @Test
    void a_template_larger_than_the_space_allowed_is_copied_to_disk() throws Exception {
        PostgresServer server = start("run", "auto");
        try {
            assertThat(server.copiesTablespace()).isPresent();
            // a Docker /dev/shm of 64 MB with 40 MB in use: less than the margin alone
            TemplateCache cache = new TemplateCache(server).withMemorySpace(location -> 24L << 20);
            try {
                String template =
                        cache.restored(shop(), RestoreOptions.defaults()).database();
                String copy = cache.cloneFor(template);
                assertThat(tablespaceOf(server, copy)).isEqualTo("pg_default");
                cache.drop(copy);
            } finally {
                cache.close();
            }
        } finally {
            server.close();
        }
    }

    @Test
    void a_persistent_server_whose_directory_in_memory_vanished_recovers_at_its_next_start() throws Exception {
        Path location = null;
        try {
            PostgresServer server = start("persistent", "auto");
            try {
                location = server.copiesTablespace().orElseThrow().location();
                try (Connection connection = server.connect("postgres");
                        Statement statement = connection.createStatement()) {
                    // a failed test's kept copy
                    statement.execute("CREATE DATABASE rehearsal_t_kept TABLESPACE rehearsal_copies");
                }
            } finally {
                server.close(); // the last user: the server stops
            }
            assertThat(location)
                    .as("a persistent server's directory holding a kept copy outlives its stop")
                    .isDirectory();
            deleteRecursively(location); // what a reboot does to tmpfs

            server = start("persistent", "auto");
            try {
                CopiesTablespace tablespace = server.copiesTablespace().orElseThrow();
                assertThat(tablespace.location()).isEqualTo(location).isDirectory();
                assertThat(databases(server)).doesNotContain("rehearsal_t_kept");
                TemplateCache cache = new TemplateCache(server);
                try {
                    String template =
                            cache.restored(shop(), RestoreOptions.defaults()).database();
                    String copy = cache.cloneFor(template);
                    assertThat(tablespaceOf(server, copy)).isEqualTo("rehearsal_copies");
                    assertThat(orders(server, copy)).isPositive();
                    cache.drop(copy);
                } finally {
                    cache.close();
                }
            } finally {
                server.close();
            }
            assertThat(location)
                    .as("the directory of a persistent server that stopped with no kept copy in it")
                    .doesNotExist();
        } finally {
            if (location != null) {
                deleteRecursively(location);
            }
        }
    }

    private PostgresServer start(String mode, String copiesInMemory) {
        System.setProperty(ConfigurationKeys.CACHE_DIR, temp.resolve("cache").toString());
        System.setProperty(ConfigurationKeys.CACHE_MODE, mode);
        System.setProperty(ConfigurationKeys.CACHE_COPIES_IN_MEMORY, copiesInMemory);
        try {
            return new EmbeddedPostgresProvider(Settings.fromSystem()).start();
        } finally {
            System.clearProperty(ConfigurationKeys.CACHE_DIR);
            System.clearProperty(ConfigurationKeys.CACHE_MODE);
            System.clearProperty(ConfigurationKeys.CACHE_COPIES_IN_MEMORY);
        }
    }

    private static Fixture shop() throws Exception {
        return Fixtures.resolve("engine/shop.sql", CopiesInMemoryTest.class.getClassLoader(), Path.of("."));
    }

    private static String tablespaceOf(PostgresServer server, String database) throws Exception {
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT t.spcname FROM pg_database d JOIN pg_tablespace t"
                        + " ON t.oid = d.dattablespace WHERE d.datname = '" + database + "'")) {
            assertThat(row.next()).as(database + " exists").isTrue();
            return row.getString(1);
        }
    }

    private static List<String> databases(PostgresServer server) throws Exception {
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database")) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private static long orders(PostgresServer server, String database) throws Exception {
        try (Connection connection = server.connect(database);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM \"Order\"")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
