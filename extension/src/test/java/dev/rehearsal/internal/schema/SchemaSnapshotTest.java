package dev.rehearsal.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.rehearsal.SchemaSnapshot;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog snapshot read from a real database: what it holds, its stability, JSON and YAML round trips. */
class SchemaSnapshotTest {
    private static final String SETUP = """
            CREATE EXTENSION IF NOT EXISTS pgcrypto;
            CREATE SCHEMA billing;
            CREATE TYPE billing.state AS ENUM ('open', 'paid', 'void');
            CREATE TABLE billing.customer (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text UNIQUE);
            CREATE TABLE billing.invoice (
                id serial PRIMARY KEY,
                customer_id bigint REFERENCES billing.customer (id) ON DELETE RESTRICT ON UPDATE CASCADE,
                state billing.state NOT NULL DEFAULT 'open',
                net numeric(10, 2) NOT NULL CHECK (net >= 0),
                gross numeric(10, 2) GENERATED ALWAYS AS (net * 1.2) STORED,
                dropped text);
            ALTER TABLE billing.invoice DROP COLUMN dropped;
            CREATE INDEX invoice_open ON billing.invoice (customer_id) WHERE state = 'open';
            CREATE VIEW billing.open_invoice AS SELECT id, net FROM billing.invoice WHERE state = 'open';
            CREATE MATERIALIZED VIEW billing.totals AS SELECT customer_id, sum(net) AS net FROM billing.invoice
                GROUP BY customer_id;
            CREATE FUNCTION billing.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER invoice_touch BEFORE UPDATE ON billing.invoice FOR EACH ROW EXECUTE FUNCTION billing.touch();
            CREATE PROCEDURE billing.noop(a integer) LANGUAGE sql AS $$ SELECT 1 $$;
            INSERT INTO billing.customer (email) VALUES ('a@example.com');
            INSERT INTO billing.invoice (customer_id, net) VALUES (1, 10), (1, 20);
            """;

    private static TestDatabase database;

