package dev.rehearsal.internal.schema;

import dev.rehearsal.SchemaSnapshot;
import dev.rehearsal.SchemaSnapshot.Check;
import dev.rehearsal.SchemaSnapshot.Column;
import dev.rehearsal.SchemaSnapshot.EnumType;
import dev.rehearsal.SchemaSnapshot.Extension;
import dev.rehearsal.SchemaSnapshot.ForeignKey;
import dev.rehearsal.SchemaSnapshot.Function;
import dev.rehearsal.SchemaSnapshot.Index;
import dev.rehearsal.SchemaSnapshot.PrimaryKey;
import dev.rehearsal.SchemaSnapshot.Sequence;
import dev.rehearsal.SchemaSnapshot.Table;
import dev.rehearsal.SchemaSnapshot.Trigger;
import dev.rehearsal.SchemaSnapshot.UniqueConstraint;
import dev.rehearsal.SchemaSnapshot.View;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link SchemaSnapshot} from the catalog (PostgreSQL 13 and later), in one read-only transaction so the
 * snapshot is consistent. User objects only: system schemas ({@code pg_catalog}, {@code information_schema}, {@code
 * pg_toast*}, {@code pg_temp*}) and objects an extension owns are left out.
 */
public final class CatalogReader {
    private static final String USER_NAMESPACE = "n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'";

    private static String notFromExtension(String catalog, String oid) {
        return "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '" + catalog + "'::regclass AND e.objid = "
                + oid + " AND e.deptype = 'e')";
    }

    private static final String TABLES = "SELECT c.oid, n.nspname, c.relname, c.relkind FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'f') AND " + USER_NAMESPACE
            + " AND " + notFromExtension("pg_class", "c.oid") + " ORDER BY n.nspname, c.relname";

    private static final String COLUMNS = "SELECT a.attrelid, a.attname,"
            + " row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum),"
            + " format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity,"
            + " a.attgenerated FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum ="
            + " a.attnum JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f') AND " + USER_NAMESPACE
            + " ORDER BY a.attrelid, a.attnum";

