package dev.rehearsal.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OriginTest {

    @Test
    void should_summarise_the_migration_state_in_one_line() {
        List<MigrationStatus> status = List.of(
                status("a", MigrationState.APPLIED),
                status("b", MigrationState.APPLIED),
                status("c", MigrationState.FAILED),
                status("d", MigrationState.PENDING),
                status("e", MigrationState.PENDING),
                status("f", MigrationState.UNKNOWN_TO_CODE));

        assertThat(Origin.summary(status)).isEqualTo("2 applied, 1 failed (c), 2 pending, 1 unknown to the code (f)");
    }

    @Test
    void should_shorten_long_id_lists() {
        List<MigrationStatus> status = List.of(
                status("a", MigrationState.EDITED),
                status("b", MigrationState.EDITED),
                status("c", MigrationState.EDITED),
                status("d", MigrationState.EDITED),
                status("e", MigrationState.ROLLED_BACK));

        assertThat(Origin.summary(status)).isEqualTo("0 applied, 1 rolled back (e), 4 edited (a, b, c, …)");
    }

    private static MigrationStatus status(String id, MigrationState state) {
        return new MigrationStatus(id, state, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
