package dev.rehearsal.internal.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.internal.config.Settings;

/** For the testcontainers provider's tests: whether they can run, and the image they run. */
public final class TestcontainersTesting {
    private static volatile Boolean docker;

    private TestcontainersTesting() {}

    /** Skips the calling tests, saying why, when no Docker engine answers Testcontainers. */
    public static void assumeDocker() {
        if (docker == null) {
            docker = TestcontainersPostgresProvider.dockerAnswers();
        }
        assumeTrue(
                docker,
                () -> "no Docker engine answered at " + TestcontainersPostgres.dockerEndpoint()
                        + " (Testcontainers' settings: DOCKER_HOST, ~/.testcontainers.properties); the testcontainers"
                        + " provider's tests need one: run ../shared/docker/setup.sh, or see .ci/run");
    }

    /** The image under test: {@value Settings#TESTCONTAINERS_IMAGE} (CI: local/postgres:15), else the default. */
    public static String image() {
        return new TestcontainersPostgresProvider(Settings.fromSystem()).image();
    }
}
