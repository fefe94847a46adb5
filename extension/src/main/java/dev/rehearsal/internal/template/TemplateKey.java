package dev.rehearsal.internal.template;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.migrate.MigrationRequest;
import dev.rehearsal.internal.restore.Fixture;
import dev.rehearsal.internal.restore.RestoreOptions;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The content key of a template and the inputs it was computed from. Two requests with the same key build the same
 * template; the inputs say, on a miss, what changed since the last template built for the same request (the
 * <em>slot</em>: the same fixture location, options, migrations location, tool and target).
 *
 * <ul>
 *   <li>restored: fixture bytes (SHA-256), server version, restore options, the cache format;
 *   <li>migrated: the restored template's key, the tool, its version, the tool's fingerprint of the migration files
 *       and its configuration, the target, the {@code @MigratesTo} options and {@code rehearsal.<tool>.*} settings.
 * </ul>
 *
 * <p>The bytes of every file under the migrations directory are listed too ({@code file <path>}), only to name the
 * changed file on a miss: a file the tool does not read (a README) does not change the key.
 *
 * <p>Internal, not API.
 *
 * @param key SHA-256 hex of the key inputs
 * @param slot SHA-256 hex of what identifies the request, whatever its content
 * @param inputs every input by name, key inputs first, then the {@code file …} entries
 */
record TemplateKey(String key, String slot, Map<String, String> inputs) {
    /**
     * Changes when templates built by older code must not be served (restore or migration semantics changed). 2: a
     * cached migration failure counts "still pending" as status() does.
     */
    static final String FORMAT = "2";

    private static final String FILE = "file ";

    TemplateKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(slot, "slot");
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /** The key of {@code fixture} restored with {@code options} on a server of {@code serverVersion}. */
    static TemplateKey restored(Fixture fixture, String serverVersion, RestoreOptions options) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("fixture " + fixture.location(), fixture.sha256());
        inputs.put("server version", serverVersion);
        inputs.put("restore options", options.key());
        inputs.put("rehearsal", rehearsalVersion());
        return of(inputs, "restored", fixture.location(), options.key());
    }

    /**
     * The key of {@code base} migrated as {@code request} asks, {@code probe} being the tool's view of the request's
     * files: the files are the request's, read once, never read again here.
     */
    static TemplateKey migrated(RestoredTemplate base, ToolMigrations probe, MigrationRequest request) {
        String target = request.target();
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("restored template", base.key());
        inputs.put("tool", probe.tool().name());
        inputs.put("tool version", toolVersion(probe.tool()));
        inputs.put("migrations and tool configuration", probe.fingerprint());
        inputs.put("target", target);
        inputs.put("options", request.settingsKey());
        inputs.put("rehearsal", rehearsalVersion());
        TemplateKey keyed = of(
                inputs,
                "migrated",
                base.fixture().location(),
                base.slot(),
                request.location().display(),
                probe.tool().name(),
                target);
        Map<String, String> all = new LinkedHashMap<>(inputs);
        request.files().digests().forEach((name, digest) -> all.put(FILE + name, digest));
        return new TemplateKey(keyed.key(), keyed.slot(), all);
    }

    private static TemplateKey of(Map<String, String> inputs, String... slot) {
        Fingerprint key = new Fingerprint("template").add(FORMAT);
        inputs.forEach((name, value) -> key.add(name).add(value));
        Fingerprint slotHash = new Fingerprint("slot");
        for (String part : slot) {
            slotHash.add(part);
        }
        return new TemplateKey(key.hex(), slotHash.hex(), inputs);
    }

    /**
     * Why a template built from {@code previous} inputs does not serve this key: the inputs that differ, files by
     * name (e.g. {@code prisma/migrations/2024…/migration.sql changed}).
     */
    String whatChanged(Map<String, String> previous, String location) {
        List<String> changes = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(previous.keySet());
        names.addAll(inputs.keySet());
        List<String> keyChanges = new ArrayList<>();
        for (String name : inputs.keySet()) {
            if (!name.startsWith(FILE) && !Objects.equals(previous.get(name), inputs.get(name))) {
                keyChanges.add(name);
            }
        }
        for (String name : previous.keySet()) {
            if (!name.startsWith(FILE) && !inputs.containsKey(name)) {
                keyChanges.add(name);
            }
        }
        for (String name : names) {
            if (!name.startsWith(FILE)) {
                continue;
            }
            String file = location + "/" + name.substring(FILE.length());
            if (!previous.containsKey(name)) {
                changes.add(file + " added");
            } else if (!inputs.containsKey(name)) {
                changes.add(file + " removed");
            } else if (!previous.get(name).equals(inputs.get(name))) {
                changes.add(file + " changed");
            }
        }
        for (String name : keyChanges) {
            if (name.equals("migrations and tool configuration") && !changes.isEmpty()) {
                continue; // said by the files
            }
            if (name.equals("restored template")) {
                changes.add("the restored template changed (see its line)");
            } else if (name.startsWith("fixture ")) {
                changes.add(name.substring("fixture ".length()) + " changed (sha256 " + shortHash(previous.get(name))
                        + " → " + shortHash(inputs.get(name)) + ")");
            } else if (name.equals("migrations and tool configuration")) {
                changes.add("the tool's configuration changed (its settings or configuration file)");
            } else {
                changes.add(name + " changed (" + previous.get(name) + " → " + inputs.get(name) + ")");
            }
        }
        if (changes.isEmpty()) {
            changes.add("the inputs are the same but the key differs (an older cache format)");
        }
        return String.join("; ", changes);
    }

    private static String shortHash(String hash) {
        return hash == null ? "none" : hash.substring(0, Math.min(12, hash.length())) + "…";
    }

    /**
     * The version of the library that runs the migrations: Flyway's and Liquibase's own jars, Rehearsal's for the
     * tools it reproduces natively; a {@code COMMAND}'s program is outside Rehearsal's sight (its command line is in
     * the fingerprint).
     */
    static String toolVersion(MigrationTool tool) {
        return switch (tool) {
            case FLYWAY -> libraryVersion("org.flywaydb.core.Flyway");
            case LIQUIBASE -> libraryVersion("liquibase.Liquibase");
            case COMMAND -> "the command's own (not known to Rehearsal)";
            default -> rehearsalVersion();
        };
    }

    private static String rehearsalVersion() {
        return "rehearsal " + implementation(TemplateKey.class);
    }

    private static String libraryVersion(String className) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            return implementation(
                    Class.forName(className, false, loader == null ? TemplateKey.class.getClassLoader() : loader));
        } catch (ClassNotFoundException e) {
            return "absent";
        }
    }

    /** The jar's Implementation-Version, else the jar's (or class directory's) name. */
    private static String implementation(Class<?> type) {
        String version = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        var source = type.getProtectionDomain().getCodeSource();
        return source == null
                ? "unknown"
                : Path.of(source.getLocation().getPath()).getFileName().toString();
    }
}
