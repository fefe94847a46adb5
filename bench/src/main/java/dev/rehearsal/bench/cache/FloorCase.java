package dev.rehearsal.bench.cache;

import org.junit.jupiter.api.Test;

/** The floor: JVM start, JUnit discovery and a test with no database. */
public class FloorCase {
    @Test
    void body() {
        Bodies.started("floor");
    }
}
