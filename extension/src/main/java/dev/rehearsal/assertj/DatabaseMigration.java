package dev.rehearsal.assertj;

import dev.rehearsal.RestoredDatabase;
import java.util.Objects;

/**
 * One migration of a {@link RestoredDatabase}'s history, by id in the tool's vocabulary (Prisma: the folder name):
 * the subject of {@link FailedMigrationAssert}.
 *
 * <p>A value: immutable and safe to share between threads.
 *
 * @param database the database whose history is examined
 * @param id the migration id
 */
public record DatabaseMigration(RestoredDatabase database, String id) {

    public DatabaseMigration {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(id, "migration id");
    }
}
