package dev.rehearsal.internal.junit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;

/**
 * A test run in a JVM of its own, for the tests of two JVMs sharing a cache directory and of JVMs killed mid-run:
 * {@code CacheChildRun <test case class> <cache directory>} runs the class through the engine in persistent mode
 * and prints {@code RESULT succeeded=<n> failed=<n>} and each failure; the cache logs to the console (stderr).
 */
public final class CacheChildRun {
    private CacheChildRun() {}

    public static void main(String[] args) throws Exception {
        Class<?> testCase = Class.forName(args[0]);
        PersistentRuns.Run run = PersistentRuns.run(List.of(testCase), Path.of(args[1]), Map.of());
        var tests = run.results().testEvents();
        System.out.println("RESULT succeeded=" + tests.succeeded().count() + " failed="
                + tests.failed().count());
        tests.failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::toString)
                        .orElse("?"))
                .forEach(m -> System.out.println("FAILURE " + m));
        System.out.flush();
        System.exit(0);
    }
}
