package dev.rehearsal;

import dev.rehearsal.internal.schema.SchemaFiles;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of a database's catalog: the user-defined objects of every schema but the system ones, without the
 * objects extensions own. Taken by {@link RestoredDatabase#schema()}; compared by {@code
 * assertThat(db).schema()}; written to and read from JSON or YAML ({@link #toJson()}, {@link #toYaml()}, {@link
 * #fromJson(String)}, {@link #fromYaml(String)}).
 *
 * <p>Stable across runs: every list is sorted (tables, sequences, types, views, functions by schema and name;
 * constraints, indexes and triggers by name; columns by position, enum labels in their sort order), and nothing in
 * it depends on object ids, the server's locale or the session's {@code search_path} (names are schema-qualified
 * where they refer to other objects). Definitions are the server's own rendering ({@code pg_get_indexdef}, {@code
 * pg_get_constraintdef}, {@code pg_get_viewdef}, …), so two snapshots compare as the server sees the objects.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tables ordinary, partitioned and foreign tables
 * @param sequences sequences, with their current values
 * @param enums enum types, with labels in sort order
 * @param views views and materialized views
 * @param functions functions and procedures (aggregates and window functions are not listed)
 * @param extensions installed extensions
 */
public record SchemaSnapshot(
        List<Table> tables,
        List<Sequence> sequences,
        List<EnumType> enums,
        List<View> views,
        List<Function> functions,
        List<Extension> extensions) {

    /** Copies every list; {@code null} lists become empty. */
    public SchemaSnapshot {
        tables = copy(tables);
        sequences = copy(sequences);
        enums = copy(enums);
        views = copy(views);
        functions = copy(functions);
        extensions = copy(extensions);
    }

    /**
     * The table {@code name} ({@code "Session"} in any schema when only one schema has it, or {@code
     * "audit.Session"}), matched exactly.
     */
    public Optional<Table> table(String name) {
        Objects.requireNonNull(name, "name");
        return find(tables, name, Table::schema, Table::name);
    }

    /** The sequence {@code name} ({@code "Document_id_seq"} or {@code "public.Document_id_seq"}). */
    public Optional<Sequence> sequence(String name) {
        Objects.requireNonNull(name, "name");
        return find(sequences, name, Sequence::schema, Sequence::name);
    }

    /** The enum type {@code name} ({@code "DocumentStatus"} or {@code "public.DocumentStatus"}). */
    public Optional<EnumType> enumType(String name) {
        Objects.requireNonNull(name, "name");
        return find(enums, name, EnumType::schema, EnumType::name);
    }

    /** This snapshot as indented JSON, keys in a fixed order. */
    public String toJson() {
        return SchemaFiles.toJson(this);
    }

    /** This snapshot as YAML (block style), keys in a fixed order. */
    public String toYaml() {
        return SchemaFiles.toYaml(this);
    }

    /**
     * Reads a snapshot written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException when the text is not such a snapshot, naming what is wrong
     */
    public static SchemaSnapshot fromJson(String json) {
        return SchemaFiles.fromJson(json);
    }

    /**
     * Reads a snapshot written by {@link #toYaml()}.
     *
     * @throws IllegalArgumentException when the text is not such a snapshot, naming what is wrong
     */
    public static SchemaSnapshot fromYaml(String yaml) {
        return SchemaFiles.fromYaml(yaml);
    }

    /**
     * A table.
     *
     * @param schema its schema
     * @param name its name
     * @param kind {@code "table"}, {@code "partitioned table"} or {@code "foreign table"}
     * @param columns its columns, by position
     * @param primaryKey its primary key, or {@code null}
     * @param uniqueConstraints its UNIQUE constraints (unique indexes without a constraint are in {@code indexes})
     * @param checks its CHECK constraints
     * @param foreignKeys its foreign keys
     * @param indexes its indexes, those behind constraints included
     * @param triggers its user triggers
     */
    public record Table(
            String schema,
            String name,
            String kind,
            List<Column> columns,
            PrimaryKey primaryKey,
            List<UniqueConstraint> uniqueConstraints,
            List<Check> checks,
            List<ForeignKey> foreignKeys,
            List<Index> indexes,
            List<Trigger> triggers) {

        /** Copies every list; {@code null} lists become empty. */
        public Table {
            columns = copy(columns);
            uniqueConstraints = copy(uniqueConstraints);
            checks = copy(checks);
            foreignKeys = copy(foreignKeys);
            indexes = copy(indexes);
            triggers = copy(triggers);
        }

        /** {@code schema.name}, unquoted. */
        public String qualifiedName() {
            return schema + "." + name;
        }

        /** The column named exactly {@code name}. */
        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    /**
     * A column.
     *
     * @param name its name
     * @param position its position among the table's live columns (1-based; dropped columns leave no gap)
     * @param type its type as {@code format_type} renders it, e.g. {@code "timestamp(3) without time zone"}
     * @param notNull whether it is NOT NULL
     * @param defaultValue its default expression, or {@code null} (a generated column's expression is in {@code
     *     generated})
     * @param identity {@code "ALWAYS"} or {@code "BY DEFAULT"} for identity columns, else {@code null}
     * @param generated the expression of a generated (stored) column, else {@code null}
     */
    public record Column(
            String name,
            int position,
            String type,
            boolean notNull,
            String defaultValue,
            String identity,
            String generated) {}

    /**
     * A primary key.
     *
     * @param name the constraint's name
     * @param columns its columns, in key order
     */
    public record PrimaryKey(String name, List<String> columns) {
        /** Copies the list. */
        public PrimaryKey {
            columns = copy(columns);
        }
    }

    /**
     * A UNIQUE constraint.
     *
     * @param name the constraint's name
     * @param columns its columns, in key order
     * @param definition the server's definition, e.g. {@code "UNIQUE NULLS NOT DISTINCT (email)"}
     */
    public record UniqueConstraint(String name, List<String> columns, String definition) {
        /** Copies the list. */
        public UniqueConstraint {
            columns = copy(columns);
        }
    }

    /**
     * A CHECK constraint.
     *
     * @param name the constraint's name
     * @param definition the server's definition, e.g. {@code "CHECK ((amount > 0))"}
     * @param validated false when it was added {@code NOT VALID} and not validated since
     */
    public record Check(String name, String definition, boolean validated) {}

    /**
     * A foreign key.
     *
     * @param name the constraint's name
     * @param columns the referencing columns, in key order
     * @param referencedTable the referenced table, {@code schema.name}
     * @param referencedColumns the referenced columns, in key order
     * @param onUpdate {@code "NO ACTION"}, {@code "RESTRICT"}, {@code "CASCADE"}, {@code "SET NULL"} or {@code "SET
     *     DEFAULT"}
     * @param onDelete the same choices as {@code onUpdate}
     * @param validated false when it was added {@code NOT VALID} and not validated since
     * @param deferrable whether it is DEFERRABLE
     */
    public record ForeignKey(
            String name,
            List<String> columns,
            String referencedTable,
            List<String> referencedColumns,
            String onUpdate,
            String onDelete,
            boolean validated,
            boolean deferrable) {
        /** Copies the lists. */
        public ForeignKey {
            columns = copy(columns);
            referencedColumns = copy(referencedColumns);
        }
    }

    /**
     * An index.
     *
     * @param name its name
     * @param columns its key columns or expressions, in order
     * @param definition the server's {@code CREATE INDEX} statement
     * @param unique whether it is unique
     * @param primary whether it backs the primary key
     * @param valid false when a {@code CREATE INDEX CONCURRENTLY} failed and left it invalid
     */
    public record Index(
            String name, List<String> columns, String definition, boolean unique, boolean primary, boolean valid) {
        /** Copies the list. */
        public Index {
            columns = copy(columns);
        }
    }

    /**
     * A trigger.
     *
     * @param name its name
     * @param definition the server's {@code CREATE TRIGGER} statement
     * @param enabled false when disabled ({@code ALTER TABLE … DISABLE TRIGGER})
     */
    public record Trigger(String name, String definition, boolean enabled) {}

    /**
     * A sequence.
     *
     * @param schema its schema
     * @param name its name
     * @param type its data type
     * @param start its start value
     * @param increment its increment
     * @param lastValue the last value it returned, or {@code null} when it was never used (or was reset)
     * @param ownedBy the column that owns it ({@code schema.table.column}), or {@code null}
     */
    public record Sequence(
            String schema, String name, String type, long start, long increment, Long lastValue, String ownedBy) {

        /** {@code schema.name}, unquoted. */
        public String qualifiedName() {
            return schema + "." + name;
        }
    }

    /**
     * An enum type.
     *
     * @param schema its schema
     * @param name its name
     * @param labels its labels, in sort order
     */
    public record EnumType(String schema, String name, List<String> labels) {
        /** Copies the list. */
        public EnumType {
            labels = copy(labels);
        }

        /** {@code schema.name}, unquoted. */
        public String qualifiedName() {
            return schema + "." + name;
        }
    }

    /**
     * A view or materialized view.
     *
     * @param schema its schema
     * @param name its name
     * @param materialized whether it is a materialized view
     * @param definition its query as the server renders it
     */
    public record View(String schema, String name, boolean materialized, String definition) {}

    /**
     * A function or procedure.
     *
     * @param schema its schema
     * @param name its name
     * @param arguments its identity arguments, e.g. {@code "integer, text"}
     * @param kind {@code "function"} or {@code "procedure"}
     * @param result its result type ({@code null} for procedures)
     * @param definition its whole {@code CREATE OR REPLACE} statement as the server renders it
     */
    public record Function(
            String schema, String name, String arguments, String kind, String result, String definition) {}

    /**
     * An installed extension.
     *
     * @param name its name
     * @param version its installed version
     * @param schema the schema its objects are in
     */
    public record Extension(String name, String version, String schema) {}

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static <T> Optional<T> find(
            List<T> items,
            String name,
            java.util.function.Function<T, String> schema,
            java.util.function.Function<T, String> simpleName) {
        List<T> exact = items.stream()
                .filter(i -> name.equals(schema.apply(i) + "." + simpleName.apply(i)))
                .toList();
        if (!exact.isEmpty()) {
            return Optional.of(exact.get(0));
        }
        List<T> bySimpleName =
                items.stream().filter(i -> name.equals(simpleName.apply(i))).toList();
        return bySimpleName.size() == 1 ? Optional.of(bySimpleName.get(0)) : Optional.empty();
    }
}
