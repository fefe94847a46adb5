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
 * Applies the application's migrations to the database restored by {@link RestoredFrom}, exactly as the
 * application's migration tool would in production.
 *
 * <p>Migrations run once per JVM per (fixture, migration files, tool, target) into a second template
 * database, so every test method still gets a fresh clone of the migrated database.
 *
 * <p>Without {@code @MigratesTo} the test gets the database as restored; {@link RestoredDatabase#migrations()}
 * then reads the history from {@value #DEFAULT_MIGRATIONS} (tool detected), so a runbook test can drive
 * {@code deploy()}, {@code resolveRolledBack(…)} and friends step by step.
 *
 * <p>By default a failing migration fails the test before its body runs, with a {@link
 * MigrationFailedException} that tells the whole story. With {@link #allowFailure()} the body runs on the
 * half-upgraded database and can assert on {@link RestoredDatabase#migrations()}.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RehearsalExtension.class)
public @interface MigratesTo {

    /** The target that applies every pending migration. */
    String LATEST = "latest";

    /**
     * The target that applies nothing: the test gets the database as restored, with the history and moves of
     * {@link #migrations()}' tool ({@link RestoredDatabase#migrations()}), to drive them itself, e.g. fix the data
     * first, then {@code deploy()}.
     */
    String NONE = "none";

    /**
     * {@value #LATEST} (default), {@value #NONE}, or a migration id (for Prisma: the migration's folder name): stop
     * after it.
     */
    String value() default LATEST;

    /** The default migrations location, also used by tests without {@code @MigratesTo} that drive migrations. */
    String DEFAULT_MIGRATIONS = "prisma/migrations";

    /**
     * The migrations location: a directory on the classpath or relative to the project directory
     * (for Prisma: the folder holding one sub-folder per migration).
     */
    String migrations() default DEFAULT_MIGRATIONS;

    /** The migration tool; {@link MigrationTool#AUTO} detects it from the layout of {@link #migrations()}. */
    MigrationTool tool() default MigrationTool.AUTO;

    /** When true, a failing migration does not fail the test: the body runs and examines the failure. */
    boolean allowFailure() default false;

    /**
     * The migration tool's settings for this class or method, as {@code "key=value"} entries, e.g. {@code
     * settings = "rehearsal.command.line=npx prisma migrate deploy"} or {@code settings =
     * {"rehearsal.flyway.outOfOrder=true", "rehearsal.flyway.placeholders.owner=app"}}. Each key is one of a tool's
     * keys in {@link ConfigurationKeys} (a nested class per tool, including the keys under a prefix such as {@value
     * ConfigurationKeys.Flyway#PREFIX}); an entry here wins over the same key set for the whole run (system property,
     * JUnit configuration parameter, environment, {@code rehearsal.yml}), and, like those, is part of the migrated
     * template's cache key. A malformed entry, a key that is not a tool's, or a key given twice fails the test before
     * anything runs, saying which.
     */
    String[] settings() default {};

    /**
     * For {@link MigrationTool#COMMAND}: the command line to run, e.g. {@code "npx prisma migrate deploy"}.
     *
     * @deprecated one tool's setting: use {@code settings = "rehearsal.command.line=…"} ({@value
     *     ConfigurationKeys.Command#LINE}) for one class, or the key for the whole run (e.g. in {@code rehearsal.yml}:
     *     {@code command: {line: npx prisma migrate deploy}}), like the tool's other settings. Where this attribute is
     *     set it still works and wins over both.
     */
    @Deprecated(since = "0.1.0")
    String command() default "";

    /**
     * Whether Play Evolutions may run down scripts on its own (Play's {@code autoApplyDowns}).
     *
     * @deprecated one tool's setting: use {@code settings = "rehearsal.play.autoApplyDowns=true"} ({@value
     *     ConfigurationKeys.Play#AUTO_APPLY_DOWNS}) for one class, or the key for the whole run, like Play's other
     *     settings. Where this attribute is true it still works and wins over both.
     */
    @Deprecated(since = "0.1.0")
    boolean allowDowns() default false;
}
