package dev.rehearsal.internal.restore.differential;

import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a restored database holds, read from its catalogs in a form free of OIDs, so that two restores of the same
 * dump compare equal: one sorted list of lines per aspect ({@link CatalogQueries}: schemas, relations, columns,
 * constraints, indexes, triggers, rules, policies, views, routines, types, extensions, other objects, default
 * privileges, comments, large objects), plus the sequences with their current values and, per table, the row count
 * and an order-independent content hash computed by the server (rows never travel to the JVM).
 *
 * <p>Each row starts with the key of its object (e.g. schema, table, column) followed by the compared properties;
 * {@link #keyColumns(String)} says how many leading values form the key.
 *
 * @param aspects the rows of each aspect, in a stable order
 */
public record CatalogSnapshot(Map<String, List<List<String>>> aspects) {
    static final String SEQUENCES = "sequences";
    static final String TABLE_CONTENTS = "table contents";
    static final String ROLES = "roles";
    static final String SEPARATOR = " | ";

    public CatalogSnapshot {
        aspects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aspects));
    }

    /** Reads the snapshot of {@code database} on {@code server}. */
    public static CatalogSnapshot of(PostgresServer server, String database) {
        return of(server, database, List.of());
    }

    /**
     * Reads the snapshot of {@code database}, with an extra {@value #ROLES} aspect describing the given roles
     * (attributes and memberships; their settings for a database are in the {@code database settings} aspect, their
     * server-wide settings are left out: Rehearsal does not apply them to a shared server); meant for comparing
     * databases on two different servers.
     */
    public static CatalogSnapshot of(PostgresServer server, String database, Collection<String> roles) {
        Map<String, List<List<String>>> aspects = new LinkedHashMap<>();
        try (Connection connection = connectAsSuperuser(server, database);
                Statement statement = connection.createStatement()) {
            for (CatalogQueries.Aspect aspect : CatalogQueries.ASPECTS) {
                aspects.put(aspect.name(), rows(statement, aspect.sql()));
            }
            aspects.put(SEQUENCES, sequences(statement));
            aspects.put(TABLE_CONTENTS, tableContents(statement));
            if (!roles.isEmpty()) {
                aspects.put(ROLES, roles(connection, roles));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not read the catalogs of database " + database + " on " + server + ": " + e.getMessage(), e);
        }
        return new CatalogSnapshot(aspects);
    }

    /**
     * As the server's superuser, who may read every large object: on a confined embedded server (the default) its
     * bootstrap superuser, else the server's user.
     */
    private static Connection connectAsSuperuser(PostgresServer server, String database) throws SQLException {
        java.util.Optional<Connection> admin = server.connectAsAdministrator(database);
        return admin.isPresent() ? admin.get() : server.connect(database);
    }

    /**
     * This snapshot with the user who restored it ({@code from}, e.g. the bootstrap superuser psql ran as) named as
     * another ({@code to}, the user Rehearsal restores as), wherever it appears as a whole word (owners, ACLs): what
     * a restore gives to the restoring user itself (extensions, objects of a {@code --no-owner} restore) then
     * compares equal.
     */
    public CatalogSnapshot restoredAs(String from, String to) {
        if (from.equals(to)) {
            return this;
        }
        java.util.regex.Pattern word = java.util.regex.Pattern.compile(
                "(?<![A-Za-z0-9_$])" + java.util.regex.Pattern.quote(from) + "(?![A-Za-z0-9_$])");
        Map<String, List<List<String>>> renamed = new LinkedHashMap<>();
        aspects.forEach((aspect, rows) -> renamed.put(
                aspect,
                rows.stream()
                        .map(row -> row.stream()
                                .map(value -> value == null
                                        ? null
                                        : word.matcher(value).replaceAll(java.util.regex.Matcher.quoteReplacement(to)))
                                .toList())
                        .toList()));
        return new CatalogSnapshot(renamed);
    }

    /** How many leading values of a line of {@code aspect} identify its object. */
    static int keyColumns(String aspect) {
        return switch (aspect) {
            case SEQUENCES, TABLE_CONTENTS -> 2;
            case ROLES -> 1;
            default ->
                CatalogQueries.ASPECTS.stream()
                        .filter(a -> a.name().equals(aspect))
                        .findFirst()
                        .map(CatalogQueries.Aspect::keyColumns)
                        .orElse(1);
        };
    }

    /** The rows of one aspect, each joined with {@code " | "} (empty when the snapshot has no such aspect). */
    public List<String> lines(String aspect) {
        return aspects.getOrDefault(aspect, List.of()).stream()
                .map(CatalogSnapshot::line)
                .toList();
    }

    /** Every aspect as lines ({@link #lines(String)}). */
    public Map<String, List<String>> asLines() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        aspects.keySet().forEach(name -> result.put(name, lines(name)));
        return result;
    }

    static String line(List<String> row) {
        return String.join(SEPARATOR, row.stream().map(String::valueOf).toList());
    }

    /** Sequences: definition, owning column, and {@code last_value}/{@code is_called} read from each sequence. */
    private static List<List<String>> sequences(Statement statement) throws SQLException {
        List<List<String>> rows = rows(
                statement,
                "SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqmin, s.seqmax,"
                        + " s.seqincrement, s.seqcycle, s.seqcache,"
                        + " (SELECT d.refobjid::regclass || '.' || quote_ident(a.attname) || ' (' || d.deptype::text || ')'"
                        + "   FROM pg_depend d JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
                        + "   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid"
                        + "   AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')),"
                        + " format('%I.%I', n.nspname, c.relname)"
                        + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE " + String.format(CatalogQueries.USER_SCHEMA, "n.nspname") + " ORDER BY 1, 2");
        List<List<String>> result = new ArrayList<>();
        for (List<String> row : rows) {
            String qualified = row.get(row.size() - 1);
            List<String> values = new ArrayList<>(row.subList(0, row.size() - 1));
            values.addAll(
                    rows(statement, "SELECT 'last_value ' || last_value, 'is_called ' || is_called FROM " + qualified)
                            .get(0));
            result.add(values);
        }
        return result;
    }

    /**
     * Per table (each partition on its own, parents without their children's rows) and per populated materialized
     * view: the row count and a hash of the rows that ignores their order — the sum over the rows of the first and
     * of the last 64 bits of md5(row as text).
     */
    private static List<List<String>> tableContents(Statement statement) throws SQLException {
        List<List<String>> tables = rows(
                statement,
                "SELECT n.nspname, c.relname, format('%I.%I', n.nspname, c.relname)"
                        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE " + String.format(CatalogQueries.USER_SCHEMA, "n.nspname")
                        + " AND (c.relkind = 'r' OR (c.relkind = 'm' AND c.relispopulated)) ORDER BY 1, 2");
        List<List<String>> result = new ArrayList<>();
        for (List<String> table : tables) {
            List<String> content = rows(
                            statement,
                            "SELECT count(*) || ' rows', 'hash ' || coalesce(sum(('x' || left(h, 16))::bit(64)::bigint::numeric), 0)"
                                    + " || '/' || coalesce(sum(('x' || right(h, 16))::bit(64)::bigint::numeric), 0)"
                                    + " FROM (SELECT md5(t::text) AS h FROM ONLY " + table.get(2) + " t) rows")
                    .get(0);
            List<String> values = new ArrayList<>(table.subList(0, 2));
            values.addAll(content);
            result.add(values);
        }
        return result;
    }

    private static List<List<String>> roles(Connection connection, Collection<String> roles) throws SQLException {
        String sql = "SELECT r.rolname, r.rolsuper, r.rolinherit, r.rolcreaterole, r.rolcreatedb, r.rolcanlogin,"
                + " r.rolreplication, r.rolbypassrls, r.rolconnlimit, r.rolvaliduntil,"
                + " (SELECT string_agg(g.rolname || CASE WHEN m.admin_option THEN ' with admin' ELSE '' END, ', '"
                + "   ORDER BY g.rolname) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                + "   WHERE m.member = r.oid)"
                + " FROM pg_roles r WHERE r.rolname = ANY (?) ORDER BY 1";
        try (var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", roles.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                return rows(rows);
            }
        }
    }

    private static List<List<String>> rows(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows(rows);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n  in: " + sql, e.getSQLState(), e);
        }
    }

    private static List<List<String>> rows(ResultSet rows) throws SQLException {
        List<List<String>> result = new ArrayList<>();
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
            List<String> row = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
                row.add(rows.getString(i));
            }
            result.add(java.util.Collections.unmodifiableList(row));
        }
        return result;
    }
}
