package dev.rehearsal.internal.junit;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JUnit Jupiter version Rehearsal runs on, checked once per run: 5.10 is the oldest that is built and tested
 * against (CI runs the engine tests on 5.10, the default and 6.x). An older Jupiter fails fast, naming the version
 * found and the minimum, instead of failing later on a missing method.
 */
final class JupiterVersion {
    static final int MINIMUM_MAJOR = 5;
    static final int MINIMUM_MINOR = 10;

    private JupiterVersion() {}

    /** Throws when the Jupiter API on the classpath is older than the minimum; an unreadable version passes. */
    static void check() {
        found().ifPresent(JupiterVersion::check);
    }

    static void check(String version) {
        if (!supported(version)) {
            throw new ExtensionConfigurationException("Rehearsal needs JUnit Jupiter " + MINIMUM_MAJOR + "."
                    + MINIMUM_MINOR + " or newer; found junit-jupiter-api " + version + " on the test classpath."
                    + " Import a newer org.junit:junit-bom (e.g. 5.10.5, or what your Spring Boot BOM pins: 3.5 ships"
                    + " 5.12) in your build.");
        }
    }

    static boolean supported(String version) {
        return atLeast(version, MINIMUM_MAJOR, MINIMUM_MINOR);
    }

    /** Whether {@code version} is {@code major.minor} or newer; a version Rehearsal cannot read counts as newer. */
    static boolean atLeast(String version, int major, int minor) {
        String[] parts = version.split("[.\\-]");
        try {
            int foundMajor = Integer.parseInt(parts[0]);
            int foundMinor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return foundMajor > major || (foundMajor == major && foundMinor >= minor);
        } catch (NumberFormatException e) {
            return true; // a version Rehearsal cannot read (e.g. a repackaged JUnit): do not guess, let it run
        }
    }

    /** The {@code Implementation-Version} of junit-jupiter-api, when its manifest says it. */
    static Optional<String> found() {
        return Optional.ofNullable(ExtensionContext.class.getPackage().getImplementationVersion());
    }
}
