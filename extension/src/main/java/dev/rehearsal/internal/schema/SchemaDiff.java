package dev.rehearsal.internal.schema;

import dev.rehearsal.SchemaSnapshot;
import dev.rehearsal.SchemaSnapshot.Column;
import dev.rehearsal.SchemaSnapshot.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The differences between two snapshots, one line per difference, in terms a developer reads: the object, then
 * what each side has, e.g. {@code column public."Session"."ipAddress": type text (upgraded) vs character varying(45)
 * (fresh install)}. Objects are matched by schema and name; column order, and sequence values, are compared only
 * when asked (enum label order always is: it changes sorting and comparisons).
 *
 * @param actualLabel what the first snapshot is, e.g. {@code "upgraded"}
 * @param expectedLabel what the second is, e.g. {@code "fresh install"} or {@code "snapshot"}
 * @param columnOrder whether a different column order is a difference
 * @param sequenceValues whether different sequence values are a difference
 */
public record SchemaDiff(String actualLabel, String expectedLabel, boolean columnOrder, boolean sequenceValues) {

    /** The differences between {@code actual} and {@code expected}; empty when they match. */
    public List<String> differences(SchemaSnapshot actual, SchemaSnapshot expected) {
        List<String> lines = new ArrayList<>();
        compare(lines, "table", actual.tables(), expected.tables(), t -> key(t.schema(), t.name()), this::table);
        compare(
                lines,
                "sequence",
                actual.sequences(),
                expected.sequences(),
                s -> key(s.schema(), s.name()),
                (name, a, e, out) -> {
                    field(out, name, "type", a.type(), e.type());
                    field(out, name, "start", a.start(), e.start());
                    field(out, name, "increment", a.increment(), e.increment());
                    field(out, name, "owned by", a.ownedBy(), e.ownedBy());
                    if (sequenceValues) {
                        field(out, name, "last value", a.lastValue(), e.lastValue());
                    }
                });
        compare(lines, "enum", actual.enums(), expected.enums(), t -> key(t.schema(), t.name()), (name, a, e, out) -> {
            if (!a.labels().equals(e.labels())) {
                out.add(name + ": labels " + a.labels() + " (" + actualLabel + ") vs " + e.labels() + " ("
                        + expectedLabel + ")"
                        + (new TreeSet<>(a.labels()).equals(new TreeSet<>(e.labels()))
                                ? " — same labels in another order, which changes sorting and < / > comparisons"
                                : ""));
            }
        });
        compare(lines, "view", actual.views(), expected.views(), v -> key(v.schema(), v.name()), (name, a, e, out) -> {
            field(out, name, "materialized", a.materialized(), e.materialized());
            text(out, name, "definition", a.definition(), e.definition());
        });
        compare(
                lines,
                "function",
                actual.functions(),
                expected.functions(),
                f -> key(f.schema(), f.name()) + "(" + f.arguments() + ")",
                (name, a, e, out) -> {
                    field(out, name, "result", a.result(), e.result());
                    text(out, name, "definition", a.definition(), e.definition());
                });
        compare(lines, "extension", actual.extensions(), expected.extensions(), x -> x.name(), (name, a, e, out) -> {
            field(out, name, "version", a.version(), e.version());
            field(out, name, "schema", a.schema(), e.schema());
        });
        return lines;
    }

