package dev.rehearsal.bench.cache;

import java.time.Duration;
import java.time.Instant;

/** Prints when a test body starts, in milliseconds since the JVM started (parsed by {@link CacheBenchmark}). */
final class Bodies {
    private Bodies() {}

    static void started(String what) {
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElseThrow();
        System.out.println(
                "BODY " + what + " " + Duration.between(jvmStart, Instant.now()).toMillis());
    }

    /** When the run's tests have all finished (passed or failed). */
    static void finished() {
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElseThrow();
        System.out.println(
                "FINISHED all " + Duration.between(jvmStart, Instant.now()).toMillis());
    }

    static void ended(String what) {
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElseThrow();
        System.out.println(
                "END " + what + " " + Duration.between(jvmStart, Instant.now()).toMillis());
    }
}