    private static final String CONSTRAINTS = "SELECT con.conrelid, con.conname, con.contype,"
            + " pg_get_constraintdef(con.oid), con.convalidated, con.condeferrable, con.confupdtype, con.confdeltype,"
            + " rn.nspname || '.' || rc.relname,"
            + " ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)"
            + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),"
            + " ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)"
            + "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord)"
            + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_class rc ON rc.oid = con.confrelid LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace"
            + " WHERE con.contype IN ('p', 'u', 'c', 'f') AND con.conrelid <> 0 AND " + USER_NAMESPACE
            + " ORDER BY con.conrelid, con.conname";

    private static final String INDEXES = "SELECT i.indrelid, ic.relname, pg_get_indexdef(i.indexrelid),"
            + " i.indisunique, i.indisprimary, i.indisvalid,"
            + " ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k"
            + "   ORDER BY k)"
            + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'f') AND "
            + USER_NAMESPACE + " ORDER BY i.indrelid, ic.relname";

    private static final String TRIGGERS = "SELECT t.tgrelid, t.tgname, pg_get_triggerdef(t.oid), t.tgenabled <> 'D'"
            + " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE NOT t.tgisinternal AND " + USER_NAMESPACE + " ORDER BY t.tgrelid, t.tgname";

    private static final String SEQUENCES = "SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL),"
            + " s.seqstart, s.seqincrement, ps.last_value,"
            + " (SELECT tn.nspname || '.' || tc.relname || '.' || a.attname FROM pg_depend d"
            + "   JOIN pg_class tc ON tc.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = tc.relnamespace"
            + "   JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
            + "   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass"
            + "   AND d.deptype IN ('a', 'i') LIMIT 1)"
            + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_sequences ps ON ps.schemaname = n.nspname AND ps.sequencename = c.relname"
            + " WHERE " + USER_NAMESPACE + " AND " + notFromExtension("pg_class", "c.oid")
            + " ORDER BY n.nspname, c.relname";

    private static final String ENUMS = "SELECT n.nspname, t.typname,"
            + " ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND "
            + USER_NAMESPACE + " AND " + notFromExtension("pg_type", "t.oid") + " ORDER BY n.nspname, t.typname";

    private static final String VIEWS = "SELECT n.nspname, c.relname, c.relkind = 'm', pg_get_viewdef(c.oid, true)"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND "
            + USER_NAMESPACE + " AND " + notFromExtension("pg_class", "c.oid") + " ORDER BY n.nspname, c.relname";

    private static final String FUNCTIONS = "SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid),"
            + " CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END,"
            + " CASE WHEN p.prokind = 'p' THEN NULL ELSE pg_get_function_result(p.oid) END,"
            + " pg_get_functiondef(p.oid)"
            + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind IN ('f', 'p') AND "
            + USER_NAMESPACE + " AND " + notFromExtension("pg_proc", "p.oid")
            + " ORDER BY n.nspname, p.proname, 3";

    private static final String EXTENSIONS = "SELECT x.extname, x.extversion, n.nspname FROM pg_extension x"
            + " JOIN pg_namespace n ON n.oid = x.extnamespace ORDER BY x.extname";

    private CatalogReader() {}

    /**
     * The snapshot of the database {@code connection} is connected to. On an autocommit connection it is read in
     * its own read-only, repeatable-read transaction; inside the caller's transaction it sees what that transaction
     * sees. The connection is left as it was.
     */
    public static SchemaSnapshot read(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            try (Statement statement = connection.createStatement()) {
                return read(statement);
            }
        }
        boolean readOnly = connection.isReadOnly();
        int isolation = connection.getTransactionIsolation();
        try {
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                return read(statement);
            } finally {
                connection.rollback();
            }
        } finally {
            connection.setAutoCommit(true);
            connection.setReadOnly(readOnly);
            connection.setTransactionIsolation(isolation);
        }
    }

    private static SchemaSnapshot read(Statement statement) throws SQLException {
        Map<Long, TableParts> tables = new LinkedHashMap<>();
        try (ResultSet rows = statement.executeQuery(TABLES)) {
            while (rows.next()) {
                tables.put(
                        rows.getLong(1), new TableParts(rows.getString(2), rows.getString(3), kind(rows.getString(4))));
            }
        }
        try (ResultSet rows = statement.executeQuery(COLUMNS)) {
            while (rows.next()) {
                TableParts table = tables.get(rows.getLong(1));
                if (table != null) {
                    String identity = switch (rows.getString(7)) {
                        case "a" -> "ALWAYS";
                        case "d" -> "BY DEFAULT";
                        default -> null;
                    };
                    boolean generated = "s".equals(rows.getString(8));
                    String expression = rows.getString(6);
                    table.columns.add(new Column(
                            rows.getString(2),
                            rows.getInt(3),
                            rows.getString(4),
                            rows.getBoolean(5),
                            generated ? null : expression,
                            identity,
                            generated ? expression : null));
                }
            }
        }
        try (ResultSet rows = statement.executeQuery(CONSTRAINTS)) {
            while (rows.next()) {
                TableParts table = tables.get(rows.getLong(1));
                if (table != null) {
                    table.constraint(rows);
                }
            }
        }
        try (ResultSet rows = statement.executeQuery(INDEXES)) {
            while (rows.next()) {
                TableParts table = tables.get(rows.getLong(1));
                if (table != null) {
                    table.indexes.add(new Index(
                            rows.getString(2),
                            strings(rows.getArray(7)),
                            rows.getString(3),
                            rows.getBoolean(4),
                            rows.getBoolean(5),
                            rows.getBoolean(6)));
                }
            }
        }
        try (ResultSet rows = statement.executeQuery(TRIGGERS)) {
            while (rows.next()) {
                TableParts table = tables.get(rows.getLong(1));
                if (table != null) {
                    table.triggers.add(new Trigger(rows.getString(2), rows.getString(3), rows.getBoolean(4)));
                }
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(SEQUENCES)) {
            while (rows.next()) {
                long last = rows.getLong(6);
                Long lastValue = rows.wasNull() ? null : last;
                sequences.add(new Sequence(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getLong(4),
                        rows.getLong(5),
                        lastValue,
                        rows.getString(7)));
            }
        }
        List<EnumType> enums = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(ENUMS)) {
            while (rows.next()) {
                enums.add(new EnumType(rows.getString(1), rows.getString(2), strings(rows.getArray(3))));
            }
        }
        List<View> views = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(VIEWS)) {
            while (rows.next()) {
                views.add(new View(rows.getString(1), rows.getString(2), rows.getBoolean(3), rows.getString(4)));
            }
        }
        List<Function> functions = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(FUNCTIONS)) {
            while (rows.next()) {
                functions.add(new Function(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6)));
            }
        }
        List<Extension> extensions = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(EXTENSIONS)) {
            while (rows.next()) {
                extensions.add(new Extension(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return new SchemaSnapshot(
                tables.values().stream().map(TableParts::table).toList(),
                sequences,
                enums,
                views,
                functions,
                extensions);
    }

    private static String kind(String relkind) {
        return switch (relkind) {
            case "p" -> "partitioned table";
            case "f" -> "foreign table";
            default -> "table";
        };
    }

    static String action(String code) {
        return switch (code == null ? "" : code) {
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.stream((Object[]) array.getArray())
                    .map(String::valueOf)
                    .toList();
        } finally {
            array.free();
        }
    }

    /** A table's parts while the catalog is read. */
    private static final class TableParts {
        final String schema;
        final String name;
        final String kind;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<Trigger> triggers = new ArrayList<>();

        TableParts(String schema, String name, String kind) {
            this.schema = schema;
            this.name = name;
            this.kind = kind;
        }

        void constraint(ResultSet rows) throws SQLException {
            String name = rows.getString(2);
            String definition = rows.getString(4);
            boolean validated = rows.getBoolean(5);
            List<String> columns = strings(rows.getArray(10));
            switch (rows.getString(3)) {
                case "p" -> primaryKey = new PrimaryKey(name, columns);
                case "u" -> uniques.add(new UniqueConstraint(name, columns, definition));
                case "c" -> checks.add(new Check(name, definition, validated));
                default ->
                    foreignKeys.add(new ForeignKey(
                            name,
                            columns,
                            rows.getString(9),
                            strings(rows.getArray(11)),
                            action(rows.getString(7)),
                            action(rows.getString(8)),
                            validated,
                            rows.getBoolean(6)));
            }
        }

        Table table() {
            return new Table(schema, name, kind, columns, primaryKey, uniques, checks, foreignKeys, indexes, triggers);
        }
    }
}
