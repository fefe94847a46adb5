package dev.rehearsal.assertj;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The rows an expected-rows file holds ({@code .yml}/{@code .yaml} or {@code .json}): a list of rows, each a mapping
 * from column name to value, e.g.
 *
 * <pre>
 * - id: 1
 *   email: ada@example.com
 *   createdAt: 2024-03-15 10:00:00
 * </pre>
 *
 * Found on the classpath first, then under the project directory. Values are compared with the query's values by
 * the SQL type the query returned: a text such as {@code 2024-03-15 10:00:00} is read as a timestamp when the column
 * holds timestamps, a number as a number whatever its Java type.
 */
final class ExpectedRows {
    private ExpectedRows() {}

    /** The file's rows, each a column-to-value map in the file's order. */
    static List<Map<String, Object>> read(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        boolean json = lower.endsWith(".json");
        if (!json && !lower.endsWith(".yml") && !lower.endsWith(".yaml")) {
            throw new IllegalArgumentException("The expected-rows location [" + location + "] has no known format:"
                    + " expected a .yml, .yaml or .json file name.");
        }
        String text = text(location);
        Object tree;
        try {
            tree = json
                    ? new ObjectMapper().readValue(text, Object.class)
                    : new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (JsonProcessingException | YAMLException e) {
            throw new IllegalArgumentException(
                    "The expected-rows file [" + location + "] is not valid " + (json ? "JSON" : "YAML") + ": "
                            + e.getMessage(),
                    e);
        }
        if (tree == null) {
            return List.of();
        }
        if (!(tree instanceof List<?> list)) {
            throw new IllegalArgumentException("The expected-rows file [" + location + "] must hold a list of rows"
                    + " (each a mapping from column name to value), found a "
                    + tree.getClass().getSimpleName() + ".");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("The expected-rows file [" + location + "]: row " + (i + 1)
                        + " is not a mapping from column name to value: " + list.get(i));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            map.forEach((k, v) -> row.put(String.valueOf(k), v));
            rows.add(row);
        }
        return rows;
    }

    private static String text(String location) {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            URL url = loader == null ? null : loader.getResource(location);
            if (url != null) {
                try (InputStream in = url.openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            Path project = Path.of("").toAbsolutePath();
            Path file = project.resolve(location).normalize();
            if (!file.startsWith(project) || !Files.isRegularFile(file)) {
                throw new IllegalArgumentException("The expected-rows file [" + location + "] was not found on the"
                        + " classpath or under the project directory " + project
                        + ": expected a relative .yml or .json file, e.g. src/test/resources/expected/users.yml.");
            }
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read the expected-rows file [" + location + "]: " + e.getMessage(), e);
        }
    }

    /**
     * {@code expected} (from the file) converted to the kind of value {@code actual} (from the query) is, so that
     * {@link Values#same} compares them by SQL type; left as it is when it cannot be read so.
     */
    static Object coerce(Object expected, Object actual) {
        Object normalizedActual = Values.normalize(actual);
        if (expected == null || normalizedActual == null) {
            return expected;
        }
        String text = String.valueOf(expected instanceof java.util.Date d ? d.toInstant() : expected);
        try {
            if (normalizedActual instanceof LocalDateTime) {
                return LocalDateTime.parse(text.replace(' ', 'T').replace("Z", ""));
            }
            if (normalizedActual instanceof LocalDate) {
                return LocalDate.parse(text);
            }
            if (normalizedActual instanceof LocalTime) {
                return LocalTime.parse(text);
            }
            if (normalizedActual instanceof OffsetDateTime offset) {
                return OffsetDateTime.parse(text.replace(' ', 'T'))
                        .atZoneSameInstant(offset.getOffset())
                        .toOffsetDateTime();
            }
            if (normalizedActual instanceof BigDecimal && !(expected instanceof Number)) {
                return new BigDecimal(text);
            }
            if (normalizedActual instanceof String && !(expected instanceof String)) {
                return text;
            }
            if (normalizedActual instanceof Boolean && expected instanceof String s) {
                return switch (s.toLowerCase(Locale.ROOT)) {
                    case "t", "true", "yes", "on", "1" -> Boolean.TRUE;
                    case "f", "false", "no", "off", "0" -> Boolean.FALSE;
                    default -> expected;
                };
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return expected;
        }
        return expected;
    }
}
