package dev.rehearsal.internal.migrate;

import dev.rehearsal.ConfigurationKeys;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The migration tools' keys, read from {@link ConfigurationKeys}' nested classes (one per tool), and the {@code
 * "key=value"} entries of {@code @MigratesTo(settings)} checked against them.
 *
 * <p>A key is a tool's when it is one of those constants, or starts with one that ends with a dot (a prefix under which
 * a tool's own parameters are read, e.g. {@value ConfigurationKeys.Flyway#PREFIX}).
 *
 * <p>Internal, not API.
 */
final class ToolKeys {
    private static final List<String> KEYS = constants(false);
    private static final List<String> PREFIXES = constants(true);

    private ToolKeys() {}

    /** The entries as a map, in their order; throws naming the entry for anything that is not a tool's key=value. */
    static Map<String, String> entries(String[] entries) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            String key = equals < 0 ? "" : entry.substring(0, equals).strip();
            if (key.isEmpty()) {
                throw new MigrationSetupException("@MigratesTo(settings) entry \"" + entry + "\" is not key=value;"
                        + " expected e.g. \"" + ConfigurationKeys.Command.LINE + "=npx prisma migrate deploy\".");
            }
            if (!isToolKey(key)) {
                throw new MigrationSetupException("@MigratesTo(settings) entry \"" + entry + "\": " + key
                        + " is not a migration tool's key; expected one of " + KEYS + " or a key under one of "
                        + PREFIXES + " (see ConfigurationKeys). Run-wide settings (such as rehearsal.migration.timeout)"
                        + " are set for the whole run, not per class.");
            }
            if (parsed.putIfAbsent(key, entry.substring(equals + 1).strip()) != null) {
                throw new MigrationSetupException("@MigratesTo(settings) sets " + key + " twice (\"" + key + "="
                        + parsed.get(key) + "\" and \"" + entry + "\"); keep one.");
            }
        }
        return parsed;
    }

    static boolean isToolKey(String key) {
        return KEYS.contains(key)
                || PREFIXES.stream().anyMatch(prefix -> key.startsWith(prefix) && key.length() > prefix.length());
    }

    private static List<String> constants(boolean prefixes) {
        TreeSet<String> found = new TreeSet<>();
        for (Class<?> tool : ConfigurationKeys.class.getClasses()) {
            for (Field field : tool.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    String value = value(field);
                    if (value.endsWith(".") == prefixes) {
                        found.add(value);
                    }
                }
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(found));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("ConfigurationKeys." + field.getName() + " is not readable", e);
        }
    }
}
