package dev.rehearsal.internal.restore;

import static dev.rehearsal.internal.restore.RestoreTesting.restoreText;
import static dev.rehearsal.internal.restore.RestoreTesting.rows;
import static dev.rehearsal.internal.restore.RestoreTesting.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index builds of a script's post-data part (pg_dump's shapes only) run on a worker session while the script's
 * session builds the next ones; the result and a failure's report are the same as psql's.
 */
class IndexBuildTest {
    @TempDir
    Path dir;

    @Test
    void only_the_index_builds_pg_dump_writes_are_recognised() {
        assertThat(IndexBuild.table("CREATE INDEX film_title ON public.film USING btree (title);", true))
                .contains("public.film");
        assertThat(IndexBuild.table("CREATE UNIQUE INDEX u ON ONLY public.\"Odd\" (a);", true))
                .contains("public.\"Odd\"");
        assertThat(IndexBuild.table(
                        "ALTER TABLE ONLY public.actor\n    ADD CONSTRAINT actor_pkey PRIMARY KEY (actor_id);", true))
                .contains("public.actor");
        assertThat(IndexBuild.table("ALTER TABLE t ADD CONSTRAINT u UNIQUE (a)", true))
                .contains("t");
        assertThat(IndexBuild.table("ALTER TABLE ONLY t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u;", true))
                .isEmpty();
        assertThat(IndexBuild.table("ALTER TABLE ONLY t ADD CONSTRAINT c CHECK (a > 0);", true))
                .isEmpty();
        assertThat(IndexBuild.table("CREATE INDEX CONCURRENTLY i ON t (a);", true))
                .isEmpty();
        assertThat(IndexBuild.table("CREATE INDEX IF NOT EXISTS i ON t (a);", true))
                .isEmpty();
        assertThat(IndexBuild.table("CREATE INDEX ON t (a);", true)).isEmpty();
        assertThat(IndexBuild.table("CREATE INDEX i ON t (a)\\; DROP TABLE u;", true))
                .isEmpty();
        assertThat(IndexBuild.table("CREATE TABLE t (a int);", true)).isEmpty();
    }

    @Test
    void index_builds_on_several_sessions_leave_what_psql_leaves() {
        StringBuilder script = new StringBuilder();
        for (int t = 1; t <= 6; t++) {
            script.append("CREATE TABLE t")
                    .append(t)
                    .append(" (id int, v text);\n")
                    .append("INSERT INTO t")
                    .append(t)
                    .append(" SELECT i, 'v' || i FROM generate_series(1, 20000) i;\n");
        }
        script.append("CREATE TABLE p (id int NOT NULL) PARTITION BY RANGE (id);\n")
                .append("CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (100);\n");
        for (int t = 1; t <= 6; t++) {
            script.append("ALTER TABLE ONLY t")
                    .append(t)
                    .append(" ADD CONSTRAINT t")
                    .append(t)
                    .append("_pkey PRIMARY KEY (id);\n")
                    .append("CREATE INDEX t")
                    .append(t)
                    .append("_v ON t")
                    .append(t)
                    .append(" (v);\n");
        }
        script.append("ALTER TABLE ONLY p ADD CONSTRAINT p_pkey PRIMARY KEY (id);\n")
                .append("ALTER TABLE ONLY t2 ADD CONSTRAINT t2_t1 FOREIGN KEY (id) REFERENCES t1;\n")
                .append("COMMENT ON INDEX t6_v IS 'built';\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreText(db, dir, script.toString());
            assertThat(rows(
                            db,
                            "SELECT indexrelid::regclass || ' ' || indisvalid FROM pg_index"
                                    + " WHERE indrelid::regclass::text ~ '^(t[0-9]|p)$' ORDER BY 1"))
                    .containsExactly(
                            "p_pkey false",
                            "t1_pkey true",
                            "t1_v true",
                            "t2_pkey true",
                            "t2_v true",
                            "t3_pkey true",
                            "t3_v true",
                            "t4_pkey true",
                            "t4_v true",
                            "t5_pkey true",
                            "t5_v true",
                            "t6_pkey true",
                            "t6_v true");
            assertThat(value(db, "SELECT obj_description('t6_v'::regclass)")).isEqualTo("built");
            assertThat(value(db, "SELECT count(*) FROM pg_constraint WHERE conname = 't2_t1'"))
                    .isEqualTo("1");
        }
    }

    @Test
    void a_failing_index_build_on_a_worker_names_its_line_and_stops_the_restore() {
        Assumptions.assumeTrue(ParallelCopies.WORKERS > 0, "one core: no worker sessions");
        String script = String.join(
                "\n",
                "CREATE TABLE a (id int);",
                "INSERT INTO a SELECT i % 1000 FROM generate_series(1, 50000) i;",
                "CREATE TABLE b (id int);",
                "ALTER TABLE ONLY a ADD CONSTRAINT a_pkey PRIMARY KEY (id);",
                "CREATE INDEX b_id ON b (id);",
                "CREATE TABLE after_the_indexes (id int);",
                "");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> restoreText(db, dir, script))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("at script.sql:4")
                    .hasMessageContaining("ALTER TABLE ONLY a ADD CONSTRAINT a_pkey PRIMARY KEY (id);")
                    .hasMessageContaining("could not create unique index \"a_pkey\"")
                    .hasMessageContaining(ScriptCopyIn.ON_A_WORKER);
            assertThat(value(db, "SELECT to_regclass('after_the_indexes') IS NULL"))
                    .isEqualTo("t");
        }
    }
}
