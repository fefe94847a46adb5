package dev.rehearsal.internal.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs fixture test classes through the real Jupiter engine on the embedded provider in {@code persistent} cache
 * mode with a cache directory of the test's own, capturing what the template cache logs.
 */
final class PersistentRuns {
    private PersistentRuns() {}

    /** One run's results and the cache's log lines. */
    record Run(EngineExecutionResults results, List<String> log) {
        String logText() {
            return String.join("\n", log);
        }
    }

    static Run run(Class<?> testCase, Path cacheDirectory) {
        return run(testCase, cacheDirectory, Map.of());
    }

    static Run run(Class<?> testCase, Path cacheDirectory, Map<String, String> parameters) {
        return run(List.of(testCase), cacheDirectory, parameters);
    }

    static Run run(List<Class<?>> testCases, Path cacheDirectory, Map<String, String> parameters) {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                log.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        List<Logger> loggers = Stream.of(
                        "dev.rehearsal.internal.template.TemplateCache",
                        "dev.rehearsal.internal.template.TemplateStore")
                .map(Logger::getLogger)
                .toList();
        loggers.forEach(l -> l.addHandler(handler));
        try {
            EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                    .selectors(testCases.stream()
                            .map(c -> selectClass(c))
                            .toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                    .configurationParameters(parameters)
                    .configurationParameter("rehearsal.provider", "embedded")
                    .configurationParameter("rehearsal.cache.mode", "persistent")
                    .configurationParameter("rehearsal.cache.dir", cacheDirectory.toString())
                    .execute();
            return new Run(results, List.copyOf(log));
        } finally {
            loggers.forEach(l -> l.removeHandler(handler));
        }
    }

    /** A cache directory the embedded server's unprivileged user can reach. */
    static Path reachable(Path temp) throws Exception {
        Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        return temp;
    }

    /** Copies a directory tree (test resources into a project-relative working directory). */
    static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static Path resource(String name) throws Exception {
        return Path.of(PersistentRuns.class.getClassLoader().getResource(name).toURI());
    }
}
