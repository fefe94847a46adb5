package dev.rehearsal.internal.migrate.flyway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * Flyway's naming rules for SQL resources, applied with the configured prefixes, separator and suffixes (Flyway's own
 * parser is internal API, so this is Rehearsal's, following the same rules on 8.5 to 13.x): the first configured
 * suffix the name ends with (ignoring case) is cut off; the longest matching prefix (case-sensitive) among the
 * versioned prefix, the repeatable prefix and the callback event names ({@code beforeMigrate}, …) decides the kind;
 * the rest is split at the first separator into version and description ({@code _} read as a space). A versioned
 * name needs a version that {@link MigrationVersion#fromVersion} accepts; a repeatable or callback name has nothing
 * before the separator. Anything else is not a migration: Flyway skips it silently (validateMigrationNaming is off by
 * default).
 *
 * <p>{@code FlywayParityTest} checks these ids against Flyway's own {@code info} on every Flyway version of the CI
 * matrix.
 *
 * <p>Internal, not API.
 */
final class FlywayNames {

    enum Kind {
        VERSIONED,
        REPEATABLE,
        CALLBACK
    }

    /** A SQL resource name as Flyway reads it. */
    record Parsed(Kind kind, Optional<MigrationVersion> version, String description) {}

    private record Prefix(String text, Kind kind) {}

    private final List<Prefix> prefixes;
    private final String separator;
    private final String[] suffixes;

    FlywayNames(Configuration configuration) {
        List<Prefix> all = new ArrayList<>();
        all.add(new Prefix(configuration.getSqlMigrationPrefix(), Kind.VERSIONED));
        all.add(new Prefix(configuration.getRepeatableSqlMigrationPrefix(), Kind.REPEATABLE));
        for (Event event : Event.values()) {
            all.add(new Prefix(event.getId(), Kind.CALLBACK));
        }
        all.sort(Comparator.comparingInt((Prefix p) -> p.text().length()).reversed());
        this.prefixes = List.copyOf(all);
        this.separator = configuration.getSqlMigrationSeparator();
        this.suffixes = configuration.getSqlMigrationSuffixes().clone();
    }

    /** Whether {@code fileName} ends with a configured SQL migration suffix (ignoring case). */
    boolean hasSuffix(String fileName) {
        return suffix(fileName).isPresent();
    }

    /** The migration or callback {@code fileName} names; empty when Flyway would not read it as one. */
    Optional<Parsed> parse(String fileName) {
        Optional<String> suffix = suffix(fileName);
        if (suffix.isEmpty()) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, fileName.length() - suffix.get().length());
        Optional<Prefix> prefix =
                prefixes.stream().filter(p -> stem.startsWith(p.text())).findFirst();
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        String rest = stem.substring(prefix.get().text().length());
        int at = rest.indexOf(separator);
        String before = at >= 0 ? rest.substring(0, at) : rest;
        String description = (at >= 0 ? rest.substring(at + separator.length()) : "").replace('_', ' ');
        if (prefix.get().kind() != Kind.VERSIONED) {
            return before.isEmpty()
                    ? Optional.of(new Parsed(prefix.get().kind(), Optional.empty(), description))
                    : Optional.empty();
        }
        if (before.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new Parsed(Kind.VERSIONED, Optional.of(MigrationVersion.fromVersion(before)), description));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<String> suffix(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String suffix : suffixes) {
            if (lower.endsWith(suffix.toLowerCase(Locale.ROOT))) {
                return Optional.of(fileName.substring(fileName.length() - suffix.length()));
            }
        }
        return Optional.empty();
    }
}
