package dev.rehearsal.spring.internal;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JUnit contexts of the test class and test method running on this thread, published by {@link
 * RehearsalSpringExtension} before any of JUnit's before-callbacks: Spring's listener and the {@code DataSource} need
 * them to reach Rehearsal's Store, and cannot get them from Spring's {@code TestContext}.
 */
final class RunningTests {
    private static final ThreadLocal<ExtensionContext> CLASS = new ThreadLocal<>();
    private static final ThreadLocal<ExtensionContext> METHOD = new ThreadLocal<>();

    private RunningTests() {}

    static void classStarting(ExtensionContext context) {
        CLASS.set(context);
    }

    static void classEnded() {
        CLASS.remove();
    }

    static void methodStarting(ExtensionContext context) {
        METHOD.set(context);
    }

    static void methodEnded() {
        METHOD.remove();
    }

    /** The class context running on this thread, if any. */
    static Optional<ExtensionContext> currentClass() {
        return Optional.ofNullable(CLASS.get());
    }

    /** The method context of {@code method} on {@code instance}, when that test is the one running on this thread. */
    static Optional<ExtensionContext> method(Object instance, Method method) {
        ExtensionContext context = METHOD.get();
        if (context == null
                || !context.getTestMethod().map(method::equals).orElse(false)
                || context.getTestInstance().map(i -> i != instance).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(context);
    }
}
