package dev.rehearsal.internal.junit;

import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Registered by {@link dev.rehearsal.BackupMatrix} just before {@link BackupMatrixExtension}: on a Jupiter older than
 * 5.13, where that extension cannot be loaded, JUnit constructs this one first and the class fails with a message
 * that says which JUnit to use, instead of {@code TypeNotPresentException: Type [unknown] not present}. Does nothing
 * on 5.13 and newer. Internal, not API.
 */
public final class ClassTemplateCheck implements Extension {

    /** @throws ExtensionConfigurationException when the Jupiter on the test classpath has no class templates */
    public ClassTemplateCheck() {
        JupiterVersion.found().ifPresent(version -> {
            if (!JupiterVersion.atLeast(version, 5, 13)) {
                throw new ExtensionConfigurationException(message(version));
            }
        });
    }

    static String message(String version) {
        return "@BackupMatrix runs a test class once per backup as a JUnit class template, which needs JUnit Jupiter"
                + " 5.13 or newer; found junit-jupiter-api " + version + " on the test classpath. Import"
                + " org.junit:junit-bom 5.13 or newer in your build, or write one class per backup (e.g. subclasses"
                + " of an abstract class with the tests, each with its own @RestoredFrom).";
    }
}
