package dev.rehearsal.internal.preflight;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds, for one {@link Check}, the queries that list the rows blocking it, from the catalog as it is when the
 * statement would run. A check whose table does not exist (yet) or whose shape the catalog contradicts becomes a
 * {@link NotAnalysed}, never a guess.
 *
 * <p>Internal, not API.
 */
final class Probes {
    /** The function the type-change probe calls: whether a query run with one row as {@code $1} fails. */
    static final String CAST_FUNCTION = "CREATE OR REPLACE FUNCTION pg_temp.rehearsal_preflight_fails(r anyelement,"
            + " probe text) RETURNS boolean LANGUAGE plpgsql AS $fails$ BEGIN EXECUTE probe USING r; RETURN false;"
            + " EXCEPTION WHEN others THEN RETURN true; END $fails$";

    private final Catalog catalog;

    Probes(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The probes of {@code check}, or why it cannot be analysed. */
    Result probes(Check check) throws SQLException {
        Optional<Catalog.Table> table = catalog.table(check.table());
        if (table.isEmpty()) {
            return Result.notAnalysed(check, "table " + check.table() + " does not exist when the statement runs");
        }
        if (check instanceof Check.ForeignKey key) {
            return foreignKey(key, table.get());
        } else if (check instanceof Check.NotNull notNull) {
            return notNull(notNull, table.get());
        } else if (check instanceof Check.Unique unique) {
            return unique(unique, table.get());
        } else if (check instanceof Check.Condition condition) {
            return condition(condition, table.get());
        } else if (check instanceof Check.Validate validate) {
            return validate(validate, table.get());
        } else if (check instanceof Check.TypeChange change) {
            return typeChange(change, table.get());
        }
        return referencedRows((Check.ReferencedRows) check, table.get());
    }

    /** Probes, or the reason there are none. */
    record Result(List<Probe> probes, List<NotAnalysed> notAnalysed) {
        static Result of(Probe... probes) {
            return new Result(List.of(probes), List.of());
        }

        static Result notAnalysed(Check check, String reason) {
            return new Result(List.of(), List.of(new NotAnalysed(check.statement(), reason)));
        }
    }

    private Result foreignKey(Check.ForeignKey key, Catalog.Table table) throws SQLException {
        Optional<Catalog.Table> referenced = catalog.table(key.referenced());
        if (referenced.isEmpty()) {
            return Result.notAnalysed(key, "table " + key.referenced() + " does not exist when the statement runs");
        }
        List<String> referencedColumns =
                key.referencedColumns().isEmpty() ? catalog.primaryKey(referenced.get()) : key.referencedColumns();
        if (referencedColumns.size() != key.columns().size()) {
            return Result.notAnalysed(key, "the referenced key of " + key.referenced() + " could not be matched");
        }
        String allSet =
                key.columns().stream().map(c -> "c." + c + " IS NOT NULL").collect(Collectors.joining(" AND "));
        String match = IntStream.range(0, referencedColumns.size())
                .mapToObj(i -> "p." + referencedColumns.get(i) + " = c."
                        + key.columns().get(i))
                .collect(Collectors.joining(" AND "));
        String missing = allSet + " AND NOT EXISTS (SELECT 1 FROM " + key.referenced() + " AS p WHERE " + match + ")";
        if (key.matchFull() && key.columns().size() > 1) {
            String someNull =
                    key.columns().stream().map(c -> "c." + c + " IS NULL").collect(Collectors.joining(" OR "));
            missing = "(" + missing + ") OR ((" + someNull + ") AND NOT (" + allNull(key.columns()) + "))";
        }
        String columns = key.columns().stream().map(c -> "c." + c).collect(Collectors.joining(", "));
        String query = "SELECT " + columns + " FROM " + key.table() + " AS c WHERE " + missing;
        String why = list(key.columns()) + " not present in table "
                + referenced.get().name() + " " + list(referencedColumns) + named(key.name());
        return Result.of(new Probe(key, table.name(), why, query, key.columns(), false));
    }

    private static String allNull(List<String> columns) {
        return columns.stream().map(c -> "c." + c + " IS NULL").collect(Collectors.joining(" AND "));
    }

    private Result notNull(Check.NotNull notNull, Catalog.Table table) throws SQLException {
        List<String> keys = keysOf(table);
        String where = notNull.added() ? "" : " WHERE " + notNull.column() + " IS NULL";
        String query = "SELECT " + String.join(", ", keys) + " FROM " + notNull.table() + where;
        String why = notNull.added()
                ? "column " + notNull.column() + " is added NOT NULL without a default: every existing row would hold"
                        + " NULL"
                : "column " + notNull.column() + " holds NULL";
        return Result.of(new Probe(notNull, table.name(), why, query, keys, false));
    }

    private Result unique(Check.Unique unique, Catalog.Table table) {
        String columns = String.join(", ", unique.columns());
        List<String> conditions = new ArrayList<>();
        if (!unique.nullsNotDistinct() && !unique.primaryKey()) {
            unique.columns().forEach(c -> conditions.add(c + " IS NOT NULL"));
        }
        if (unique.predicate() != null) {
            conditions.add("(" + unique.predicate() + ")");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String query = "SELECT " + columns + ", count(*) AS copies FROM " + unique.table() + where + " GROUP BY "
                + columns + " HAVING count(*) > 1";
        String why = list(unique.columns()) + " is not unique" + named(unique.name());
        return Result.of(new Probe(unique, table.name(), why, query, unique.columns(), true));
    }

    private Result condition(Check.Condition condition, Catalog.Table table) throws SQLException {
        List<String> keys = keysOf(table);
        String query = "SELECT " + String.join(", ", keys) + " FROM " + condition.table() + " WHERE NOT ("
                + condition.condition() + ")";
        String why = "the check (" + condition.condition() + ") is false" + named(condition.name());
        return Result.of(new Probe(condition, table.name(), why, query, keys, false));
    }

    private Result validate(Check.Validate validate, Catalog.Table table) throws SQLException {
        Optional<Check> constraint = catalog.constraint(table, validate);
        if (constraint.isEmpty()) {
            return Result.notAnalysed(
                    validate, "no foreign key or check constraint " + validate.name() + " on " + table.name());
        }
        return probes(constraint.get());
    }

    private Result typeChange(Check.TypeChange change, Catalog.Table table) throws SQLException {
        List<String> keys = keysOf(table);
        String expression = change.using() != null ? change.using() : change.column();
        String probe = "SELECT (" + expression + ")::" + change.type() + " FROM (SELECT ($1).*) AS probe_row";
        String query = "SELECT " + keys.stream().map(k -> "x." + k).collect(Collectors.joining(", ")) + " FROM "
                + change.table() + " AS x WHERE pg_temp.rehearsal_preflight_fails(x, " + literal(probe) + ")";
        String why = "column " + change.column() + " holds values that do not convert to " + change.type()
                + (change.using() != null ? " USING " + change.using() : "");
        return Result.of(new Probe(change, table.name(), why, query, keys, false));
    }

    private Result referencedRows(Check.ReferencedRows rows, Catalog.Table table) throws SQLException {
        String self = rows.alias() != null ? rows.alias() : rows.table();
        String from = rows.table() + (rows.alias() != null ? " AS " + rows.alias() : "");
        List<Probe> probes = new ArrayList<>();
        List<NotAnalysed> notAnalysed = new ArrayList<>();
        for (Catalog.Reference reference : catalog.references(table)) {
            char action = rows.delete() ? reference.onDelete() : reference.onUpdate();
            if (action != 'a' && action != 'r') {
                continue;
            }
            List<String> changed = changedKeyColumns(rows.assignments(), reference.referencedColumns());
            if (!rows.delete() && changed.isEmpty()) {
                continue;
            }
            if (reference.selfReference() && action == 'a') {
                notAnalysed.add(new NotAnalysed(
                        rows.statement(),
                        reference.name() + " references " + table.name()
                                + " itself with NO ACTION: rows removed together with their references pass"));
                continue;
            }
            List<String> conditions = new ArrayList<>();
            if (rows.condition() != null) {
                conditions.add("(" + rows.condition() + ")");
            }
            if (!rows.delete()) {
                conditions.add("("
                        + changed.stream()
                                .map(c -> self + "." + c + " IS DISTINCT FROM (" + assignment(rows.assignments(), c)
                                        + ")")
                                .collect(Collectors.joining(" OR "))
                        + ")");
            }
            String match = IntStream.range(0, reference.columns().size())
                    .mapToObj(i -> "r." + reference.columns().get(i) + " = " + self + "."
                            + reference.referencedColumns().get(i))
                    .collect(Collectors.joining(" AND "));
            conditions.add("EXISTS (SELECT 1 FROM " + reference.child() + " AS r WHERE " + match + ")");
            String query = "SELECT "
                    + reference.referencedColumns().stream()
                            .map(c -> self + "." + c)
                            .collect(Collectors.joining(", ")) + " FROM " + from + " WHERE "
                    + String.join(" AND ", conditions);
            String why = "rows are still referenced from table " + reference.child() + " by \"" + reference.name()
                    + "\""
                    + " (ON " + (rows.delete() ? "DELETE " : "UPDATE ") + (action == 'r' ? "RESTRICT" : "NO ACTION")
                    + ")";
            probes.add(new Probe(rows, table.name(), why, query, reference.referencedColumns(), false));
        }
        return new Result(probes, notAnalysed);
    }

    private static List<String> changedKeyColumns(Map<String, String> assignments, List<String> keyColumns) {
        List<String> changed = new ArrayList<>();
        for (String key : keyColumns) {
            if (assignments.keySet().stream().anyMatch(a -> Catalog.unquote(a).equals(Catalog.unquote(key)))) {
                changed.add(key);
            }
        }
        return changed;
    }

    private static String assignment(Map<String, String> assignments, String column) {
        return assignments.entrySet().stream()
                .filter(a -> Catalog.unquote(a.getKey()).equals(Catalog.unquote(column)))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
    }

    private List<String> keysOf(Catalog.Table table) throws SQLException {
        List<String> keys = catalog.primaryKey(table);
        return keys.isEmpty() ? List.of("ctid") : keys;
    }

    private static String list(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    private static String named(String name) {
        return name == null ? "" : " (" + name + ")";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
