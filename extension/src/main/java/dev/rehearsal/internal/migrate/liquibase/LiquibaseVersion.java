package dev.rehearsal.internal.migrate.liquibase;

import dev.rehearsal.internal.migrate.MigrationSetupException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Liquibase version on the classpath, as Liquibase reports it ({@code LiquibaseUtil.getBuildVersion()}), and the
 * range Rehearsal supports: {@value #OLDEST} (Spring Boot 3.1) to {@value #NEWEST_TESTED}.x (Spring Boot 3.2 ships
 * 4.24.0, 3.3 4.27.0, 3.4 4.29.2, 3.5 4.31.1). Liquibase 5 (Spring Boot 4.0's default) is not open source and not
 * tested: it is run with a warning. Plain values only: no Liquibase type.
 *
 * @param text the version as Liquibase reports it ({@code 4.24.0}, or {@code DEV} for a development build)
 * @param major the major version, -1 when {@code text} is not a release number
 * @param minor the minor version, -1 when {@code text} is not a release number
 */
record LiquibaseVersion(String text, int major, int minor) {
    static final String OLDEST = "4.20.0";
    static final String NEWEST_TESTED = "4.33";
    private static final Pattern RELEASE = Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.\\d+)?(?:[-.].*)?$");

    static LiquibaseVersion parse(String text) {
        String value = text == null ? "unknown" : text.strip();
        Matcher matcher = RELEASE.matcher(value);
        if (!matcher.matches()) {
            return new LiquibaseVersion(value, -1, -1);
        }
        return new LiquibaseVersion(value, Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    boolean known() {
        return major >= 0;
    }

    /**
     * Fails on a version older than {@value #OLDEST}.
     *
     * @throws MigrationSetupException naming the version found, the oldest supported and how to fix it
     */
    void requireSupported(String location) {
        if (known() && (major < 4 || (major == 4 && minor < 20))) {
            throw new MigrationSetupException("Liquibase " + text + " is on the test classpath, but Rehearsal runs"
                    + " Liquibase " + OLDEST + " to " + NEWEST_TESTED + ".x (the migrations in " + location
                    + " were not run). Use the liquibase-core version the application runs in production, "
                    + OLDEST + " or newer (Spring Boot 3.1 ships 4.20.0, 3.2 ships 4.24.0).");
        }
    }

    /** A warning for a version outside the tested range (Liquibase 5, a development build), else empty. */
    Optional<String> untested() {
        if (!known()) {
            return Optional.of("Liquibase reports its version as \"" + text + "\" (not a release): Rehearsal runs it as"
                    + " the newest it knows (" + NEWEST_TESTED + ".x); the history it writes is that build's.");
        }
        if (major > 4 || minor > 33) {
            return Optional.of("Liquibase " + text + " is newer than the versions Rehearsal is tested with ("
                    + OLDEST + " to " + NEWEST_TESTED + ".x; Liquibase 5 is not open source): Rehearsal runs it"
                    + " through the same public API (command framework, changelog parser, history service), so"
                    + " the history rows are that version's own, but a change in that API would show up as an"
                    + " error here. Pin org.liquibase:liquibase-core " + NEWEST_TESTED + ".x to stay in the tested"
                    + " range.");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
