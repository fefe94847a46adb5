package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.internal.migrate.MigrationSetupException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Applies {@code flyway.postgresql.transactional.lock} through the public API that the Flyway found at run time has:
 *
 * <ul>
 *   <li>Flyway 13 (and any version whose {@link FluentConfiguration} has {@code getConfigurationExtension(Class)}):
 *       {@code org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension.setTransactionalLock}, found by
 *       reflection because that class is absent before Flyway 10 (flyway-core 13's map API would need
 *       jackson-databind for it);
 *   <li>Flyway 9.1.2 to 12: the parameter itself through {@link FluentConfiguration#configuration(Map)};
 *   <li>Flyway 8 has no such parameter: it always takes the session lock, and refuses the parameter as unknown.
 *       {@link #supported()} finds that out by asking Flyway (not by version number); {@link FlywayConfig} then
 *       leaves {@code false} out with a warning (it is what Flyway 8 does anyway) and refuses {@code true}.
 * </ul>
 *
 * <p>Internal, not API.
 */
final class FlywayLockSetting {
    static final String EXTENSION_CLASS = "org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension";

    private FlywayLockSetting() {}

    /**
     * Whether the Flyway on the classpath has {@code flyway.postgresql.transactional.lock}: the PostgreSQL
     * configuration extension (Flyway 10+), or a parameter map that accepts the key (Flyway 9); Flyway 8 answers
     * "Unknown configuration property".
     */
    static boolean supported() {
        if (extensionGetter() != null && extensionClass(Flyway.configure()) != null) {
            return true;
        }
        try {
            Flyway.configure().configuration(Map.of(FlywayConfig.LOCK, "false"));
            return true;
        } catch (FlywayException e) {
            return !String.valueOf(e.getMessage()).contains("Unknown configuration property");
        }
    }

    static void apply(FluentConfiguration configuration, boolean lock, String source) {
        Method getExtension = extensionGetter();
        Class<?> extension = extensionClass(configuration);
        if (getExtension != null && extension != null) {
            try {
                Object instance = getExtension.invoke(configuration, extension);
                extension.getMethod("setTransactionalLock", boolean.class).invoke(instance, lock);
                return;
            } catch (InvocationTargetException e) {
                throw new MigrationSetupException(
                        "Flyway " + FlywayVersion.describeCore() + " could not set " + FlywayConfig.LOCK + " = " + lock
                                + " (" + source + "): " + e.getCause(),
                        e.getCause());
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not the API this class expects: fall back to the parameter map below
            }
        }
        try {
            configuration.configuration(Map.of(FlywayConfig.LOCK, String.valueOf(lock)));
        } catch (FlywayException e) {
            throw new MigrationSetupException(
                    "Flyway " + FlywayVersion.describeCore() + " rejected " + FlywayConfig.LOCK + " = " + lock + " ("
                            + source + "): " + e.getMessage(),
                    e);
        }
    }

    private static Method extensionGetter() {
        try {
            return FluentConfiguration.class.getMethod("getConfigurationExtension", Class.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Class<?> extensionClass(FluentConfiguration configuration) {
        try {
            return Class.forName(EXTENSION_CLASS, false, configuration.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            try {
                return Class.forName(EXTENSION_CLASS, false, FlywayLockSetting.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e2) {
                return null;
            }
        }
    }
}
