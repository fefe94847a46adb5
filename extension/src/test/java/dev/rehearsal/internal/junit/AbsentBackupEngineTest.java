package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A backup named by an environment variable that is not set in this run (a developer's machine without the
 * production backup): JUnit's own condition on the class skips it, and without the condition the failure says to add
 * it (the README's "Skipping a test when its backup is absent").
 */
class AbsentBackupEngineTest {

    static final String UNSET = "REHEARSAL_TEST_BACKUP_NEVER_SET";

    @Test
    void the_class_is_skipped_by_enabled_if_environment_variable() {
        assertThat(System.getenv(UNSET)).isNull();
        var results = run(SkippedTestCase.class);
        results.containerEvents().assertStatistics(s -> s.skipped(1).failed(0));
        results.testEvents().assertStatistics(s -> s.started(0).failed(0));
    }

    @Test
    void without_the_condition_the_failure_names_it() {
        run(UnconditionalTestCase.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                message(m -> m.contains("environment variable " + UNSET + ", which is not set")
                                        && m.contains("@EnabledIfEnvironmentVariable(named = \"" + UNSET
                                                + "\", matches = \".+\") on the class")))));
    }

    @EnabledIfEnvironmentVariable(named = UNSET, matches = ".+")
    @RestoredFrom("${env:" + UNSET + "}")
    static class SkippedTestCase {
        @Test
        void upgrades(RestoredDatabase db) {
            throw new AssertionError("must not run without " + UNSET);
        }
    }

    @RestoredFrom("${env:" + UNSET + "}")
    static class UnconditionalTestCase {
        @Test
        void upgrades(RestoredDatabase db) {
            throw new AssertionError("must not run without " + UNSET);
        }
    }
}
