package dev.rehearsal.internal.restore.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.RoleHandling;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * pg_restore's selection, passes and added statements, on TOC entries written the way pg_dump writes them (the
 * pg_dump 17 large-object entries are not in any fixture: only pg_dump 15 is installed here).
 */
class RestorePlanTest {

    private static TocEntry entry(int dumpId, String desc, String tag, String defn, String drop, String owner) {
        return entry(dumpId, desc, tag, defn, drop, owner, List.of(), false);
    }

    private static TocEntry entry(
            int dumpId,
            String desc,
            String tag,
            String defn,
            String drop,
            String owner,
            List<Integer> dependencies,
            boolean hadDumper) {
        TocSection section = desc.equals("TABLE DATA") || desc.equals("BLOBS") ? TocSection.DATA : TocSection.PRE_DATA;
        return new TocEntry(
                dumpId,
                hadDumper,
                0,
                0,
                tag,
                desc,
                section,
                defn,
                drop,
                "",
                desc.equals("BLOB METADATA") || desc.equals("SCHEMA") || desc.startsWith("ACL")
                        ? Optional.empty()
                        : Optional.of("app"),
                Optional.empty(),
                Optional.empty(),
                0,
                owner,
                dependencies,
                hadDumper);
    }

    private final List<TocEntry> toc = List.of(
            entry(1, "ENCODING", "ENCODING", "SET client_encoding = 'UTF8';\n", "", ""),
            entry(2, "DATABASE", "app", "CREATE DATABASE app;\n", "DROP DATABASE app;\n", "app_owner"),
            entry(3, "SCHEMA", "app", "CREATE SCHEMA app;\n", "DROP SCHEMA app;\n", "app_owner"),
            entry(4, "ACL", "SCHEMA app", "GRANT USAGE ON SCHEMA app TO reader;\n", "", "app_owner"),
            entry(5, "COMMENT", "DATABASE app", "COMMENT ON DATABASE app IS 'x';\n", "", "app_owner"),
            entry(6, "TABLE", "t", "CREATE TABLE app.t (id integer);\n", "DROP TABLE app.t;\n", "app_owner"),
            entry(7, "MATERIALIZED VIEW DATA", "mv", "REFRESH MATERIALIZED VIEW app.mv;\n", "", "app_owner"),
            entry(8, "EVENT TRIGGER", "et", "CREATE EVENT TRIGGER et …;\n", "DROP EVENT TRIGGER et;\n", "postgres"),
            entry(9, "COMMENT", "EVENT TRIGGER et", "COMMENT ON EVENT TRIGGER et IS 'x';\n", "", "postgres"),
            entry(10, "TABLE DATA", "t", "", "", "app_owner", List.of(6), true),
            entry(11, "SEQUENCE SET", "s", "SELECT pg_catalog.setval('app.s', 3, true);\n", "", "app_owner"),
            entry(12, "DEFAULT ACL", "DEFAULT PRIVILEGES FOR TABLES", "ALTER DEFAULT PRIVILEGES …;\n", "", "x"),
            entry(13, "INDEX", "t_idx", "CREATE INDEX t_idx ON app.t (id);\n", "DROP INDEX app.t_idx;\n", "app_owner"));

    @Test
    void entries_run_in_the_main_pass_then_the_acl_pass_then_the_post_acl_pass() {
        RestorePlan plan = RestorePlan.of(toc, RoleHandling.CREATE_MISSING);
        assertThat(plan.steps())
                .extracting(step -> step.entry().dumpId() + " " + step.pass())
                .containsExactly(
                        "3 MAIN",
                        "6 MAIN",
                        "10 MAIN",
                        "11 MAIN",
                        "13 MAIN",
                        "4 ACL",
                        "12 ACL",
                        "7 POST_ACL",
                        "8 POST_ACL",
                        "9 POST_ACL");
    }

    @Test
    void data_entries_load_data_and_sequence_values_run_their_definition() {
        RestorePlan plan = RestorePlan.of(toc, RoleHandling.CREATE_MISSING);
        RestorePlan.Step tableData = step(plan, 10);
        assertThat(tableData.loadsData()).isTrue();
        assertThat(tableData.runsDefinition()).isFalse();
        RestorePlan.Step sequenceSet = step(plan, 11);
        assertThat(sequenceSet.schema()).isFalse();
        assertThat(sequenceSet.data()).isTrue();
        assertThat(sequenceSet.runsDefinition()).isTrue();
        assertThat(sequenceSet.loadsData()).isFalse();
        assertThat(plan.restoresDefinition(toc.get(5))).isTrue();
    }

    @Test
    void skipping_roles_leaves_out_acl_entries_like_no_privileges() {
        RestorePlan plan = RestorePlan.of(toc, RoleHandling.SKIP);
        assertThat(plan.steps()).extracting(step -> step.entry().dumpId()).containsExactly(3, 6, 10, 11, 13, 7, 8, 9);
    }

