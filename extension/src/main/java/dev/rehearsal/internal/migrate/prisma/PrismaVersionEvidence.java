package dev.rehearsal.internal.migrate.prisma;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Prisma version a project uses, found in the project rather than assumed: walking up from the migrations
 * directory to the project directory, the nearest folder with evidence decides, in this order: the installed {@code
 * node_modules/prisma/package.json}, the locked version in {@code package-lock.json}, {@code yarn.lock} or {@code
 * pnpm-lock.yaml}, then the {@code prisma} range of {@code package.json} when the range decides between the two
 * behaviours (e.g. {@code ^6.19.0} or {@code ~7.3.0}: before 7.4; {@code ^7.4.0}: 7.4 and later; {@code ^7.2.0} could be
 * either and decides nothing).
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class PrismaVersionEvidence {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
    private static final Pattern YARN =
            Pattern.compile("(?m)^\"?prisma@[^\\n]*:\\s*\\n\\s+version:? \"?([0-9][^\"\\s]*)\"?");
    private static final Pattern PNPM = Pattern.compile("(?m)^\\s*/?'?prisma@(\\d+\\.\\d+\\.\\d+)[('\\s:]");

    /**
     * What was found.
     *
     * @param version the version, or the lowest version of a range that decides the behaviour
     * @param source where it was read, relative to the project directory when possible
     * @param decided false when only a range was found that allows both behaviours ({@code version} is then its
     *     lower bound)
     */
    record Evidence(String version, String source, boolean decided) {}

    private PrismaVersionEvidence() {}

    static Optional<Evidence> find(Path migrations, Path project) {
        Path stop = project.toAbsolutePath().normalize();
        for (Path folder = migrations.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            Optional<Evidence> found = in(folder, stop);
            if (found.isPresent()) {
                return found;
            }
            if (folder.equals(stop) || !folder.startsWith(stop)) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<Evidence> in(Path folder, Path project) {
        Path installed = folder.resolve("node_modules/prisma/package.json");
        Optional<String> version =
                json(installed).map(node -> node.path("version").asText(null));
        if (version.isPresent()) {
            return Optional.of(new Evidence(version.get(), display(installed, project), true));
        }
        Path npmLock = folder.resolve("package-lock.json");
        version = json(npmLock)
                .map(node -> node.path("packages")
                        .path("node_modules/prisma")
                        .path("version")
                        .asText(node.path("dependencies")
                                .path("prisma")
                                .path("version")
                                .asText(null)));
        if (version.isPresent()) {
            return Optional.of(new Evidence(version.get(), display(npmLock, project), true));
        }
        for (String lock : new String[] {"yarn.lock", "pnpm-lock.yaml"}) {
            Path file = folder.resolve(lock);
            Optional<String> locked = text(file).flatMap(content -> {
                Matcher matcher = (lock.equals("yarn.lock") ? YARN : PNPM).matcher(content);
                return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
            });
            if (locked.isPresent()) {
                return Optional.of(new Evidence(locked.get(), display(file, project), true));
            }
        }
        Path manifest = folder.resolve("package.json");
        Optional<String> range = json(manifest).map(node -> {
            String dev = node.path("devDependencies").path("prisma").asText(null);
            return dev != null ? dev : node.path("dependencies").path("prisma").asText(null);
        });
        return range.flatMap(r -> fromRange(r, display(manifest, project) + " (\"prisma\": \"" + r + "\")"));
    }

    /** A semver range's lowest version, and whether every version it allows behaves the same. */
    static Optional<Evidence> fromRange(String range, String source) {
        String spec = range.strip();
        Matcher matcher = VERSION.matcher(spec);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        String lowest = matcher.group(0);
        boolean lowAtLeast74 = major > 7 || (major == 7 && minor >= 4);
        boolean decided;
        if (spec.matches("=?v?\\d+\\.\\d+\\.\\d+")) {
            decided = true; // exact
        } else if (spec.startsWith("~")) {
            decided = true; // same minor
        } else if (spec.startsWith("^")) {
            decided = lowAtLeast74 || major < 7; // same major: 7.x below 7.4 may resolve to 7.4+
        } else if (spec.startsWith(">=") || spec.startsWith(">")) {
            decided = lowAtLeast74;
        } else {
            decided = false;
        }
        return Optional.of(new Evidence(lowest, source, decided));
    }

    private static Optional<JsonNode> json(Path file) {
        return text(file).flatMap(content -> {
            try {
                return Optional.of(JSON.readTree(content));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> text(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String display(Path file, Path project) {
        return file.startsWith(project) ? project.relativize(file).toString() : file.toString();
    }
}
