package dev.rehearsal.internal.migrate.command;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.config.Durations;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.internal.spi.MigrationToolSupport;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code COMMAND} tool ({@link CommandMigrations}): runs the command line {@value #LINE} in the project directory
 * with these variables pointing at the test's database: {@code DATABASE_URL} ({@code
 * postgresql://user:password@host:port/database}), {@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD},
 * {@code PGDATABASE}. Never detected by {@code AUTO}.
 *
 * <p>Settings: {@value #TIMEOUT} (default 10 minutes; {@code 90s}, {@code 5m}, {@code 1h} or ISO-8601 such as
 * {@code PT5M}); {@value #HISTORY_TOOL} (the tool whose history the command writes, when the layout does not tell).
 *
 * <p>Internal, not API.
 */
public final class CommandSupport implements MigrationToolSupport {
    static final String LINE = ConfigurationKeys.Command.LINE;
    static final String TIMEOUT = ConfigurationKeys.Command.TIMEOUT;
    static final String HISTORY_TOOL = ConfigurationKeys.Command.HISTORY_TOOL;
    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    @Override
    public MigrationTool tool() {
        return MigrationTool.COMMAND;
    }

    @Override
    public Optional<String> detect(Path directory) {
        return Optional.empty();
    }

    @Override
    public ToolMigrations open(MigrationContext context) {
        String command = context.text(LINE)
                .orElseThrow(() -> new MigrationSetupException("tool = COMMAND runs the application's own migration"
                        + " command, but none is set: " + LINE + " is not set and @MigratesTo(command = …) is empty."
                        + " Set the key, e.g. in rehearsal.yml: command: {line: npx prisma migrate deploy} (or -D"
                        + LINE + "=\"npx prisma migrate deploy\"), or for one class: @MigratesTo(tool = COMMAND,"
                        + " settings = \"" + LINE + "=npx prisma migrate deploy\")."));
        try {
            CommandLine.split(command);
        } catch (IllegalArgumentException e) {
            throw new MigrationSetupException(e.getMessage(), e);
        }
        Optional<MigrationTool> historyTool = historyTool(context);
        Optional<ToolMigrations> history =
                historyTool.map(tool -> MigrationTools.support(tool).open(context));
        return new CommandMigrations(
                context,
                command,
                timeout(context.setting(TIMEOUT)),
                history,
                history.isPresent() ? "" : filesFingerprint(context.directory(), context.location()));
    }

    private static Optional<MigrationTool> historyTool(MigrationContext context) {
        Optional<String> configured = context.setting(HISTORY_TOOL);
        if (configured.isPresent()) {
            String name = configured.get().strip().toUpperCase(Locale.ROOT).replace('-', '_');
            List<String> allowed = Stream.of(MigrationTool.values())
                    .filter(t -> t != MigrationTool.AUTO && t != MigrationTool.COMMAND && t != MigrationTool.PLAIN_SQL)
                    .map(Enum::name)
                    .toList();
            if (!allowed.contains(name)) {
                throw new MigrationSetupException("Invalid value [" + configured.get() + "] for configuration key ["
                        + HISTORY_TOOL + "]; expected one of " + allowed + " (the tool whose history table the"
                        + " command writes).");
            }
            return Optional.of(MigrationTool.valueOf(name));
        }
        Map<MigrationTool, String> candidates = MigrationTools.candidates(context.directory());
        if (candidates.size() > 1) {
            throw new MigrationSetupException("The layout of " + context.location() + " matches several tools ("
                    + candidates.entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining("; "))
                    + "), so Rehearsal cannot tell whose history the command writes; set " + HISTORY_TOOL
                    + " to one of " + candidates.keySet() + ".");
        }
        return candidates.keySet().stream().findFirst();
    }

    static Map<String, String> environment(MigrationContext context) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(
                "DATABASE_URL",
                "postgresql://" + encode(context.username()) + ":" + encode(context.password()) + "@" + context.host()
                        + ":" + context.port() + "/" + encode(context.database()));
        environment.put("PGHOST", context.host());
        environment.put("PGPORT", Integer.toString(context.port()));
        environment.put("PGUSER", context.username());
        environment.put("PGPASSWORD", context.password());
        environment.put("PGDATABASE", context.database());
        return environment;
    }

    static Duration timeout(Optional<String> value) {
        if (value.isEmpty()) {
            return DEFAULT_TIMEOUT;
        }
        return Durations.parsePositive(value.get())
                .orElseThrow(() -> new MigrationSetupException("Invalid value [" + value.get()
                        + "] for configuration key [" + TIMEOUT
                        + "]; expected a positive duration such as 90s, 5m, 1h or PT5M."));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** SHA-256 over every file under the directory (relative path and bytes), for the template cache key. */
    private static String filesFingerprint(Path directory, String location) {
        try (Stream<Path> files = Files.walk(directory)) {
            Fingerprint digest = new Fingerprint("command files");
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                digest.add(directory.relativize(file).toString()).add(Files.readAllBytes(file));
            }
            return digest.hex();
        } catch (IOException | UncheckedIOException e) {
            throw new MigrationSetupException("Could not read " + location + " (" + directory + "): " + e, e);
        }
    }
}
