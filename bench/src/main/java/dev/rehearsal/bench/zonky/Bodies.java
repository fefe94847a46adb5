package dev.rehearsal.bench.zonky;

import java.time.Duration;
import java.time.Instant;

/** Prints when a test body ends, in milliseconds since the JVM started (parsed by {@link ZonkyBenchmark}). */
final class Bodies {
    private Bodies() {}

    static void done(String what) {
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElseThrow();
        System.out.println(
                "BODY " + what + " " + Duration.between(jvmStart, Instant.now()).toMillis());
    }
}
