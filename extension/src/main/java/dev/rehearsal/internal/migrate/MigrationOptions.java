package dev.rehearsal.internal.migrate;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.internal.config.Settings;
import java.util.Objects;
import java.util.Optional;

/**
 * What a migration tool needs besides the directory and the database: {@link MigratesTo}'s tool-specific attributes
 * and the user's settings.
 *
 * <p>Internal, not API.
 *
 * @param command {@link MigratesTo#command()}, empty when blank
 * @param allowDowns {@link MigratesTo#allowDowns()}
 * @param settings the run's settings (system properties, JUnit parameters, environment, rehearsal.yml)
 */
public record MigrationOptions(Optional<String> command, boolean allowDowns, Settings settings) {

    public MigrationOptions {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(settings, "settings");
        command = command.filter(c -> !c.isBlank()).map(String::strip);
    }

    /** No command, no downs, settings from the system only. */
    public static MigrationOptions defaults() {
        return new MigrationOptions(Optional.empty(), false, Settings.fromSystem());
    }

    /** The options {@code annotation} sets, with {@code settings}. */
    public static MigrationOptions of(MigratesTo annotation, Settings settings) {
        return new MigrationOptions(Optional.of(annotation.command()), annotation.allowDowns(), settings);
    }

    /**
     * A stable text of what changes how migrations run, for cache keys: the command, allowDowns and every
     * {@code rehearsal.<tool>.} setting of the tool.
     */
    public String key(String toolSettingsPrefix) {
        return "command=" + command.orElse("") + " allowDowns=" + allowDowns + " settings="
                + settings.under(toolSettingsPrefix);
    }
}
