package dev.rehearsal.assertj;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.RestoredDatabase;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a database came from, as the closing lines of every failure message: its name, the fixture it was restored
 * from and a one-line summary of its migration state.
 */
final class Origin {
    private Origin() {}

    /**
     * The closing block of a failure message, e.g.
     *
     * <pre>
     * in database rehearsal_test_1a2b3c
     *   restored from backups/app.sql.gz (sha256 1f3a9c0d2e4b…, pg_dump 15.18)
     *   migrations: 12 applied, 1 failed (20240311_purge), 3 pending
     * </pre>
     */
    static String of(RestoredDatabase db) {
        return "in database " + db.databaseName() + "\n  restored from " + fixture(db) + "\n  " + migrations(db);
    }

    static String fixture(RestoredDatabase db) {
        FixtureInfo fixture = db.fixture();
        return fixture == null ? "an unknown fixture" : fixture.describe();
    }

    /**
     * One line: {@code migrations: 12 applied, 1 failed (20240311_purge), 3 pending}; {@code no migrations} when
     * the test configured none.
     */
    static String migrations(RestoredDatabase db) {
        List<MigrationStatus> status;
        try {
            status = db.migrations().status();
        } catch (IllegalStateException e) {
            return "no migrations";
        } catch (RuntimeException e) {
            return "migrations: state unavailable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        }
        return "migrations: " + summary(status);
    }

    /** {@code 12 applied, 1 failed (20240311_purge), 3 pending}; categories that are empty are left out. */
    static String summary(List<MigrationStatus> status) {
        List<String> parts = new ArrayList<>();
        parts.add(count(status, MigrationState.APPLIED) + " applied");
        part(parts, status, MigrationState.OUT_OF_ORDER, "applied out of order", true);
        part(parts, status, MigrationState.FAILED, "failed", true);
        part(parts, status, MigrationState.PENDING, "pending", false);
        part(parts, status, MigrationState.ROLLED_BACK, "rolled back", true);
        part(parts, status, MigrationState.EDITED, "edited", true);
        part(parts, status, MigrationState.UNKNOWN_TO_CODE, "unknown to the code", true);
        return String.join(", ", parts);
    }

    private static void part(
            List<String> parts, List<MigrationStatus> status, MigrationState state, String label, boolean withIds) {
        List<String> ids = status.stream()
                .filter(s -> s.state() == state)
                .map(MigrationStatus::id)
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        String text = ids.size() + " " + label;
        if (withIds) {
            text += " (" + String.join(", ", ids.subList(0, Math.min(3, ids.size()))) + (ids.size() > 3 ? ", …" : "")
                    + ")";
        }
        parts.add(text);
    }

    private static long count(List<MigrationStatus> status, MigrationState state) {
        return status.stream().filter(s -> s.state() == state).count();
    }
}
