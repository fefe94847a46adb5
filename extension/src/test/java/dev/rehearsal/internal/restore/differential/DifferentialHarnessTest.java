package dev.rehearsal.internal.restore.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness itself, independent of Rehearsal's restore: two psql restores of the same fixture compare equal even
 * when rows are stored in another order, and each kind of change to one of them is reported with its aspect, the
 * object's key and both versions.
 */
class DifferentialHarnessTest {
    @TempDir
    Path workDir;

    @Test
    void should_find_no_difference_between_two_restores_of_one_dump_and_name_every_change() {
        DifferentialFixture fixture = new DifferentialFixture("triggers.sql", DifferentialFixture.Reference.PSQL);
        // triggers.sql has an event trigger: only a superuser restores it (the opt-in server).
        try (TestDatabase expected = TestPostgres.newDatabase(TestPostgres.superuserServer());
                TestDatabase changed = TestPostgres.newDatabase(TestPostgres.superuserServer())) {
            Differential.createRolesIfMissing(expected.server(), DifferentialFixture.ROLES);
            ReferenceRestore.psql(expected.server(), expected.name(), fixture.path(), workDir);
            ReferenceRestore.psql(changed.server(), changed.name(), fixture.path(), workDir);
            // Rewrites a third of the rows: same contents, another physical order.
            changed.execute("UPDATE trg.reading SET value = value WHERE sensor = 1");
            CatalogSnapshot reference = CatalogSnapshot.of(expected.server(), expected.name());
            assertThat(SnapshotDifference.between(
                                    reference,
                                    "psql",
                                    CatalogSnapshot.of(changed.server(), changed.name()),
                                    "Rehearsal")
                            .items())
                    .isEmpty();

            for (String change : new String[] {
                "UPDATE trg.account SET owner = 'changed' WHERE id = 1",
                "ALTER TABLE trg.account ALTER COLUMN balance SET DEFAULT 1",
                "SELECT setval('trg.audit_id_seq', 999)",
                "ALTER TABLE trg.account DISABLE TRIGGER i_always",
                "GRANT DELETE ON trg.audit TO diff_reader",
                "SELECT lo_from_bytea(777001, 'x')",
                "DROP POLICY own_rows ON trg.account",
                "COMMENT ON TABLE trg.audit IS 'changed'"
            }) {
                changed.execute(change);
            }
            SnapshotDifference difference = SnapshotDifference.between(
                    reference, "psql 15", CatalogSnapshot.of(changed.server(), changed.name()), "Rehearsal");

            assertThat(difference.aspects())
                    .containsExactlyInAnyOrder(
                            "relations",
                            "columns",
                            "triggers",
                            "policies",
                            "comments",
                            "large objects",
                            "sequences",
                            "table contents");
            assertThat(difference.describe())
                    .startsWith("8 differences (expected = psql 15, found = Rehearsal)")
                    .contains("  columns (1):\n    trg | account | balance: differs\n      expected: 3 | numeric(12,2)"
                            + " | t | 0 |")
                    .contains("      found   : 3 | numeric(12,2) | t | 1 |")
                    .contains("  triggers (1):\n    trg | account | i_always: differs")
                    .contains("  policies (1):\n    trg | account | own_rows: missing from Rehearsal's restore")
                    .contains("  large objects (1):\n    777001: only in Rehearsal's restore\n      found   : postgres")
                    .contains("  sequences (1):\n    trg | audit_id_seq: differs")
                    .contains("last_value 999 | is_called true")
                    .contains("  table contents (1):\n    trg | account: differs\n      expected: 81 rows | hash ");
            assertThatThrownBy(() -> Differential.assertSame(
                            reference, "psql 15", CatalogSnapshot.of(changed.server(), changed.name()), "x.sql"))
                    .hasMessageStartingWith(
                            "Rehearsal's restore of x.sql is not the database psql 15 restores from it: 8 differences");
        }
    }
}
