package dev.rehearsal.internal.restore.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.internal.restore.DumpFormat;
import dev.rehearsal.internal.restore.Fixture;
import dev.rehearsal.internal.restore.Fixtures;
import dev.rehearsal.internal.restore.Restorer;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Pagila sample of the repository (samples/fixtures/pagila: pagila-schema.sql, then pagila-data.sql.gz, the two
 * files as published) restored once by Rehearsal and once by psql 15 into the same server: identical databases.
 */
class PagilaSamplesDifferentialTest {
    private static final String PAGILA = "../samples/fixtures/pagila";

    @TempDir
    Path workDir;

    @Test
    void rehearsal_restores_the_pagila_sample_exactly_like_psql() {
        Path projectDir = Path.of("").toAbsolutePath();
        Path pagila = projectDir.resolve(PAGILA).normalize();
        assumeTrue(
                Files.isRegularFile(pagila.resolve("pagila-schema.sql"))
                        && Files.isRegularFile(pagila.resolve("pagila-data.sql.gz")),
                "the Pagila sample is not at " + pagila + " (samples/fixtures/pagila in this repository)");
        String psql = ReferenceRestore.version("psql");
        Fixture schema = Fixtures.resolve(PAGILA + "/pagila-schema.sql", null, projectDir);
        Fixture data = Fixtures.resolve(PAGILA + "/pagila-data.sql.gz", null, projectDir);
        assertThat(data.format()).isEqualTo(DumpFormat.GZIP);

        try (TestDatabase ours = TestPostgres.newDatabase();
                TestDatabase reference = TestPostgres.newDatabase()) {
            Restorer.restore(schema, ours.server(), ours.name());
            Restorer.restore(data, ours.server(), ours.name());
            ReferenceRestore.psql(reference.server(), reference.name(), pagila.resolve("pagila-schema.sql"), workDir);
            ReferenceRestore.psql(reference.server(), reference.name(), pagila.resolve("pagila-data.sql.gz"), workDir);

            CatalogSnapshot expected = CatalogSnapshot.of(reference.server(), reference.name());
            CatalogSnapshot found = CatalogSnapshot.of(ours.server(), ours.name());
            assertThat(expected.lines("relations")).hasSizeGreaterThan(20);
            Differential.assertSame(expected, psql, found, PAGILA);
            assertThat(found.lines(CatalogSnapshot.TABLE_CONTENTS))
                    .filteredOn(line -> List.of("rental", "film", "customer").contains(line.split(" \\| ")[1]))
                    .extracting(line -> line.substring(0, line.lastIndexOf(" | ")))
                    .containsExactly(
                            "public | customer | 599 rows",
                            "public | film | 1000 rows",
                            "public | rental | 16044 rows");
        }
    }
}