    @BeforeAll
    static void create() throws Exception {
        database = TestPostgres.newDatabase();
        database.execute(SETUP);
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    private static SchemaSnapshot read() throws Exception {
        try (Connection connection = database.connection()) {
            return CatalogReader.read(connection);
        }
    }

    @Test
    void reads_tables_columns_constraints_indexes_triggers_sequences_enums_views_functions_and_extensions()
            throws Exception {
        SchemaSnapshot snapshot = read();

        SchemaSnapshot.Table invoice = snapshot.table("billing.invoice").orElseThrow();
        assertThat(invoice.columns())
                .extracting(SchemaSnapshot.Column::name, SchemaSnapshot.Column::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("id", 1),
                        org.assertj.core.groups.Tuple.tuple("customer_id", 2),
                        org.assertj.core.groups.Tuple.tuple("state", 3),
                        org.assertj.core.groups.Tuple.tuple("net", 4),
                        org.assertj.core.groups.Tuple.tuple("gross", 5));
        assertThat(invoice.column("state").orElseThrow())
                .isEqualTo(new SchemaSnapshot.Column(
                        "state", 3, "billing.state", true, "'open'::billing.state", null, null));
        assertThat(invoice.column("gross").orElseThrow().generated()).isEqualTo("(net * 1.2)");
        assertThat(invoice.column("gross").orElseThrow().defaultValue()).isNull();
        assertThat(snapshot.table("customer")
                        .orElseThrow()
                        .column("id")
                        .orElseThrow()
                        .identity())
                .isEqualTo("ALWAYS");
        assertThat(invoice.primaryKey())
                .isEqualTo(new SchemaSnapshot.PrimaryKey("invoice_pkey", java.util.List.of("id")));
        assertThat(invoice.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.referencedTable()).isEqualTo("billing.customer");
            assertThat(fk.onDelete()).isEqualTo("RESTRICT");
            assertThat(fk.onUpdate()).isEqualTo("CASCADE");
            assertThat(fk.validated()).isTrue();
        });
        assertThat(invoice.checks())
                .singleElement()
                .satisfies(c -> assertThat(c.definition()).isEqualTo("CHECK ((net >= (0)::numeric))"));
        assertThat(invoice.indexes())
                .extracting(SchemaSnapshot.Index::name)
                .containsExactly("invoice_open", "invoice_pkey");
        assertThat(invoice.triggers())
                .singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("invoice_touch"));
        assertThat(snapshot.table("billing.customer").orElseThrow().uniqueConstraints())
                .singleElement()
                .satisfies(u -> assertThat(u.columns()).containsExactly("email"));
        assertThat(snapshot.sequence("billing.invoice_id_seq").orElseThrow())
                .isEqualTo(new SchemaSnapshot.Sequence(
                        "billing", "invoice_id_seq", "integer", 1, 1, 2L, "billing.invoice.id"));
        assertThat(snapshot.enumType("state").orElseThrow().labels()).containsExactly("open", "paid", "void");
        assertThat(snapshot.views())
                .extracting(SchemaSnapshot.View::name, SchemaSnapshot.View::materialized)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("open_invoice", false),
                        org.assertj.core.groups.Tuple.tuple("totals", true));
        assertThat(snapshot.functions())
                .extracting(SchemaSnapshot.Function::name, SchemaSnapshot.Function::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("noop", "procedure"),
                        org.assertj.core.groups.Tuple.tuple("touch", "function"));
        assertThat(snapshot.extensions())
                .extracting(SchemaSnapshot.Extension::name)
                .contains("pgcrypto", "plpgsql");
        // objects an extension owns (pgcrypto's functions) are not the application's
        assertThat(snapshot.functions()).noneMatch(f -> f.name().equals("gen_random_uuid"));
    }

    @Test
    void two_reads_are_equal_and_json_and_yaml_read_back_to_an_equal_snapshot() throws Exception {
        SchemaSnapshot snapshot = read();

        assertThat(read()).isEqualTo(snapshot);
        assertThat(SchemaSnapshot.fromJson(snapshot.toJson())).isEqualTo(snapshot);
        assertThat(SchemaSnapshot.fromYaml(snapshot.toYaml())).isEqualTo(snapshot);
        assertThat(snapshot.toYaml())
                .startsWith("tables:\n  - schema: billing\n    name: customer\n")
                .doesNotContain("&id");
        assertThat(snapshot.toJson()).doesNotContain("null");
    }

    @Test
    void a_file_that_is_not_a_snapshot_is_refused_naming_the_problem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SchemaSnapshot.fromYaml("- just\n- a list\n"))
                .withMessageContaining("Expected a schema snapshot in YAML");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SchemaSnapshot.fromJson("{\"tables\": [], \"colour\": 1}"))
                .withMessageContaining("colour");
    }

    @Test
    void the_diff_lists_each_difference_in_terms_of_the_object_and_both_sides() throws Exception {
        SchemaSnapshot before = read();
        try (Connection connection = database.connection();
                var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("ALTER TABLE billing.customer ADD COLUMN phone text");
            statement.execute("ALTER TABLE billing.customer ALTER COLUMN email TYPE varchar(200)");
            statement.execute("ALTER TYPE billing.state ADD VALUE 'refunded' BEFORE 'void'");
            statement.execute("DROP INDEX billing.invoice_open");
            SchemaSnapshot after = CatalogReader.read(connection);
            connection.rollback();

            assertThat(new SchemaDiff("upgraded", "fresh install", false, false).differences(after, before))
                    .containsExactly(
                            "column billing.customer.email: type character varying(200) (upgraded) vs text (fresh"
                                    + " install)",
                            "column billing.customer.phone: only in upgraded (fresh install has no such column)",
                            "index billing.invoice invoice_open: missing in upgraded (fresh install has it)",
                            "enum billing.state: labels [open, paid, refunded, void] (upgraded) vs [open, paid, void]"
                                    + " (fresh install)");
        }
    }
}
