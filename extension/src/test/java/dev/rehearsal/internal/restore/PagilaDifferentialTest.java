package dev.rehearsal.internal.restore;

import static dev.rehearsal.internal.restore.RestoreTesting.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Pagila sample database (samples/fixtures/pagila, a copy of shared/fixtures/pagila with its licence: pagila-schema.sql, then pagila-data.sql.gz) restored once by
 * Rehearsal and once by psql 15 into the same server: tables, columns, constraints, indexes, routines, views and
 * every table's row count and content must be identical.
 */
class PagilaDifferentialTest {
    private static final String PAGILA = "../samples/fixtures/pagila";

    @TempDir
    Path workDir;

    @Test
    void rehearsal_restores_pagila_exactly_like_psql() {
        Path projectDir = Path.of("").toAbsolutePath();
        Path pagila = projectDir.resolve(PAGILA).normalize();
        assumeTrue(
                Files.isRegularFile(pagila.resolve("pagila-schema.sql"))
                        && Files.isRegularFile(pagila.resolve("pagila-data.sql.gz")),
                "the Pagila fixture is not at " + pagila + " (samples/fixtures/pagila in this repository)");
        PsqlBaseline.assumePsqlInstalled();
        Fixture schema = Fixtures.resolve(PAGILA + "/pagila-schema.sql", null, projectDir);
        Fixture data = Fixtures.resolve(PAGILA + "/pagila-data.sql.gz", null, projectDir);
        assertThat(data.format()).isEqualTo(Fixtures.GZIP);

        try (TestDatabase ours = TestPostgres.newDatabase();
                TestDatabase psql = TestPostgres.newDatabase()) {
            Restorer.restore(schema, ours.server(), ours.name());
            Restorer.restore(data, ours.server(), ours.name());
            PsqlBaseline.restore(psql, schema, workDir);
            PsqlBaseline.restore(psql, data, workDir);

            Map<String, List<String>> expected = CatalogSnapshot.of(psql);
            Map<String, List<String>> actual = CatalogSnapshot.of(ours);
            assertThat(expected.get("relations")).hasSizeGreaterThan(20);
            assertThat(actual.get("relations")).as("tables, views, sequences").isEqualTo(expected.get("relations"));
            assertThat(actual.get("columns")).as("columns").isEqualTo(expected.get("columns"));
            assertThat(actual.get("constraints")).as("constraints").isEqualTo(expected.get("constraints"));
            assertThat(actual.get("indexes")).as("indexes").isEqualTo(expected.get("indexes"));
            assertThat(CatalogSnapshot.rowCounts(ours)).as("row counts").isEqualTo(CatalogSnapshot.rowCounts(psql));
            assertThat(actual).as("whole catalog and table contents").isEqualTo(expected);

            assertThat(value(ours, "SELECT count(*) FROM public.rental")).isEqualTo("16044");
            assertThat(value(ours, "SELECT count(*) FROM public.payment")).isEqualTo("16049");
            assertThat(value(ours, "SELECT count(*) FROM public.film")).isEqualTo("1000");
            assertThat(value(ours, "SELECT count(*) FROM public.customer")).isEqualTo("599");
        }
    }
}
