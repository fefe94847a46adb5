package dev.rehearsal.assertj;

import dev.rehearsal.RestoredDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the assertions read from PostgreSQL's catalog: relations, columns, primary keys, offending rows. */
final class Catalog {
    /** How many identifying keys a failure message shows. */
    static final int KEYS_SHOWN = 5;

    private static final String RELATION_KINDS = "('r','p','v','m','f')";

    private Catalog() {}

    /** A relation found in the catalog. */
    record Relation(String schema, String name, String kind) {
        String sql() {
            return Sql.qualified(schema, name);
        }

        String kindName() {
            return switch (kind) {
                case "p" -> "partitioned table";
                case "v" -> "view";
                case "m" -> "materialized view";
                case "f" -> "foreign table";
                default -> "table";
            };
        }

        boolean hasCtid() {
            return kind.equals("r") || kind.equals("p") || kind.equals("m");
        }
    }

    /** A column with its type as {@code format_type(atttypid, atttypmod)} spells it. */
    record Column(String name, String type, boolean notNull) {}

    /** The relation a {@link DatabaseTable} names, or empty when there is none. */
    static Optional<Relation> find(RestoredDatabase db, DatabaseTable table) {
        List<List<Object>> rows = table.schema().isPresent()
                ? Sql.rows(
                        db,
                        "SELECT n.nspname, c.relname, c.relkind::text FROM pg_catalog.pg_class c"
                                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                                + " WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN " + RELATION_KINDS,
                        table.schema().get(),
                        table.name())
                : Sql.rows(
                        db,
                        "SELECT n.nspname, c.relname, c.relkind::text FROM pg_catalog.pg_class c"
                                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                                + " WHERE c.relname = ? AND c.relkind IN " + RELATION_KINDS
                                + " AND n.nspname = ANY (pg_catalog.current_schemas(false))"
                                + " ORDER BY pg_catalog.array_position(pg_catalog.current_schemas(false), n.nspname)"
                                + " LIMIT 1",
                        table.name());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Object> row = rows.get(0);
        return Optional.of(new Relation((String) row.get(0), (String) row.get(1), (String) row.get(2)));
    }

    /** Where {@link #find} looked, for messages: {@code schema "audit"} or the schemas of the search_path. */
    static String searched(RestoredDatabase db, DatabaseTable table) {
        if (table.schema().isPresent()) {
            return "schema " + Sql.quote(table.schema().get());
        }
        List<List<Object>> rows =
                Sql.rows(db, "SELECT pg_catalog.array_to_string(pg_catalog.current_schemas(false), ', ')");
        return "the schemas on the search_path (" + rows.get(0).get(0) + ")";
    }

    /** Relations whose name differs only in case, in any non-system schema: the usual quoting mistake. */
    static List<String> similar(RestoredDatabase db, DatabaseTable table) {
        List<String> names = new ArrayList<>();
        for (List<Object> row : Sql.rows(
                db,
                "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c"
                        + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE lower(c.relname) = lower(?) AND c.relkind IN " + RELATION_KINDS
                        + " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
                        + " AND n.nspname NOT LIKE 'pg\\_toast%'"
                        + " ORDER BY 1, 2 LIMIT 5",
                table.name())) {
            names.add(Sql.qualified((String) row.get(0), (String) row.get(1)));
        }
        return names;
    }

    /** The columns of a relation, in order. */
    static List<Column> columns(RestoredDatabase db, Relation relation) {
        List<Column> columns = new ArrayList<>();
        for (List<Object> row : Sql.rows(
                db,
                "SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull"
                        + " FROM pg_catalog.pg_attribute a WHERE a.attrelid = ?::regclass"
                        + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
                relation.sql())) {
            columns.add(new Column((String) row.get(0), (String) row.get(1), (Boolean) row.get(2)));
        }
        return columns;
    }

    /** One column by its exact name. */
    static Optional<Column> column(RestoredDatabase db, Relation relation, String name) {
        return columns(db, relation).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The primary key columns of a relation, in key order; empty when it has none. */
    static List<String> primaryKey(RestoredDatabase db, Relation relation) {
        List<String> key = new ArrayList<>();
        for (List<Object> row : Sql.rows(
                db,
                "SELECT a.attname FROM pg_catalog.pg_index i"
                        + " CROSS JOIN LATERAL pg_catalog.unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)"
                        + " JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                        + " WHERE i.indrelid = ?::regclass AND i.indisprimary ORDER BY k.ord",
                relation.sql())) {
            key.add((String) row.get(0));
        }
        return key;
    }

    /**
     * Identifies the first rows matching {@code condition} (SQL over the relation's columns): {@code primary key
     * (id): 1, 5, 9}, or their {@code ctid} when the table has no primary key.
     *
     * @param found how many rows match, to say whether the list is complete
     */
    static String identify(RestoredDatabase db, Relation relation, String condition, long found) {
        List<String> key = primaryKey(db, relation);
        String label;
        String select;
        String order;
        if (!key.isEmpty()) {
            label = "primary key (" + String.join(", ", key) + ")";
            select = key.stream().map(k -> Sql.quote(k) + "::text").collect(Collectors.joining(", "));
            order = key.stream().map(Sql::quote).collect(Collectors.joining(", "));
        } else if (relation.hasCtid()) {
            label = "ctid (the " + relation.kindName() + " has no primary key)";
            select = "ctid::text";
            order = "ctid";
        } else {
            return "(a " + relation.kindName() + " has neither a primary key nor a ctid to identify rows)";
        }
        List<String> shown = new ArrayList<>();
        for (List<Object> row : Sql.rows(
                db,
                "SELECT " + select + " FROM " + relation.sql() + " WHERE " + condition + " ORDER BY " + order
                        + " LIMIT " + KEYS_SHOWN)) {
            shown.add(row.size() == 1 ? String.valueOf(row.get(0)) : "(" + joinText(row) + ")");
        }
        String list = String.join(", ", shown) + (found > shown.size() ? ", …" : "");
        return (found > shown.size() ? "first " + shown.size() + " by " : "") + label + ": " + list;
    }

    private static String joinText(List<Object> row) {
        return row.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
