package dev.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is the only place a key is spelt, every key follows the written naming rule, and the README lists
 * every key.
 */
class ConfigurationKeysTest {

    private static final Pattern KEBAB = Pattern.compile("rehearsal(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    private static final Pattern LITERAL = Pattern.compile("\"(rehearsal\\.[A-Za-z0-9._-]*)\"");

    /** Strings that start like a key but name something else. */
    private static final Map<String, String> NOT_KEYS = Map.of(
            "rehearsal.yml", "the default project file's name",
            "rehearsal.password", "the embedded server's password file",
            "rehearsal.keptDatabase", "a JUnit report entry, not a setting",
            "rehearsal.", "the prefix of every key");

    @Test
    void rehearsalsOwnKeysAreKebabCase() {
        for (Map.Entry<String, String> key : keys(ConfigurationKeys.class).entrySet()) {
            assertThat(key.getValue()).as("ConfigurationKeys.%s", key.getKey()).matches(KEBAB);
        }
    }

    @Test
    void aToolsKeysSitUnderTheToolsNameAndKeepTheToolsSpelling() {
        for (Class<?> tool : ConfigurationKeys.class.getDeclaredClasses()) {
            String segment = "rehearsal." + kebab(tool.getSimpleName()) + ".";
            assertThat(keys(tool))
                    .as("keys of ConfigurationKeys.%s", tool.getSimpleName())
                    .isNotEmpty();
            for (Map.Entry<String, String> key : keys(tool).entrySet()) {
                assertThat(key.getValue())
                        .as("ConfigurationKeys.%s.%s", tool.getSimpleName(), key.getKey())
                        .startsWith(segment)
                        .matches("[a-z0-9.-]+\\.[A-Za-z0-9.-]*");
            }
        }
    }

    @Test
    void noKeyIsDefinedTwice() {
        List<String> all = allKeys();
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void noSourceFileSpellsAKeyOutsideTheCatalogue() throws IOException {
        List<String> strays = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../spring/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (file.getFileName().toString().equals("ConfigurationKeys.java")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher literal = LITERAL.matcher(lines.get(i));
                        while (literal.find()) {
                            if (!NOT_KEYS.containsKey(literal.group(1))) {
                                strays.add(file + ":" + (i + 1) + ": " + literal.group(1));
                            }
                        }
                    }
                }
            }
        }
        assertThat(strays)
                .as("keys spelt outside dev.rehearsal.ConfigurationKeys: add them there (with Javadoc and to the"
                        + " README's key table) and refer to the constant")
                .isEmpty();
    }

    @Test
    void theReadmeListsEveryKey() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        List<String> missing = allKeys().stream()
                .map(key -> key.endsWith(".") ? key.substring(0, key.length() - 1) : key)
                .filter(key -> !readme.contains("`" + key))
                .toList();
        assertThat(missing).as("keys the README does not list").isEmpty();
    }

    @Test
    void theNotKeysAreNotKeys() {
        assertThat(allKeys()).doesNotContainAnyElementsOf(Set.copyOf(NOT_KEYS.keySet()));
    }

    private static List<String> allKeys() {
        List<String> all = new ArrayList<>(keys(ConfigurationKeys.class).values());
        for (Class<?> tool : ConfigurationKeys.class.getDeclaredClasses()) {
            all.addAll(keys(tool).values());
        }
        return all;
    }

    private static Map<String, String> keys(Class<?> type) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                try {
                    keys.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return keys;
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
