package dev.rehearsal.internal.migrate;

import java.util.Optional;

/**
 * The migration being applied on this thread, set around {@link AbstractToolMigrations#applyOne} so that code watching
 * the statements a tool sends (the pre-flight's trial run) can tell which migration a statement belongs to.
 *
 * <p>Internal, not API.
 */
public final class CurrentMigration {
    private static final ThreadLocal<String> ID = new ThreadLocal<>();

    private CurrentMigration() {}

    /** The id of the migration this thread is applying, if a tool said so. */
    public static Optional<String> id() {
        return Optional.ofNullable(ID.get());
    }

    /**
     * Marks {@code id} as the migration this thread applies, for a tool that runs its own loop and says so through
     * callbacks (Flyway, Liquibase); {@code null} clears it. Returns the previous id.
     */
    public static String enter(String id) {
        String previous = ID.get();
        ID.set(id);
        return previous;
    }

    /** Restores the id {@link #enter} returned. */
    public static void leave(String previous) {
        if (previous == null) {
            ID.remove();
        } else {
            ID.set(previous);
        }
    }
}
