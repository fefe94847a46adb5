package dev.rehearsal.internal.preflight;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog facts a diagnostic query needs, read on the connection the statement would run on (so a table created
 * by an earlier statement is found, with the session's {@code search_path}).
 *
 * <p>Internal, not API.
 */
final class Catalog {
    private final Connection connection;

    Catalog(Connection connection) {
        this.connection = connection;
    }

    /** A table as the statement names it ({@code "Document"}, {@code billing.invoice}). */
    record Table(long oid, String name) {}

    /** A foreign key that references a table. */
    record Reference(
            String name,
            String child,
            List<String> columns,
            List<String> referencedColumns,
            char onDelete,
            char onUpdate,
            boolean selfReference) {}

    /** The table a name written in a statement resolves to, if it exists. */
    Optional<Table> table(String written) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT c.oid, format('%I.%I', n.nspname, c.relname) FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass(?)")) {
            query.setString(1, written);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Table(row.getLong(1), row.getString(2))) : Optional.empty();
            }
        }
    }

    /** The primary key's columns, quoted as identifiers; empty when the table has none. */
    List<String> primaryKey(Table table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT quote_ident(a.attname) FROM pg_index i"
                + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)"
                + " WHERE i.indrelid = ? AND i.indisprimary"
                + " ORDER BY array_position(i.indkey::int2[], a.attnum)")) {
            query.setLong(1, table.oid());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    columns.add(row.getString(1));
                }
            }
        }
        return columns;
    }

    /** The foreign keys that reference {@code table}, with their actions ({@code a} no action, {@code r} restrict…). */
    List<Reference> references(Table table) throws SQLException {
        List<Reference> references = new ArrayList<>();
        try (PreparedStatement query =
                connection.prepareStatement("SELECT con.conname, format('%I.%I', n.nspname, c.relname),"
                        + " ARRAY(SELECT quote_ident(a.attname) FROM unnest(con.conkey) WITH ORDINALITY k(n, o)"
                        + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o),"
                        + " ARRAY(SELECT quote_ident(a.attname) FROM unnest(con.confkey) WITH ORDINALITY k(n, o)"
                        + "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o),"
                        + " con.confdeltype, con.confupdtype, con.conrelid = con.confrelid"
                        + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE con.contype = 'f' AND con.confrelid = ? ORDER BY con.conname")) {
            query.setLong(1, table.oid());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    references.add(new Reference(
                            row.getString(1),
                            row.getString(2),
                            List.of((String[]) row.getArray(3).getArray()),
                            List.of((String[]) row.getArray(4).getArray()),
                            row.getString(5).charAt(0),
                            row.getString(6).charAt(0),
                            row.getBoolean(7)));
                }
            }
        }
        return references;
    }

    /**
     * A constraint of {@code table} by name, rebuilt as the check that validating it performs; empty when there is no
     * such foreign key or check constraint.
     */
    Optional<Check> constraint(Table table, Check.Validate validate) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT con.contype,"
                + " ARRAY(SELECT quote_ident(a.attname) FROM unnest(con.conkey) WITH ORDINALITY k(n, o)"
                + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o),"
                + " CASE WHEN con.contype = 'f' THEN con.confrelid::regclass::text END,"
                + " ARRAY(SELECT quote_ident(a.attname) FROM unnest(con.confkey) WITH ORDINALITY k(n, o)"
                + "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o),"
                + " con.confmatchtype, CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END"
                + " FROM pg_constraint con WHERE con.conrelid = ? AND con.conname = ?")) {
            query.setLong(1, table.oid());
            query.setString(2, unquote(validate.name()));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return switch (row.getString(1)) {
                    case "f" ->
                        Optional.of(new Check.ForeignKey(
                                validate.statement(),
                                validate.table(),
                                validate.name(),
                                List.of((String[]) row.getArray(2).getArray()),
                                row.getString(3),
                                List.of((String[]) row.getArray(4).getArray()),
                                "f".equals(row.getString(5))));
                    case "c" ->
                        Optional.of(new Check.Condition(
                                validate.statement(), validate.table(), validate.name(), row.getString(6)));
                    default -> Optional.empty();
                };
            }
        }
    }

    /** The name an identifier written in a statement stands for: quotes removed, else folded to lower case. */
    static String unquote(String written) {
        if (written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")) {
            return written.substring(1, written.length() - 1).replace("\"\"", "\"");
        }
        return written.toLowerCase(java.util.Locale.ROOT);
    }
}
