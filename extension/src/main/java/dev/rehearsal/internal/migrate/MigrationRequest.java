package dev.rehearsal.internal.migrate;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationTool;
import java.util.Locale;
import java.util.Objects;

/**
 * One request to migrate, as one immutable value from {@code @MigratesTo} (or plain Java) down to the tool: the tool
 * (detected once when {@code AUTO}), the folder the user named, its files read once with their digests ({@link
 * MigrationSnapshot}), the target, and the options and settings that change the result. The template cache keys the
 * migrated template by it and the tool runs from it (the snapshot's copy of the files), so the key and the run cannot
 * see two different contents.
 *
 * <p>Thread-safe (immutable). Internal, not API.
 *
 * @param tool the tool, never {@link MigrationTool#AUTO}
 * @param location the folder the user named
 * @param files its files, read once
 * @param target {@link MigratesTo#LATEST}, {@link MigratesTo#NONE} or a migration id
 * @param options the run's settings and the values the annotation sets for them
 */
public record MigrationRequest(
        MigrationTool tool,
        MigrationsLocation location,
        MigrationSnapshot files,
        String target,
        MigrationOptions options) {

    public MigrationRequest {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(options, "options");
        if (tool == MigrationTool.AUTO) {
            throw new IllegalArgumentException("A migration request names its tool; detect AUTO with read(…).");
        }
    }

    /**
     * Reads {@code location}'s files once and detects the tool when {@code tool} is {@link MigrationTool#AUTO} (from
     * the folder's layout and the project's own files).
     *
     * @throws MigrationSetupException when the folder cannot be read or no single tool fits it
     */
    public static MigrationRequest read(
            MigrationsLocation location, MigrationTool tool, String target, MigrationOptions options) {
        return of(location, MigrationSnapshot.read(location), tool, target, options);
    }

    /** A request on files already read ({@code files} of {@code location}); {@code AUTO} is detected. */
    public static MigrationRequest of(
            MigrationsLocation location,
            MigrationSnapshot files,
            MigrationTool tool,
            String target,
            MigrationOptions options) {
        MigrationTool resolved = tool == MigrationTool.AUTO
                ? MigrationTools.detect(
                        location.origin(),
                        location.display(),
                        options.settings().projectDirectory())
                : tool;
        return new MigrationRequest(resolved, location, files, target, options);
    }

    /** The location the tool reads: the snapshot's copy, with the user's name for it in messages. */
    public MigrationsLocation migrations() {
        return location.readFrom(files);
    }

    /** The same request with another target (e.g. {@link MigratesTo#LATEST} for a fresh install). */
    public MigrationRequest withTarget(String other) {
        return new MigrationRequest(tool, location, files, other, options);
    }

    /** Whether the request applies nothing ({@link MigratesTo#NONE}). */
    public boolean appliesNothing() {
        return MigratesTo.NONE.equals(target);
    }

    /** The options and the tool's own {@code rehearsal.<tool>.*} settings as stable text, for cache keys. */
    public String settingsKey() {
        return options.key("rehearsal." + settingsPrefix(tool) + ".");
    }

    /** The prefix of a tool's own settings, e.g. {@code golang-migrate} for {@code rehearsal.golang-migrate.*}. */
    public static String settingsPrefix(MigrationTool tool) {
        return switch (tool) {
            case PLAY_EVOLUTIONS -> "play";
            default -> tool.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }
}
