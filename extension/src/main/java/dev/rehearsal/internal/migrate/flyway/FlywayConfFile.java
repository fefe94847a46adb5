package dev.rehearsal.internal.migrate.flyway;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Flyway configuration file in the properties format of {@code flyway.conf}, read the way Flyway 8.5 to 13.x reads
 * one (Flyway's reader is internal API, so this is Rehearsal's own, following its rules): lines are trimmed; a
 * backslash is a literal character (Windows paths need no escaping), except at the end of a line followed by a
 * non-empty line that does not start a new {@code flyway.} parameter, where it continues the value on the next line;
 * {@code ${NAME}} is replaced by the environment variable NAME (by nothing when it is unset); then the text is read as
 * {@link Properties}.
 *
 * <p>Internal, not API.
 */
final class FlywayConfFile {
    private static final Pattern ENVIRONMENT = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

    private FlywayConfFile() {}

    /** The parameters of {@code file}, decoded with {@code charset}. */
    static Map<String, String> read(Path file, Charset charset, Map<String, String> environment) throws IOException {
        return parse(Files.readString(file, charset), environment);
    }

    static Map<String, String> parse(String text, Map<String, String> environment) throws IOException {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        StringBuilder prepared = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip().replace("\\", "\\\\");
            if (line.endsWith("\\\\") && i < lines.size() - 1 && continues(lines.get(i + 1))) {
                line = line.substring(0, line.length() - 2) + "\\";
            }
            prepared.append(line).append('\n');
        }
        Properties properties = new Properties();
        properties.load(new StringReader(expand(prepared.toString(), environment)));
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> map.put(key, properties.getProperty(key)));
        return map;
    }

    private static boolean continues(String next) {
        return !next.isEmpty() && !(next.strip().startsWith("flyway.") && next.contains("="));
    }

    private static String expand(String text, Map<String, String> environment) {
        Matcher matcher = ENVIRONMENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(environment.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
