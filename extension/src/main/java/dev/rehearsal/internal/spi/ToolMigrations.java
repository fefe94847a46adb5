package dev.rehearsal.internal.spi;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationHistory;
import java.util.List;

/**
 * One migration tool's migrations directory bound to one database: the history as the tool sees it and the
 * operator's moves on it. Made by {@link MigrationToolSupport#open}.
 *
 * <p>Thread-safety: implementations serialise their operations; one instance may be shared.
 */
public interface ToolMigrations extends MigrationHistory {

    /** The migrations location as the user wrote it, for messages (e.g. {@code prisma/migrations}). */
    String location();

    /** The ids of the migrations found in the code, in the order the tool applies them. */
    List<String> localIds();

    /**
     * SHA-256 (lowercase hex) over the tool, the migration ids and the bytes of their files, in order: two
     * directories with the same fingerprint migrate a database identically (part of the template cache key).
     */
    String fingerprint();

    /** Things the tool would not complain about but a reviewer should know (e.g. an ambiguous order). */
    List<String> warnings();

    /**
     * Applies the migrations {@link MigratesTo#value()} asks for: {@link MigratesTo#LATEST} runs {@link
     * #deploy()}, anything else {@link #migrateTo(String)}.
     */
    default void migrateToTarget(String target) {
        if (MigratesTo.LATEST.equals(target)) {
            deploy();
        } else {
            migrateTo(target);
        }
    }

    /**
     * Checks, without touching the database, that {@code target} is {@link MigratesTo#LATEST} or a migration of
     * the code.
     *
     * @throws IllegalArgumentException naming the closest ids when it is not
     */
    void checkTarget(String target);
}
