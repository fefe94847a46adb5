package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.assertj.TableAssertTest.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.SchemaSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code matchesSnapshot}: the update round trip (rewrite, then pass), a failure listing the differences, and bad
 * locations. The snapshot lives under target/ (a project-relative file, as a user's would under src/test/resources).
 */
class SchemaSnapshotAssertTest {
    private static final String LOCATION = "target/snapshot-assert-test/app.yml";
    private static final Path FILE = Path.of(LOCATION).toAbsolutePath();

    private AssertjTestDatabase database;
    private RestoredDatabase db;

    @BeforeEach
    void create() throws Exception {
        database = AssertjTestDatabase.create("""
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                CREATE TABLE person (id serial PRIMARY KEY, name text NOT NULL, feeling mood);
                CREATE INDEX person_name ON person (name);
                INSERT INTO person (name) VALUES ('Ada'), ('Grace');
                """);
        db = database.db();
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, "tables: []\n");
    }

    @AfterEach
    void drop() throws Exception {
        System.clearProperty(SchemaAssert.UPDATE_SNAPSHOTS);
        database.close();
        Files.deleteIfExists(FILE);
    }

    @Test
    void update_rewrites_the_file_then_the_same_schema_matches_it() throws Exception {
        AssertionError stale = failure(() -> assertThat(db).schema().matchesSnapshot(LOCATION));
        assertThat(stale.getMessage())
                .contains("Expecting the schema to match:\n  the snapshot " + LOCATION)
                .contains("- table public.person: only in database (snapshot has no such table)")
                .contains("run the test with -Drehearsal.snapshots.update=true and commit the file");

        System.setProperty(SchemaAssert.UPDATE_SNAPSHOTS, "true");
        assertThat(db).schema().matchesSnapshot(LOCATION);
        System.clearProperty(SchemaAssert.UPDATE_SNAPSHOTS);

        assertThat(Files.readString(FILE)).isEqualTo(db.schema().toYaml());
        assertThat(SchemaSnapshot.fromYaml(Files.readString(FILE)).table("person"))
                .isPresent();
        assertThat(db).schema().matchesSnapshot(LOCATION);
    }

    @Test
    void a_changed_schema_fails_listing_each_difference() {
        System.setProperty(SchemaAssert.UPDATE_SNAPSHOTS, "true");
        assertThat(db).schema().matchesSnapshot(LOCATION);
        System.clearProperty(SchemaAssert.UPDATE_SNAPSHOTS);
        db.execute("ALTER TABLE person ADD COLUMN email text");
        db.execute("ALTER TABLE person ALTER COLUMN name DROP NOT NULL");
        db.execute("ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'");

        AssertionError error = failure(() -> assertThat(db).schema().matchesSnapshot(LOCATION));

        assertThat(error.getMessage())
                .contains(
                        "but found 3 difference(s):\n"
                                + "  - column public.person.name: NOT NULL false (database) vs true (snapshot)\n"
                                + "  - column public.person.email: only in database (snapshot has no such column)\n"
                                + "  - enum public.mood: labels [sad, meh, ok, happy] (database) vs [sad, ok, happy] (snapshot)")
                .contains("in database " + db.databaseName());
    }

    @Test
    void column_order_and_sequence_values_count_only_when_asked() {
        System.setProperty(SchemaAssert.UPDATE_SNAPSHOTS, "true");
        assertThat(db).schema().matchesSnapshot(LOCATION);
        System.clearProperty(SchemaAssert.UPDATE_SNAPSHOTS);
        db.execute("INSERT INTO person (name) VALUES ('Linus')");

        assertThat(db).schema().matchesSnapshot(LOCATION);
        AssertionError error =
                failure(() -> assertThat(db).schema().withSequenceValues().matchesSnapshot(LOCATION));
        assertThat(error.getMessage())
                .contains("- sequence public.person_id_seq: last value 3 (database) vs 2 (snapshot)");
    }

    @Test
    void a_missing_snapshot_says_how_to_create_it_and_bad_locations_are_refused() {
        AssertionError missing = failure(() -> assertThat(db).schema().matchesSnapshot("schema/nowhere.yml"));
        assertThat(missing.getMessage())
                .contains("there is no such file on the classpath")
                .contains("run the test once with -Drehearsal.snapshots.update=true");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThat(db).schema().matchesSnapshot("schema/app.txt"))
                .withMessageContaining("expected a .yml, .yaml or .json file name");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThat(db).schema().matchesSnapshot("../../etc/app.yml"))
                .withMessageContaining("must be a relative path inside the project");
    }

    @Test
    void matches_compares_with_another_snapshot() {
        SchemaSnapshot before = db.schema();
        assertThat(db).schema().matches(before);
        db.execute("DROP INDEX person_name");

        AssertionError error = failure(() -> assertThat(db).schema().matches(before));
        assertThat(error.getMessage())
                .contains("- index public.person person_name: missing in database (expected has it)");
    }
}
