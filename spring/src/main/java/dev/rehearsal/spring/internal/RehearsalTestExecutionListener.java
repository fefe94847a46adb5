package dev.rehearsal.spring.internal;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.internal.junit.RehearsalExtension;
import dev.rehearsal.spring.AutoConfigureRehearsal;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points the context's {@link RehearsalDataSource} at the running test's database before Spring's test transaction
 * ({@code TransactionalTestExecutionListener}, order 4000) and {@code @Sql} scripts (5000) take a connection, and
 * after {@code @DirtiesContext} may have replaced the context (3000); releases it after they are done (listeners'
 * after-methods run in reverse order). The database itself is Rehearsal's: the one the test's {@code
 * RestoredDatabase} parameter gets, dropped (or kept, when the test failed) by Rehearsal's extension.
 *
 * <p>Registered through {@code META-INF/spring.factories}; acts only on classes with {@link AutoConfigureRehearsal}.
 * Internal, not API.
 */
public final class RehearsalTestExecutionListener implements TestExecutionListener, Ordered {

    /** Between {@code DirtiesContextTestExecutionListener} (3000) and {@code TransactionalTestExecutionListener} (4000). */
    public static final int ORDER = 3900;

    private static final String DATABASE = RehearsalTestExecutionListener.class.getName() + ".database";

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        Class<?> testClass = testContext.getTestClass();
        if (!TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureRehearsal.class)) {
            return;
        }
        String test = testClass.getName() + "#" + testContext.getTestMethod().getName();
        ExtensionContext context = RunningTests.method(testContext.getTestInstance(), testContext.getTestMethod())
                .orElseThrow(() -> new IllegalStateException("@AutoConfigureRehearsal on [" + test + "]: Rehearsal's"
                        + " JUnit extension did not see this test start, so it cannot tell which database is this"
                        + " test's. It acts when JUnit evaluates conditions: check that junit.jupiter.conditions."
                        + "deactivate does not match " + RehearsalSpringExtension.class.getName() + " and that the"
                        + " test runs on JUnit Jupiter."));
        RestoredDatabase database = RehearsalExtension.testDatabase(context);
        RehearsalDataSource.of(testContext.getApplicationContext(), testClass).switchTo(database, test);
        testContext.setAttribute(DATABASE, database);
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        Object database = testContext.removeAttribute(DATABASE);
        if (database instanceof RestoredDatabase restored) {
            RehearsalDataSource.of(testContext.getApplicationContext(), testContext.getTestClass())
                    .release(restored);
        }
    }
}
