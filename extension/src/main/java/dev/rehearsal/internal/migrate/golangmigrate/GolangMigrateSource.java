package dev.rehearsal.internal.migrate.golangmigrate;

import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.scripts.MigrationFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The migrations of a golang-migrate {@code file://} source ({@code source/parse.go}, {@code source/iofs}): every
 * regular file whose name matches {@code ^([0-9]+)_(.*)\.(down|up)\.(.*)$}, the version parsed as an unsigned 64-bit
 * number; other files and sub-directories are ignored. Two files for the same version and direction are golang-migrate's
 * {@code duplicate migration file} error. A version may have only an up or only a down file.
 *
 * <p>Internal, not API.
 */
final class GolangMigrateSource {
    static final Pattern NAME = Pattern.compile("^([0-9]+)_(.*)\\.(down|up)\\.(.*)$");

    /** One version: its title and the names of its up and down files (either may be absent). */
    record Version(long version, String title, Optional<String> up, Optional<String> down) {
        String id() {
            return Long.toString(version);
        }
    }

    private final Path directory;
    private final List<Version> versions;

    private GolangMigrateSource(Path directory, List<Version> versions) {
        this.directory = directory;
        this.versions = versions;
    }

    static GolangMigrateSource read(Path directory) {
        Map<Long, String[]> files = new TreeMap<>(Long::compareUnsigned);
        for (String name : MigrationFiles.names(directory)) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                continue;
            }
            long version;
            try {
                version = Long.parseUnsignedLong(m.group(1));
            } catch (NumberFormatException e) {
                throw new MigrationSetupException("The golang-migrate file " + directory.resolve(name)
                        + " has a version that is not an unsigned 64-bit number (golang-migrate fails to read the"
                        + " source with strconv.ParseUint: value out of range). Rename it.");
            }
            if (version < 0) {
                throw new MigrationSetupException("The golang-migrate file " + directory.resolve(name)
                        + " has a version above 9223372036854775807, which PostgreSQL's bigint version column of"
                        + " schema_migrations cannot hold. Rename it.");
            }
            String[] entry = files.computeIfAbsent(version, v -> new String[3]);
            int slot = m.group(3).equals("up") ? 1 : 2;
            if (entry[slot] != null) {
                throw new MigrationSetupException("duplicate migration file: " + name + " (golang-migrate refuses to"
                        + " read " + directory + ": " + entry[slot] + " has the same version " + version
                        + " and direction " + m.group(3) + "). Renumber one of them.");
            }
            entry[slot] = name;
            if (entry[0] == null || slot == 1) {
                entry[0] = m.group(2);
            }
        }
        List<Version> versions = new ArrayList<>();
        files.forEach((version, entry) -> versions.add(
                new Version(version, entry[0], Optional.ofNullable(entry[1]), Optional.ofNullable(entry[2]))));
        return new GolangMigrateSource(directory, List.copyOf(versions));
    }

    Path directory() {
        return directory;
    }

    List<Version> versions() {
        return versions;
    }

    Optional<Version> find(long version) {
        return versions.stream().filter(v -> v.version() == version).findFirst();
    }

    List<String> ids() {
        return versions.stream().map(Version::id).toList();
    }
}
