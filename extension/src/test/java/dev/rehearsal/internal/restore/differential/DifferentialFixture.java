package dev.rehearsal.internal.restore.differential;

import dev.rehearsal.RoleHandling;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One fixture file of src/test/resources/restore/differential (made by src/test/fixtures/differential/generate.sh),
 * how Rehearsal restores it and how the reference tool does.
 *
 * @param file the file (or directory) name under {@value #DIRECTORY}, restored by Rehearsal
 * @param reference {@link Reference#PSQL} for plain scripts, {@link Reference#PG_RESTORE} for archives
 * @param roles Rehearsal's role handling; with {@link RoleHandling#SKIP} pg_restore runs with {@code --no-owner
 *     --no-privileges}, and psql restores {@code referenceFile}, the same database dumped with those options
 * @param referenceFile the file the reference tool restores: {@code file} itself, except for plain scripts with
 *     {@link RoleHandling#SKIP}
 */
public record DifferentialFixture(String file, Reference reference, RoleHandling roles, String referenceFile) {
    /** The classpath folder of the fixtures. */
    public static final String DIRECTORY = "restore/differential/";

    /** The roles the fixtures refer to (owners, grantees), named so that no other test uses them. */
    public static final List<String> ROLES = List.of("diff_owner", "diff_reader", "diff_writer", "Diff Auditors");

    /** The feature databases of generate.sh; each is dumped in all four formats, like Pagila. */
    public static final List<String> SOURCES = List.of(
            "pagila",
            "column-types",
            "large-objects",
            "partitions",
            "generated-identity",
            "user-types",
            "matviews",
            "foreign-keys",
            "triggers",
            "routines");

    /** How the reference restore is made. */
    public enum Reference {
        PSQL,
        PG_RESTORE
    }

    /** {@code file} restored with the default role handling, by the reference tool too. */
    public DifferentialFixture(String file, Reference reference) {
        this(file, reference, RoleHandling.CREATE_MISSING, file);
    }

    /**
     * Whether the fixture needs a superuser to restore, on Rehearsal's side too, so its proof runs on {@link
     * dev.rehearsal.testing.TestPostgres#superuserServer()} (the opt-in): {@code triggers} has an event trigger,
     * {@code routines} a {@code LEAKPROOF} function, which only a superuser may create. Every other fixture is restored
     * confined ({@code rehearsal.embedded.superuser=false}) and compared with psql's or pg_restore's restore as a superuser.
     */
    public boolean needsSuperuser() {
        return file.startsWith("triggers") || file.startsWith("routines");
    }

    /** The classpath location, e.g. {@code restore/differential/partitions.custom}. */
    public String location() {
        return DIRECTORY + file;
    }

    /** The fixture on disk (test resources are files on the test classpath). */
    public Path path() {
        return pathOf(file);
    }

    /** The file the reference tool restores, on disk. */
    public Path referencePath() {
        return pathOf(referenceFile);
    }

    private static Path pathOf(String file) {
        String location = DIRECTORY + file;
        URL url = DifferentialFixture.class.getClassLoader().getResource(location);
        if (url == null) {
            throw new IllegalStateException(location + " is not on the test classpath; regenerate the fixtures with"
                    + " src/test/fixtures/differential/generate.sh");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return roles == RoleHandling.SKIP ? file + " (roles = SKIP)" : file;
    }

    /**
     * Plain scripts: every source's .sql (Pagila's as pagila.sql.gz, compressed by pg_dump itself), and column-types
     * compressed by pg_dump (gzip) and whole with the zstd and lz4 tools (what pg_dump 16+ writes with -Z zstd/lz4).
     */
    static Stream<DifferentialFixture> plainScripts() {
        return Stream.concat(
                        SOURCES.stream().map(source -> source.equals("pagila") ? "pagila.sql.gz" : source + ".sql"),
                        Stream.of("column-types.sql.gz", "column-types.sql.zst", "column-types.sql.lz4"))
                .map(file -> new DifferentialFixture(file, Reference.PSQL));
    }

    /**
     * Fixtures full of owners and privileges restored with {@link RoleHandling#SKIP}: plain scripts against psql
     * restoring the {@code --no-owner --no-privileges} dump of the same database, archives against {@code pg_restore
     * --no-owner --no-privileges}.
     */
    static Stream<DifferentialFixture> withoutRoles() {
        return Stream.of(
                new DifferentialFixture("triggers.sql", Reference.PSQL, RoleHandling.SKIP, "triggers.no-owner.sql"),
                new DifferentialFixture("routines.sql", Reference.PSQL, RoleHandling.SKIP, "routines.no-owner.sql"),
                new DifferentialFixture(
                        "large-objects.custom", Reference.PG_RESTORE, RoleHandling.SKIP, "large-objects.custom"),
                new DifferentialFixture("routines.tar", Reference.PG_RESTORE, RoleHandling.SKIP, "routines.tar"),
                new DifferentialFixture("user-types.dir", Reference.PG_RESTORE, RoleHandling.SKIP, "user-types.dir"));
    }

    /** Custom, directory and tar archives of every source, and one custom archive without compression. */
    static Stream<DifferentialFixture> archives() {
        return Stream.concat(
                SOURCES.stream()
                        .flatMap(source -> Stream.of(source + ".custom", source + ".dir", source + ".tar"))
                        .map(file -> new DifferentialFixture(file, Reference.PG_RESTORE)),
                Stream.of(new DifferentialFixture("large-objects.z0.custom", Reference.PG_RESTORE)));
    }
}
