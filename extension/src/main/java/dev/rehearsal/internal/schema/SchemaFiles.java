package dev.rehearsal.internal.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rehearsal.SchemaSnapshot;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * {@link SchemaSnapshot} as JSON (Jackson) and YAML (SnakeYAML). Both are written from the same tree: keys in the
 * records' declaration order, {@code null} values left out, so a file diffs cleanly in review and reads back to an
 * equal snapshot.
 */
public final class SchemaFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SchemaFiles() {}

    public static String toJson(SchemaSnapshot snapshot) {
        try {
            return JSON.writeValueAsString(tree(snapshot)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the schema snapshot as JSON: " + e.getMessage(), e);
        }
    }

    public static String toYaml(SchemaSnapshot snapshot) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setSplitLines(false);
        options.setDereferenceAliases(true); // shared empty lists must not become &id001 anchors
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options);
        return yaml.dump(tree(snapshot));
    }

    public static SchemaSnapshot fromJson(String json) {
        try {
            return JSON.readValue(json, SchemaSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Expected a schema snapshot written by SchemaSnapshot.toJson(), found JSON that is not one: "
                            + e.getOriginalMessage() + " (at " + e.getLocation() + ")",
                    e);
        }
    }

    public static SchemaSnapshot fromYaml(String text) {
        Object tree;
        try {
            tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(
                    "Expected a schema snapshot in YAML, found text that is not YAML: " + e.getMessage(), e);
        }
        if (!(tree instanceof Map)) {
            throw new IllegalArgumentException("Expected a schema snapshot in YAML (a mapping with tables, sequences,"
                    + " enums, views, functions, extensions), found "
                    + (tree == null
                            ? "an empty document"
                            : "a " + tree.getClass().getSimpleName()) + ".");
        }
        try {
            return JSON.convertValue(tree, SchemaSnapshot.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Expected a schema snapshot written by SchemaSnapshot.toYaml(), found YAML that is not one: "
                            + e.getMessage(),
                    e);
        }
    }

    /** Records as ordered maps (declaration order, nulls left out), lists as lists, everything else as is. */
    static Object tree(Object value) {
        if (value instanceof Record record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object item;
                try {
                    item = component.getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot read " + component, e);
                }
                if (item != null) {
                    map.put(component.getName(), tree(item));
                }
            }
            return map;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SchemaFiles::tree).toList();
        }
        return value;
    }
}
