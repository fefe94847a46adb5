package dev.rehearsal.internal.junit;

import dev.rehearsal.BackupMatrix;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredFrom;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The annotations that apply to one test: the closest declaration wins (method, then class and its superclasses,
 * then the classes enclosing a {@code @Nested} class), meta-annotations included.
 */
record RehearsalSetup(RestoredFrom restoredFrom, String location, Optional<MigratesTo> migratesTo, String where) {

    /** The setup for the context, or empty when no {@link RestoredFrom} applies. */
    static Optional<RehearsalSetup> of(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Optional<Method> method = context.getTestMethod();
        String where = testClass.getName() + method.map(m -> "#" + m.getName()).orElse("");
        Optional<RestoredFrom> restoredFrom = closest(method, testClass, RestoredFrom.class);
        Optional<MigratesTo> migratesTo = closest(method, testClass, MigratesTo.class);
        if (restoredFrom.isEmpty()) {
            if (migratesTo.isPresent()) {
                throw new ExtensionConfigurationException("@MigratesTo on [" + where + "] needs a database to migrate:"
                        + " expected @RestoredFrom on the test method, its class or an enclosing class, found none."
                        + " Add e.g. @RestoredFrom(\"backups/prod.sql.gz\").");
            }
            return Optional.empty();
        }
        return Optional.of(new RehearsalSetup(
                restoredFrom.get(), location(context, restoredFrom.get(), where), migratesTo, where));
    }

    /**
     * The one backup this context restores: the only one listed, or the one its {@link BackupMatrix} invocation runs
     * on (recorded in the Store by {@link BackupMatrixExtension}).
     */
    private static String location(ExtensionContext context, RestoredFrom restoredFrom, String where) {
        String[] backups = restoredFrom.value();
        if (backups.length == 1) {
            return backups[0];
        }
        if (backups.length == 0) {
            throw new ExtensionConfigurationException("@RestoredFrom on [" + where + "] names no backup: expected a"
                    + " classpath resource or project-relative path such as \"backups/prod.sql.gz\".");
        }
        Object selected = context.getStore(StoreSupport.NAMESPACE).get(SelectedBackup.class);
        if (selected instanceof SelectedBackup backup && Arrays.asList(backups).contains(backup.location())) {
            return backup.location();
        }
        throw new ExtensionConfigurationException(severalBackups(context, where, backups));
    }

    private static String severalBackups(ExtensionContext context, String where, String[] backups) {
        String listed = "@RestoredFrom on [" + where + "] lists " + backups.length + " backups "
                + Arrays.toString(backups) + "; ";
        if (context.getTestMethod().isEmpty()
                && AnnotationSupport.isAnnotated(context.getRequiredTestClass(), BackupMatrix.class)) {
            return listed + "@BeforeAll and @AfterAll methods of a @BackupMatrix class run once around the runs of"
                    + " all of them (JUnit class templates), so they get no RestoredDatabase. Expected the"
                    + " RestoredDatabase parameter on a @Test or @BeforeEach/@AfterEach method, which run on the"
                    + " backup of their run.";
        }
        Optional<String> jupiter = JupiterVersion.found();
        if (jupiter.isPresent() && !JupiterVersion.atLeast(jupiter.get(), 5, 13)) {
            return listed + ClassTemplateCheck.message(jupiter.get());
        }
        return listed + "expected one, or @BackupMatrix on the test class to run the class once per backup (a test"
                + " method names one backup).";
    }

    private static <A extends Annotation> Optional<A> closest(
            Optional<Method> method, Class<?> testClass, Class<A> type) {
        if (method.isPresent()) {
            Optional<A> found = AnnotationSupport.findAnnotation((AnnotatedElement) method.get(), type);
            if (found.isPresent()) {
                return found;
            }
        }
        for (Class<?> current = testClass; current != null; current = enclosingOfInner(current)) {
            Optional<A> found = AnnotationSupport.findAnnotation(current, type);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The enclosing class of an inner (non-static, i.e. {@code @Nested}) class. */
    private static Class<?> enclosingOfInner(Class<?> type) {
        return Modifier.isStatic(type.getModifiers()) ? null : type.getEnclosingClass();
    }
}
