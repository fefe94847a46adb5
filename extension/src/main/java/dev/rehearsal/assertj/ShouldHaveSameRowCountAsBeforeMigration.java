package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A table's row count changed through the migrations, or the table did not exist before them. */
final class ShouldHaveSameRowCountAsBeforeMigration extends BasicErrorMessageFactory {

    /**
     * @param table the qualified table name
     * @param before the row count before the migrations
     * @param beforeDatabase the database holding the pre-migration state
     * @param after the row count now
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveSameRowCountAsBeforeMigration(
            String table, long before, String beforeDatabase, long after, String origin) {
        long delta = after - before;
        String change = delta > 0 ? delta + " more" : -delta + " fewer";
        return new ShouldHaveSameRowCountAsBeforeMigration(
                table,
                Text.count(before, "row") + " in database " + beforeDatabase + " (before the migrations)",
                Text.count(after, "row") + " (" + change + ")",
                origin);
    }

    /**
     * The table did not exist before the migrations.
     *
     * @param searched where it was looked for in the pre-migration database
     */
    static ErrorMessageFactory tableMissingBeforeMigration(
            String table, String searched, String beforeDatabase, long after, String origin) {
        return new ShouldHaveSameRowCountAsBeforeMigration(
                table,
                "no such table in database " + beforeDatabase + " (before the migrations; searched " + searched + ")",
                Text.count(after, "row") + ", but there is nothing to compare with",
                origin);
    }

    private ShouldHaveSameRowCountAsBeforeMigration(String table, String before, String after, String origin) {
        super(
                "\nExpecting table:\n  %s\nto have as many rows as before the migrations:\n  %s\nbut it has:\n  %s\n%s",
                unquotedString(table), unquotedString(before), unquotedString(after), unquotedString(origin));
    }
}
