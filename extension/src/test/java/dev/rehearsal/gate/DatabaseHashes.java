package dev.rehearsal.gate;

import dev.rehearsal.internal.schema.CatalogReader;
import dev.rehearsal.internal.schema.SchemaFiles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of everything a write could change: each table's rows (the history table included), hashed in the
 * database (count + md5 of the sorted per-row md5s), each sequence's position, and the whole catalog.
 */
final class DatabaseHashes {
    private DatabaseHashes() {}

    static Map<String, String> of(Connection connection) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        List<String[]> tables = new ArrayList<>();
        List<String[]> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT n.nspname, c.relname, c.relkind FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'S')"
                        + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE"
                        + " 'pg_toast%'")) {
            while (rows.next()) {
                String[] name = {rows.getString(1), rows.getString(2)};
                (rows.getString(3).equals("S") ? sequences : tables).add(name);
            }
        }
        for (String[] table : tables) {
            String qualified = quote(table[0]) + "." + quote(table[1]);
            hashes.put(
                    "table " + qualified,
                    single(
                            connection,
                            "SELECT count(*) || ' rows, md5 ' || coalesce(md5("
                                    + "string_agg(md5(t::text), '' ORDER BY md5(t::text))), '-') FROM " + qualified
                                    + " t"));
        }
        for (String[] sequence : sequences) {
            String qualified = quote(sequence[0]) + "." + quote(sequence[1]);
            hashes.put(
                    "sequence " + qualified,
                    single(connection, "SELECT last_value || ' ' || is_called FROM " + qualified));
        }
        byte[] catalog = SchemaFiles.toJson(CatalogReader.read(connection)).getBytes(StandardCharsets.UTF_8);
        hashes.put(
                "catalog",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(catalog)));
        return hashes;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