    @Test
    void owners_are_set_like_pg_restore_does_without_set_session_authorization() {
        assertThat(RestoreStatements.alterOwner(toc.get(5)))
                .contains("ALTER TABLE \"app\".\"t\" OWNER TO \"app_owner\";");
        assertThat(RestoreStatements.alterOwner(toc.get(2))).contains("ALTER SCHEMA \"app\" OWNER TO \"app_owner\";");
        assertThat(RestoreStatements.alterOwner(toc.get(12))).isEmpty(); // indexes have no owner of their own
        assertThat(RestoreStatements.alterOwner(toc.get(10))).isEmpty(); // no DROP statement: not ownable
        TocEntry function = entry(
                20,
                "FUNCTION",
                "f(integer)",
                "CREATE FUNCTION app.f(integer) …;\n",
                "DROP FUNCTION app.f(integer);\n",
                "Odd \"Owner\"");
        assertThat(RestoreStatements.alterOwner(function))
                .contains("ALTER FUNCTION app.f(integer) OWNER TO \"Odd \"\"Owner\"\"\";");
        TocEntry view = entry(21, "VIEW", "v", "CREATE VIEW app.v AS …;\n", "DROP VIEW app.v;\n", "app_owner");
        assertThat(RestoreStatements.alterOwner(view)).contains("ALTER TABLE \"app\".\"v\" OWNER TO \"app_owner\";");
        TocEntry blob = entry(
                22,
                "BLOB",
                "4242",
                "SELECT pg_catalog.lo_create('4242');\n",
                "SELECT pg_catalog.lo_unlink('4242');\n",
                "app_owner");
        assertThat(RestoreStatements.alterOwner(blob)).contains("ALTER LARGE OBJECT 4242 OWNER TO \"app_owner\";");
    }

    @Test
    void blob_metadata_of_pg_dump_17_creates_and_owns_each_large_object() {
        TocEntry metadata = entry(
                30, "BLOB METADATA", "16384..16386", "16384\n16385\n16386\n", "16384\n16385\n16386\n", "app_owner");
        assertThat(RestorePlan.required(metadata, RoleHandling.CREATE_MISSING)).isEqualTo(2); // data only
        assertThat(RestoreStatements.createLargeObjects(metadata))
                .containsExactly(
                        "SELECT pg_catalog.lo_create('16384');",
                        "SELECT pg_catalog.lo_create('16385');",
                        "SELECT pg_catalog.lo_create('16386');");
        assertThat(RestoreSteps.ownerStatements(metadata))
                .containsExactly(
                        "ALTER LARGE OBJECT 16384 OWNER TO \"app_owner\";",
                        "ALTER LARGE OBJECT 16385 OWNER TO \"app_owner\";",
                        "ALTER LARGE OBJECT 16386 OWNER TO \"app_owner\";");
    }

    @Test
    void a_large_objects_acl_of_pg_dump_17_applies_to_every_object_of_its_metadata_entry() {
        TocEntry metadata = entry(30, "BLOB METADATA", "16384..16385", "16384\n16385\n", "x", "app_owner");
        TocEntry acl = entry(
                31,
                "ACL",
                "LARGE OBJECTS 16384..16385",
                "GRANT SELECT ON LARGE OBJECT 16384 TO \"LARGE OBJECT 1 reader\";\n"
                        + "GRANT SELECT,UPDATE ON LARGE OBJECT 16384 TO app_writer WITH GRANT OPTION;\n",
                "",
                "app_owner",
                List.of(30),
                false);
        assertThat(RestorePlan.required(acl, RoleHandling.CREATE_MISSING)).isEqualTo(2);
        assertThat(RestorePlan.pass(acl)).isEqualTo(RestorePlan.Pass.ACL);
        assertThat(RestoreStatements.perLargeObjectAcl(acl, metadata))
                .containsExactly(
                        "GRANT SELECT ON LARGE OBJECT 16384 TO \"LARGE OBJECT 1 reader\";",
                        "GRANT SELECT ON LARGE OBJECT 16385 TO \"LARGE OBJECT 1 reader\";",
                        "GRANT SELECT,UPDATE ON LARGE OBJECT 16384 TO app_writer WITH GRANT OPTION;",
                        "GRANT SELECT,UPDATE ON LARGE OBJECT 16385 TO app_writer WITH GRANT OPTION;");
    }

    @Test
    void load_via_partition_root_data_is_recognised_from_its_copy_statement() {
        TocEntry direct = new TocEntry(
                40,
                true,
                0,
                0,
                "Order",
                "TABLE DATA",
                TocSection.DATA,
                "",
                "",
                "COPY app.\"Order\" (id) FROM stdin;\n",
                Optional.of("app"),
                Optional.empty(),
                Optional.empty(),
                0,
                "o",
                List.of(),
                true);
        TocEntry viaRoot = new TocEntry(
                41,
                true,
                0,
                0,
                "m_2023",
                "TABLE DATA",
                TocSection.DATA,
                "",
                "",
                "COPY app.m (id) FROM stdin;\n",
                Optional.of("app"),
                Optional.empty(),
                Optional.empty(),
                0,
                "o",
                List.of(),
                true);
        TocEntry marked = new TocEntry(
                42,
                true,
                0,
                0,
                "m_2024",
                "TABLE DATA",
                TocSection.DATA,
                "-- load via partition root app.m",
                "",
                "COPY app.m_2024 (id) FROM stdin;\n",
                Optional.of("app"),
                Optional.empty(),
                Optional.empty(),
                0,
                "o",
                List.of(),
                true);
        assertThat(RestoreSteps.loadsViaPartitionRoot(direct)).isFalse();
        assertThat(RestoreSteps.loadsViaPartitionRoot(viaRoot)).isTrue();
        assertThat(RestoreSteps.loadsViaPartitionRoot(marked)).isTrue();
    }

    private static RestorePlan.Step step(RestorePlan plan, int dumpId) {
        return plan.steps().stream()
                .filter(step -> step.entry().dumpId() == dumpId)
                .findFirst()
                .orElseThrow();
    }
}
