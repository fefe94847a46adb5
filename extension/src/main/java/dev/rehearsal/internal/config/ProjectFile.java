package dev.rehearsal.internal.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * {@code rehearsal.yml}: the project's configuration file, flattened to dotted keys under {@code rehearsal.}.
 *
 * <pre>
 * flyway:
 *   table: schema_history
 *   placeholders:
 *     tenant: acme
 * </pre>
 *
 * yields {@code rehearsal.flyway.table=schema_history} and {@code rehearsal.flyway.placeholders.tenant=acme}. A
 * top-level {@code rehearsal:} key is accepted too. Lists become comma-separated values.
 *
 * <p>Thread-safe (immutable). Internal, not API.
 */
final class ProjectFile {
    private static final String PREFIX = "rehearsal.";

    private ProjectFile() {}

    /**
     * The flattened settings of {@code file}; empty when it does not exist.
     *
     * @throws IllegalArgumentException naming the file when it is not valid YAML or not a mapping
     */
    static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not read the Rehearsal configuration file " + file + ": " + e, e);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(
                    "The Rehearsal configuration file " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("The Rehearsal configuration file " + file + " must be a YAML mapping"
                    + " (e.g. \"flyway:\\n  table: schema_history\"), found a " + describe(root) + ".");
        }
        Map<String, String> flat = new LinkedHashMap<>();
        if (map.size() == 1 && map.containsKey("rehearsal") && map.get("rehearsal") instanceof Map<?, ?> inner) {
            flatten(PREFIX, inner, flat);
        } else {
            flatten(PREFIX, map, flat);
        }
        return Map.copyOf(flat);
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, String> into) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = prefix + entry.getKey();
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> nested) {
                flatten(key + ".", nested, into);
            } else if (value instanceof Collection<?> list) {
                into.put(key, list.stream().map(String::valueOf).collect(Collectors.joining(",")));
            } else if (value != null) {
                into.put(key, String.valueOf(value));
            }
        }
    }

    private static String describe(Object value) {
        return value instanceof Collection<?>
                ? "list"
                : value.getClass().getSimpleName().toLowerCase();
    }
}
