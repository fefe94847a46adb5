package dev.rehearsal.internal.migrate.prisma;

import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.copy;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.open;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.resource;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrismaStatusTest {
    private static final String INIT = "20240101000000_init";
    private static final String NAME = "20240102000000_add_name";
    private static final String ORDERS = "20240103000000_add_orders";

    @Test
    void without_a_history_table_every_local_migration_is_pending() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThat(open(resource("basic"), db).status())
                    .extracting(
                            MigrationStatus::id,
                            MigrationStatus::state,
                            s -> s.startedAt().isPresent())
                    .containsExactly(
                            tuple(INIT, MigrationState.PENDING, false),
                            tuple(NAME, MigrationState.PENDING, false),
                            tuple(ORDERS, MigrationState.PENDING, false));
        }
    }

    @Test
    void applied_migrations_carry_their_timings() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(resource("basic"), db);
            migrations.migrateTo(NAME);

            MigrationStatus applied = migrations.status(NAME);
            assertThat(applied.state()).isEqualTo(MigrationState.APPLIED);
            assertThat(applied.startedAt()).isPresent();
            assertThat(applied.finishedAt()).isPresent();
            assertThat(applied.duration())
                    .hasValueSatisfying(d -> assertThat(d.isNegative()).isFalse());
            assertThat(applied.logs()).isEmpty();
            assertThat(migrations.status(ORDERS).state()).isEqualTo(MigrationState.PENDING);
        }
    }

    @Test
    void an_edited_file_is_reported_but_line_ending_conversions_are_not(@TempDir Path dir) throws IOException {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            copy("basic", dir);
            open(dir, db).deploy();
            Path name = dir.resolve(NAME).resolve("migration.sql");
            Files.writeString(name, Files.readString(name).replace("\n", "\r\n"));
            Files.writeString(
                    dir.resolve(ORDERS).resolve("migration.sql"),
                    "-- edited\n",
                    java.nio.file.StandardOpenOption.APPEND);
            Files.delete(dir.resolve(INIT).resolve("migration.sql"));

            assertThat(open(dir, db).status())
                    .extracting(MigrationStatus::id, MigrationStatus::state)
                    .containsExactly(
                            tuple(INIT, MigrationState.EDITED),
                            tuple(NAME, MigrationState.APPLIED),
                            tuple(ORDERS, MigrationState.EDITED));
        }
    }

    @Test
    void legacy_unpadded_checksums_are_compared_in_their_format() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(resource("basic"), db);
            migrations.deploy();
            String padded = PrismaChecksum.of("CREATE TABLE t (id int);\n");
            StringBuilder legacy = new StringBuilder();
            for (int i = 0; i < padded.length(); i += 2) {
                legacy.append(Integer.toHexString(Integer.parseInt(padded.substring(i, i + 2), 16)));
            }
            db.execute("UPDATE _prisma_migrations SET checksum = '" + legacy + "' WHERE migration_name = '" + INIT
                    + "';" + "UPDATE _prisma_migrations SET checksum = 'abc' WHERE migration_name = '" + NAME + "'");

            assertThat(migrations.status())
                    .extracting(MigrationStatus::state)
                    .containsExactly(MigrationState.APPLIED, MigrationState.EDITED, MigrationState.APPLIED);
        }
    }

    @Test
    void rows_unknown_to_the_code_come_last_by_start_time() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(resource("basic"), db);
            migrations.migrateTo(INIT);
            db.execute("INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at) VALUES"
                    + " ('00000000-0000-4000-8000-000000000001', 'x', 'z_later', now() - interval '1 hour', now()),"
                    + " ('00000000-0000-4000-8000-000000000002', 'x', 'a_earlier', now() - interval '2 hour', now())");

            assertThat(migrations.status())
                    .extracting(MigrationStatus::id, MigrationStatus::state)
                    .containsExactly(
                            tuple(INIT, MigrationState.APPLIED),
                            tuple(NAME, MigrationState.PENDING),
                            tuple(ORDERS, MigrationState.PENDING),
                            tuple("a_earlier", MigrationState.UNKNOWN_TO_CODE),
                            tuple("z_later", MigrationState.UNKNOWN_TO_CODE));
            assertThat(migrations.status("z_later").state()).isEqualTo(MigrationState.UNKNOWN_TO_CODE);
        }
    }

    @Test
    void status_of_an_unknown_id_names_the_available_ones(@TempDir Path dir) {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(dir, INIT, "CREATE TABLE t (id int);\n");

            assertThatThrownBy(() -> open(dir, db).status("nope"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("No migration \"nope\"")
                    .hasMessageContaining("the available ids are: " + INIT);
        }
    }
}
