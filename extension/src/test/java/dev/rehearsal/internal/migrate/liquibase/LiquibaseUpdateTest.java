package dev.rehearsal.internal.migrate.liquibase;

import static dev.rehearsal.internal.migrate.liquibase.LiquibaseTestSupport.checksumPrefix;
import static dev.rehearsal.internal.migrate.liquibase.LiquibaseTestSupport.copy;
import static dev.rehearsal.internal.migrate.liquibase.LiquibaseTestSupport.open;
import static dev.rehearsal.internal.migrate.liquibase.LiquibaseTestSupport.resource;
import static dev.rehearsal.internal.migrate.liquibase.LiquibaseTestSupport.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiquibaseUpdateTest {
    static final String SQL_1 = "db.changelog-master.sql::1::alice";
    static final String SQL_2 = "db.changelog-master.sql::2::alice";
    static final String SQL_3 = "db.changelog-master.sql::3::bob";

    @TempDir
    Path temp;

    @Test
    void a_formatted_sql_changelog_is_applied_and_liquibase_writes_its_own_history() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = open(resource("sql"), db);
            assertThat(migrations.tool()).isEqualTo(MigrationTool.LIQUIBASE);
            assertThat(migrations.localIds()).containsExactly(SQL_1, SQL_2, SQL_3);
            assertThat(migrations.status())
                    .extracting(s -> s.id() + "=" + s.state() + "/" + s.toolState())
                    .containsExactly(
                            SQL_1 + "=PENDING/NOT_RAN", SQL_2 + "=PENDING/NOT_RAN", SQL_3 + "=PENDING/NOT_RAN");
            assertThat(strings(db, "select to_regclass('databasechangelog') is null"))
                    .as("status created nothing")
                    .containsExactly("t");

            migrations.deploy();

            assertThat(
                            strings(
                                    db,
                                    "select id || '|' || author || '|' || filename || '|' || exectype || '|' ||"
                                            + " orderexecuted || '|' || left(md5sum, 2) from databasechangelog order by orderexecuted"))
                    .containsExactly(
                            "1|alice|db.changelog-master.sql|EXECUTED|1|" + checksumPrefix(),
                            "2|alice|db.changelog-master.sql|EXECUTED|2|" + checksumPrefix(),
                            "3|bob|db.changelog-master.sql|EXECUTED|3|" + checksumPrefix());
            assertThat(strings(db, "select locked from databasechangeloglock")).containsExactly("f");
            assertThat(strings(db, "select display_name from customer order by id"))
                    .containsExactly("customer 1", "customer 2");
            assertThat(migrations.status())
                    .extracting(s -> s.state() + "/" + s.toolState())
                    .containsOnly("APPLIED/EXECUTED");
            assertThat(migrations.lastFailure()).isEmpty();
        }
    }

    @Test
    void an_xml_changelog_with_an_include_is_applied() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = open(resource("xml"), db);
            assertThat(migrations.localIds())
                    .containsExactly("changes/001-customer.xml::1::carol", "db.changelog-master.xml::2::carol");
            migrations.deploy();
            assertThat(strings(
                            db,
                            "select column_name from information_schema.columns where table_name = 'customer'"
                                    + " order by ordinal_position"))
                    .containsExactly("id", "email", "phone");
            assertThat(migrations.status()).extracting(s -> s.state().name()).containsOnly("APPLIED");
        }
    }

    @Test
    void a_yaml_changelog_is_applied() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = open(resource("yaml"), db);
            migrations.deploy();
            assertThat(strings(db, "select email from customer")).containsExactly("a@example.com");
            assertThat(strings(
                            db,
                            "select filename || '::' || id || '::' || author from databasechangelog order by"
                                    + " orderexecuted"))
                    .containsExactlyElementsOf(migrations.localIds());
        }
    }

    @Test
    void a_database_left_at_an_older_changeset_is_upgraded() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            open(resource("sql"), db).migrateTo("2");
            ToolMigrations migrations = open(resource("sql"), db);
            assertThat(migrations.status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly(SQL_1 + "=APPLIED", SQL_2 + "=APPLIED", SQL_3 + "=PENDING");

            migrations.deploy();

            assertThat(migrations.status()).extracting(s -> s.state().name()).containsOnly("APPLIED");
            // Some 4.2x versions (4.24 among them) write no DEPLOYMENT_ID in update-count; the next run has its own.
            assertThat(strings(
                            db,
                            "select count(*) from databasechangelog a join databasechangelog b"
                                    + " on a.deployment_id = b.deployment_id where a.id = '2' and b.id = '3'"))
                    .as("two separate runs")
                    .containsExactly("0");
            assertThat(strings(db, "select count(deployment_id) from databasechangelog where id = '3'"))
                    .containsExactly("1");
        }
    }

    @Test
    void a_changeset_removed_from_the_changelog_is_unknown_to_the_code() throws Exception {
        Path folder = copy("sql", temp);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            open(folder, db).deploy();
            java.nio.file.Files.writeString(
                    folder.resolve("db.changelog-master.sql"),
                    java.nio.file.Files.readString(folder.resolve("db.changelog-master.sql"))
                            .replaceAll("(?s)--changeset bob:3.*", ""));
            assertThat(open(folder, db).status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly(SQL_1 + "=APPLIED", SQL_2 + "=APPLIED", SQL_3 + "=UNKNOWN_TO_CODE");
        }
    }
}
