package dev.rehearsal.internal.restore;

import dev.rehearsal.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * The restore tests' view of {@link dev.rehearsal.internal.restore.differential.CatalogSnapshot}: the aspects of
 * a database's contents as lines ({@code " | "}-separated values), so that two restores of the same dump compare
 * equal. The properties of the database itself (owner, privileges, comment, settings) are left out: a test that
 * restores a {@code --create} dump compares them on their own.
 */
final class CatalogSnapshot {
    private CatalogSnapshot() {}

    static Map<String, List<String>> of(TestDatabase db) {
        Map<String, List<String>> lines = dev.rehearsal.internal.restore.differential.CatalogSnapshot.of(
                        db.server(), db.name())
                .asLines();
        lines.remove("database");
        lines.remove("database settings");
        return lines;
    }
}
