package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A table's content (hashed in the database) differs from what it was before the migrations. */
final class ShouldHaveSameContent extends BasicErrorMessageFactory {

    /**
     * @param table the qualified table name
     * @param columns the columns compared
     * @param beforeDatabase the database before the migrations
     * @param beforeRows rows before
     * @param afterRows rows now
     * @param key the primary key columns (empty: none)
     * @param differing up to five differing rows by key, each with (changed), (gone) or (new); empty when not
     *     computed
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveSameContent(
            String table,
            List<String> columns,
            String beforeDatabase,
            long beforeRows,
            long afterRows,
            List<String> key,
            List<String> differing,
            String origin) {
        String found = "content differs: " + Text.count(beforeRows, "row") + " before (database " + beforeDatabase
                + "), " + Text.count(afterRows, "row") + " now"
                + (differing.isEmpty()
                        ? (key.isEmpty()
                                ? "; the table has no primary key to name the differing rows by"
                                : "; rows not named (over " + ContentHash.KEYED_DIFF_LIMIT + " rows)")
                        : "\n  first differing rows by primary key " + SchemaObjects.columns(key) + ": "
                                + String.join(", ", differing));
        return new ShouldHaveSameContent(table, SchemaObjects.columns(columns), found, origin);
    }

    /** A compared column did not exist before the migrations. */
    static ErrorMessageFactory columnMissingBefore(
            String table, String column, String beforeDatabase, List<String> beforeColumns, String origin) {
        return new ShouldHaveSameContent(
                table,
                SchemaObjects.columns(List.of(column)),
                "column " + Sql.quote(column) + " did not exist before the migrations (database " + beforeDatabase
                        + " has " + Text.names(beforeColumns) + "); name only columns both have",
                origin);
    }

    private ShouldHaveSameContent(String table, String columns, String found, String origin) {
        super(
                "\nExpecting table:\n  %s\nto hold the same rows as before the migrations, over the columns:\n  %s\n"
                        + "but its %s\n%s",
                unquotedString(table), unquotedString(columns), unquotedString(found), unquotedString(origin));
    }
}
