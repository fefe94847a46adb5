package dev.rehearsal.internal.restore;

import dev.rehearsal.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a restored database holds, read from the catalogs in a form that does not depend on OIDs: one sorted list
 * of lines per aspect (tables, columns, constraints, indexes, routines, views, triggers, sequences, policies,
 * comments, large objects, row counts and content hashes). Two restores of the same dump must be equal.
 */
final class CatalogSnapshot {
    private CatalogSnapshot() {}

    private static final String USER_NAMESPACES = "n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'";

    static Map<String, List<String>> of(TestDatabase db) {
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement()) {
            snapshot.put(
                    "schemas",
                    lines(
                            statement,
                            "SELECT n.nspname, pg_get_userbyid(n.nspowner), n.nspacl::text"
                                    + " FROM pg_namespace n WHERE " + USER_NAMESPACES + " ORDER BY 1"));
            snapshot.put(
                    "relations",
                    lines(
                            statement,
                            "SELECT n.nspname, c.relname, c.relkind,"
                                    + " pg_get_userbyid(c.relowner), c.relacl::text, c.relrowsecurity, c.relispopulated,"
                                    + " pg_get_expr(c.relpartbound, c.oid)"
                                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                    + " WHERE " + USER_NAMESPACES
                                    + " AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')"
                                    + " ORDER BY 1, 2"));
            snapshot.put(
                    "columns",
                    lines(
                            statement,
                            "SELECT n.nspname, c.relname, a.attnum, a.attname,"
                                    + " format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid),"
                                    + " a.attidentity, a.attgenerated, a.attacl::text, col.collname"
                                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                    + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                                    + " LEFT JOIN pg_collation col ON col.oid = a.attcollation"
                                    + " WHERE " + USER_NAMESPACES + " AND a.attnum > 0 AND NOT a.attisdropped"
                                    + " AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c') ORDER BY 1, 2, 3"));
            snapshot.put(
                    "constraints",
                    lines(
                            statement,
                            "SELECT n.nspname, coalesce(c.relname, t.typname), k.conname,"
                                    + " pg_get_constraintdef(k.oid, true)"
                                    + " FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace"
                                    + " LEFT JOIN pg_class c ON c.oid = k.conrelid LEFT JOIN pg_type t ON t.oid = k.contypid"
                                    + " WHERE " + USER_NAMESPACES + " ORDER BY 1, 2, 3"));
            snapshot.put(
                    "indexes",
                    lines(
                            statement,
                            "SELECT n.nspname, c.relname, pg_get_indexdef(i.indexrelid)"
                                    + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_NAMESPACES
                                    + " ORDER BY 1, 2"));
            snapshot.put(
                    "routines",
                    lines(
                            statement,
                            "SELECT n.nspname, p.proname,"
                                    + " pg_get_function_identity_arguments(p.oid), p.prokind, pg_get_userbyid(p.proowner),"
                                    + " p.proacl::text, CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid) END"
                                    + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                                    + " WHERE " + USER_NAMESPACES + " AND NOT EXISTS (SELECT 1 FROM pg_depend d"
                                    + "   WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')"
                                    + " ORDER BY 1, 2, 3"));
            snapshot.put(
                    "views",
                    lines(
                            statement,
                            "SELECT n.nspname, c.relname, pg_get_viewdef(c.oid, true)"
                                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                    + " WHERE " + USER_NAMESPACES + " AND c.relkind IN ('v', 'm') ORDER BY 1, 2"));
            snapshot.put(
                    "triggers",
                    lines(
                            statement,
                            "SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid, true)"
                                    + " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal ORDER BY 1, 2"));
            snapshot.put(
                    "types",
                    lines(
                            statement,
                            "SELECT n.nspname, t.typname, t.typtype, pg_get_userbyid(t.typowner),"
                                    + " (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e"
                                    + "   WHERE e.enumtypid = t.oid)"
                                    + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                                    + " WHERE " + USER_NAMESPACES + " AND t.typtype IN ('e', 'd', 'c')"
                                    + " AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')"
                                    + " ORDER BY 1, 2"));
            snapshot.put(
                    "sequences",
                    lines(
                            statement,
                            "SELECT schemaname, sequencename, start_value, increment_by,"
                                    + " last_value FROM pg_sequences ORDER BY 1, 2"));
            snapshot.put(
                    "policies",
                    lines(
                            statement,
                            "SELECT schemaname, tablename, policyname, permissive,"
                                    + " roles::text, cmd, qual, with_check FROM pg_policies ORDER BY 1, 2, 3"));
            snapshot.put(
                    "default privileges",
                    lines(
                            statement,
                            "SELECT pg_get_userbyid(d.defaclrole),"
                                    + " d.defaclnamespace::regnamespace::text, d.defaclobjtype, d.defaclacl::text"
                                    + " FROM pg_default_acl d ORDER BY 1, 2, 3"));
            snapshot.put(
                    "extensions",
                    lines(
                            statement,
                            "SELECT e.extname, n.nspname FROM pg_extension e"
                                    + " JOIN pg_namespace n ON n.oid = e.extnamespace ORDER BY 1"));
            snapshot.put(
                    "comments",
                    lines(
                            statement,
                            "SELECT pg_describe_object(d.classoid, d.objoid, d.objsubid),"
                                    + " d.description FROM pg_description d"
                                    + " WHERE d.objoid >= 16384 AND d.classoid <> 'pg_extension'::regclass ORDER BY 1"));
            snapshot.put(
                    "large objects",
                    lines(
                            statement,
                            "SELECT m.oid, pg_get_userbyid(m.lomowner),"
                                    + " md5(lo_get(m.oid)), obj_description(m.oid, 'pg_largeobject') FROM pg_largeobject_metadata m"
                                    + " ORDER BY 1"));
            List<String> tables = lines(
                    statement,
                    "SELECT format('%I.%I', n.nspname, c.relname)"
                            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                            + " WHERE " + USER_NAMESPACES
                            + " AND (c.relkind = 'r' OR (c.relkind = 'm' AND c.relispopulated))"
                            + " ORDER BY 1");
            List<String> contents = new ArrayList<>();
            for (String table : tables) {
                contents.add(table + " | "
                        + lines(
                                        statement,
                                        "SELECT count(*) || ' rows, md5 '"
                                                + " || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '-') FROM "
                                                + table
                                                + " t")
                                .get(0));
            }
            snapshot.put("table contents", contents);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the catalogs of " + db.name() + ": " + e.getMessage(), e);
        }
        return snapshot;
    }

    /** Row counts per table, "schema.table | N". */
    static List<String> rowCounts(TestDatabase db) {
        List<String> result = new ArrayList<>();
        for (String line : of(db).get("table contents")) {
            result.add(line.substring(0, line.indexOf(" rows")));
        }
        return result;
    }

    private static List<String> lines(Statement statement, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    if (i > 1) {
                        line.append(" | ");
                    }
                    line.append(rows.getString(i));
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }
}
