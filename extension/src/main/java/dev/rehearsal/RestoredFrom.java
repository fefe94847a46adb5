package dev.rehearsal;

import dev.rehearsal.internal.junit.RehearsalExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Restores a pg_dump backup into a real PostgreSQL server and injects it as a {@link RestoredDatabase}.
 *
 * <p>The fixture is restored once per JVM into a template database; every test method gets its own clone
 * ({@code CREATE DATABASE … TEMPLATE … STRATEGY FILE_COPY}), dropped after the test and kept, with its JDBC
 * URL printed, when the test failed. Combine it with {@link MigratesTo} to apply the application's migrations.
 *
 * <p><b>Location.</b> A classpath resource first, then a path relative to the project (working) directory.
 * {@code ${env:NAME}} and {@code ${sys:name}} are expanded, so CI can point a test at last night's backup.
 *
 * <p><b>Formats</b> (detected from content, never from the file name): plain SQL scripts written by
 * {@code pg_dump -Fp} (or {@code pg_restore -f}), uncompressed or compressed whole with gzip, zstd or lz4 (frame
 * format), and {@code pg_dumpall} cluster scripts, also compressed, of which one database is restored (see
 * {@link #database()}); and pg_dump archives, read natively in pg_restore's order: custom ({@code -Fc}),
 * directory ({@code -Fd}) and tar ({@code -Ft}), with data uncompressed or compressed by gzip, lz4 or zstd.
 *
 * <p><b>Roles</b> referenced by the dump ({@code OWNER TO}, {@code GRANT}, {@code SET ROLE},
 * {@code SET SESSION AUTHORIZATION}) are created as {@code NOLOGIN} roles before the restore, and a pg_dumpall
 * script's own roles with their attributes and memberships; or ownership and privileges are skipped
 * altogether (see {@link #roles()}). Roles are cluster-wide: a role that already exists on the server is never
 * changed or dropped.
 *
 * <p><b>Left out</b>, with a note in the log ({@code System.Logger} {@code dev.rehearsal.internal.restore.Restorer},
 * level {@code INFO}): tablespaces (their objects go to the default tablespace) and cluster-wide settings
 * ({@code ALTER SYSTEM}, {@code GRANT … ON PARAMETER}, {@code ALTER ROLE … SET}), which would change the whole
 * shared server.
 *
 * <p><b>Fails before anything runs</b> when the dump comes from a newer PostgreSQL major version than the server,
 * and when it creates an extension the server does not have; each message says how to get a fitting server. A dump
 * written by a newer pg_dump major version than the server (e.g. pg_dump 18 of a PostgreSQL 17 database) is
 * restored with a logged warning, which a failure repeats: PostgreSQL does not guarantee that it loads.
 *
 * <p><b>Several backups</b> ({@code @RestoredFrom({"backups/v1.sql.gz", "backups/v2.dump"})}) on a class that is
 * also annotated {@link BackupMatrix @BackupMatrix} run the whole class once per backup, each run named after its
 * backup (JUnit Jupiter 5.13 or newer). Without {@code @BackupMatrix}, or on an older Jupiter, several backups are an
 * error that says what to do; a test method names one backup.
 *
 * <p>Usable on a test class, on a test method (the closest declaration wins), and as a meta-annotation.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RehearsalExtension.class)
public @interface RestoredFrom {

    /**
     * The backup to restore: a classpath resource or a project-relative path; several on a {@link BackupMatrix} class,
     * which then runs once per backup.
     */
    String[] value();

    /**
     * How ownership and privileges are restored: {@link RoleHandling#CREATE_MISSING} (default) creates the roles
     * the dump refers to, so owners and grants are as in production; {@link RoleHandling#SKIP} restores neither
     * (like {@code pg_restore --no-owner --no-privileges}) and creates no role. Part of the restore key: the same
     * file restored both ways is restored twice.
     */
    RoleHandling roles() default RoleHandling.CREATE_MISSING;

    /**
     * For a {@code pg_dumpall} cluster script: which of its databases the test gets, restored under the test
     * database's name, together with the cluster's roles. By default ({@code ""}) the only database that is not a
     * template or an empty {@code postgres}; when there are several, the error lists them. Must be empty for
     * every other kind of fixture.
     *
     * <pre>{@code @RestoredFrom(value = "backups/cluster.sql.gz", database = "billing")}</pre>
     */
    String database() default "";
}
