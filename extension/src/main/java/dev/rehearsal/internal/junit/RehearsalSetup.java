package dev.rehearsal.internal.junit;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredFrom;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The annotations that apply to one test: the closest declaration wins (method, then class and its superclasses,
 * then the classes enclosing a {@code @Nested} class), meta-annotations included.
 */
record RehearsalSetup(RestoredFrom restoredFrom, Optional<MigratesTo> migratesTo, String where) {

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
        return Optional.of(new RehearsalSetup(restoredFrom.get(), migratesTo, where));
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