    private void table(String label, Table a, Table e, List<String> out) {
        String name = key(a.schema(), a.name());
        field(out, label, "kind", a.kind(), e.kind());
        compare(out, "column", a.columns(), e.columns(), c -> name + "." + quote(c.name()), this::column);
        if (columnOrder) {
            List<String> actualOrder = a.columns().stream().map(Column::name).toList();
            List<String> expectedOrder = e.columns().stream().map(Column::name).toList();
            if (!actualOrder.equals(expectedOrder) && new TreeSet<>(actualOrder).equals(new TreeSet<>(expectedOrder))) {
                out.add(label + ": column order " + actualOrder + " (" + actualLabel + ") vs " + expectedOrder + " ("
                        + expectedLabel + ")");
            }
        }
        String primaryKeyName = "primary key of " + label;
        if (a.primaryKey() == null || e.primaryKey() == null) {
            if (a.primaryKey() != e.primaryKey()) {
                out.add(primaryKeyName + ": " + describe(a.primaryKey()) + " (" + actualLabel + ") vs "
                        + describe(e.primaryKey()) + " (" + expectedLabel + ")");
            }
        } else if (!a.primaryKey().equals(e.primaryKey())) {
            out.add(primaryKeyName + ": " + describe(a.primaryKey()) + " (" + actualLabel + ") vs "
                    + describe(e.primaryKey()) + " (" + expectedLabel + ")");
        }
        compare(
                out,
                "unique constraint",
                a.uniqueConstraints(),
                e.uniqueConstraints(),
                u -> name + " " + quote(u.name()),
                (n, x, y, o) -> text(o, n, "definition", x.definition(), y.definition()));
        compare(out, "check", a.checks(), e.checks(), c -> name + " " + quote(c.name()), (n, x, y, o) -> {
            text(o, n, "definition", x.definition(), y.definition());
            field(o, n, "validated", x.validated(), y.validated());
        });
        compare(
                out,
                "foreign key",
                a.foreignKeys(),
                e.foreignKeys(),
                f -> name + " " + quote(f.name()),
                (n, x, y, o) -> {
                    field(o, n, "columns", x.columns(), y.columns());
                    field(
                            o,
                            n,
                            "references",
                            x.referencedTable() + x.referencedColumns(),
                            y.referencedTable() + y.referencedColumns());
                    field(o, n, "ON UPDATE", x.onUpdate(), y.onUpdate());
                    field(o, n, "ON DELETE", x.onDelete(), y.onDelete());
                    field(o, n, "validated", x.validated(), y.validated());
                    field(o, n, "deferrable", x.deferrable(), y.deferrable());
                });
        compare(out, "index", a.indexes(), e.indexes(), i -> name + " " + quote(i.name()), (n, x, y, o) -> {
            text(o, n, "definition", x.definition(), y.definition());
            field(o, n, "valid", x.valid(), y.valid());
        });
        compare(out, "trigger", a.triggers(), e.triggers(), t -> name + " " + quote(t.name()), (n, x, y, o) -> {
            text(o, n, "definition", x.definition(), y.definition());
            field(o, n, "enabled", x.enabled(), y.enabled());
        });
    }

    private void column(String name, Column a, Column e, List<String> out) {
        field(out, name, "type", a.type(), e.type());
        field(out, name, "NOT NULL", a.notNull(), e.notNull());
        field(out, name, "default", a.defaultValue(), e.defaultValue());
        field(out, name, "identity", a.identity(), e.identity());
        field(out, name, "generated", a.generated(), e.generated());
    }

    private interface Details<T> {
        void compare(String name, T actual, T expected, List<String> out);
    }

    private <T> void compare(
            List<String> out,
            String kind,
            List<T> actual,
            List<T> expected,
            Function<T, String> key,
            Details<T> details) {
        Map<String, T> actualByKey = index(actual, key);
        Map<String, T> expectedByKey = index(expected, key);
        for (Map.Entry<String, T> entry : actualByKey.entrySet()) {
            T other = expectedByKey.get(entry.getKey());
            String name = kind + " " + entry.getKey();
            if (other == null) {
                out.add(name + ": only in " + actualLabel + " (" + expectedLabel + " has no such " + kind + ")");
            } else {
                details.compare(name, entry.getValue(), other, out);
            }
        }
        for (String missing : expectedByKey.keySet()) {
            if (!actualByKey.containsKey(missing)) {
                out.add(kind + " " + missing + ": missing in " + actualLabel + " (" + expectedLabel + " has it)");
            }
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(key.apply(item), item);
        }
        return map;
    }

    private void field(List<String> out, String name, String what, Object actual, Object expected) {
        if (!Objects.equals(actual, expected)) {
            out.add(name + ": " + what + " " + show(actual) + " (" + actualLabel + ") vs " + show(expected) + " ("
                    + expectedLabel + ")");
        }
    }

    /** Long texts (definitions) are shown on their own lines. */
    private void text(List<String> out, String name, String what, String actual, String expected) {
        if (Objects.equals(actual, expected)) {
            return;
        }
        if (show(actual).length() + show(expected).length() < 100
                && !show(actual).contains("\n")) {
            field(out, name, what, actual, expected);
        } else {
            out.add(name + ": " + what + " differs\n      " + actualLabel + ": " + indent(show(actual)) + "\n      "
                    + expectedLabel + ": " + indent(show(expected)));
        }
    }

    private static String indent(String text) {
        return text.strip().replace("\n", "\n        ");
    }

    private static String show(Object value) {
        return value == null ? "(none)" : value.toString();
    }

    private static String describe(SchemaSnapshot.PrimaryKey key) {
        return key == null ? "(none)" : quote(key.name()) + " " + key.columns();
    }

    static String key(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    /** An identifier as SQL would need it: bare when lower-case and simple, else double-quoted. */
    static String quote(String identifier) {
        return identifier.matches("[a-z_][a-z0-9_$]*") ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
