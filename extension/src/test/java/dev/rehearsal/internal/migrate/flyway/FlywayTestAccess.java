package dev.rehearsal.internal.migrate.flyway;

/** What tests of other packages need to know about the Flyway under test. */
public final class FlywayTestAccess {
    private FlywayTestAccess() {}

    /** The flyway-core version on the test classpath, e.g. {@code "10.20.1"}. */
    public static String version() {
        return FlywayTesting.flyway().text();
    }

    /** Whether that Flyway holds its advisory lock in an open transaction by default (9.1.2 and newer). */
    public static boolean transactionalLockByDefault() {
        return FlywayTesting.transactionalLockByDefault();
    }
}
