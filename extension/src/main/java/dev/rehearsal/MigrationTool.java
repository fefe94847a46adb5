package dev.rehearsal;

/** The migration tools Rehearsal can reproduce. */
public enum MigrationTool {
    /** Detect the tool from the layout of the migrations location, and say which was chosen. */
    AUTO,
    /**
     * Prisma Migrate: {@code <migrations>/<name>/migration.sql}, history in {@code _prisma_migrations},
     * reproducing {@code prisma migrate deploy} (Prisma 6 behaviour: each script in one implicit transaction).
     */
    PRISMA
}
