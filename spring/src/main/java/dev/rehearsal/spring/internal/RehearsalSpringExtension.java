package dev.rehearsal.spring.internal;

import dev.rehearsal.internal.junit.RehearsalExtension;
import dev.rehearsal.spring.AutoConfigureRehearsal;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The JUnit side of {@link AutoConfigureRehearsal}. Spring opens a test's transaction in {@code
 * SpringExtension.beforeEach}, which may run before or after Rehearsal's own {@code beforeEach} (JUnit orders them by
 * where their annotations are declared), so this extension acts earlier, when JUnit evaluates execution conditions
 * (always before any before-callback): it publishes the running class and method (see {@link RunningTests}) and
 * contributes the application's migration settings to Rehearsal, so that whichever callback prepares the test's
 * database first prepares it with them. It never disables a test.
 *
 * <p>Internal, not API.
 */
public final class RehearsalSpringExtension implements ExecutionCondition, AfterEachCallback, AfterAllCallback {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            requireSpringTest(context);
            RunningTests.classStarting(context);
            return ConditionEvaluationResult.enabled("Rehearsal: the class's Spring DataSource follows its tests");
        }
        RunningTests.methodStarting(context);
        // The context is loaded by now: Spring injected the test instance while JUnit prepared the method.
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        RehearsalDataSource dataSource = RehearsalDataSource.of(application, context.getRequiredTestClass());
        Map<String, String> settings = dataSource.migrationSettings();
        context.getParent().ifPresent(parent -> RehearsalExtension.contributeSettings(parent, settings));
        RehearsalExtension.contributeSettings(context, settings);
        return ConditionEvaluationResult.enabled("Rehearsal: the Spring DataSource points at this test's database");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RunningTests.methodEnded();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RunningTests.classEnded();
    }

    private static void requireSpringTest(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        boolean spring = false;
        // A @Nested class runs with the extensions of the classes enclosing it.
        for (Class<?> c = testClass;
                c != null && !spring;
                c = Modifier.isStatic(c.getModifiers()) ? null : c.getEnclosingClass()) {
            spring = AnnotationSupport.findRepeatableAnnotations(c, ExtendWith.class).stream()
                    .flatMap(extendWith -> Arrays.stream(extendWith.value()))
                    .anyMatch(SpringExtension.class::equals);
        }
        if (!spring) {
            throw new ExtensionConfigurationException("@AutoConfigureRehearsal on [" + testClass.getName()
                    + "] needs a Spring test: expected @SpringBootTest, @DataJpaTest, @JdbcTest or"
                    + " @ExtendWith(SpringExtension.class) on the class, found none. Without Spring, inject"
                    + " RestoredDatabase into the test instead.");
        }
    }
}
