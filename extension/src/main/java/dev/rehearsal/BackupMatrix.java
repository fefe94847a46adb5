package dev.rehearsal;

import dev.rehearsal.internal.junit.BackupMatrixExtension;
import dev.rehearsal.internal.junit.ClassTemplateCheck;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the whole test class once per backup its {@link RestoredFrom} lists: a team that keeps one backup per past
 * release learns that each of them upgrades.
 *
 * <pre>{@code
 * @BackupMatrix
 * @RestoredFrom({"backups/release_1.sql.gz", "backups/release_2.dump"})
 * @MigratesTo(migrations = "prisma/migrations")
 * class EveryReleaseUpgradesTests { … }
 * }</pre>
 *
 * <p>Each run is a JUnit class template invocation named after its backup ({@code [1] backups/release_1.sql.gz}), with
 * its own {@code @BeforeAll}/{@code @AfterAll}, test instances and results; {@link RestoredDatabase#fixture()} says
 * which backup a test got and which release that backup is at ({@link FixtureInfo#release()}).
 *
 * <p><b>{@code @BeforeAll}/{@code @AfterAll}</b> methods of a class template run once around all the runs, so they
 * get no {@link RestoredDatabase} (the error says so); {@code @BeforeEach}/{@code @AfterEach} and tests get their
 * run's backup.
 *
 * <p><b>JUnit Jupiter 5.13 or newer</b> (class templates came with 5.13). On JUnit 5.10 to 5.12 a class annotated
 * with it fails before any test runs, with an {@code ExtensionConfigurationException} that says so: there, write one
 * class per backup (e.g. subclasses of an abstract class that holds the tests, each with its own
 * {@code @RestoredFrom}). Classes without this annotation are unaffected on every supported JUnit.
 *
 * <p>Usable on a test class and as a meta-annotation; inherited by subclasses.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ClassTemplate
@ExtendWith(ClassTemplateCheck.class) // first: on Jupiter < 5.13 it fails, saying so, before JUnit loads the next
@ExtendWith(BackupMatrixExtension.class)
public @interface BackupMatrix {}
