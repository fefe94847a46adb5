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
 * {@code pg_dump -Fp}, uncompressed or gzip-compressed.
 *
 * <p><b>Roles</b> referenced by the dump ({@code OWNER TO}, {@code GRANT}, {@code SET ROLE},
 * {@code SET SESSION AUTHORIZATION}) are created as {@code NOLOGIN} roles before the restore.
 *
 * <p>Usable on a test class, on a test method (the closest declaration wins), and as a meta-annotation.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RehearsalExtension.class)
public @interface RestoredFrom {

    /** The backup to restore: a classpath resource or a project-relative path. */
    String value();
}
