package dev.rehearsal.internal.migrate.prisma;

import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Prisma migrations directory as {@code prisma migrate deploy} lists it: every immediate sub-directory is a
 * migration named after the directory, its script is {@code migration.sql}; {@code migration_lock.toml} names the
 * provider.
 *
 * <p>Order: by name in {@link String#compareTo} order, which is byte order for the ASCII names Prisma generates
 * (older engines sorted by bytes; the current CLI uses {@code localeCompare}: both agree on generated names). When
 * the two orders disagree, a warning says so. Symbolic links to directories are not migrations (Node's {@code
 * Dirent.isDirectory()}).
 */
final class PrismaMigrationsDirectory {
    static final String PROVIDER = "postgresql";

    private final Path directory;
    private final String display;
    private final Optional<String> lockFile;
    private final List<LocalMigration> migrations;
    private final List<String> warnings;

    private PrismaMigrationsDirectory(
            Path directory, String display, Optional<String> lockFile, List<LocalMigration> migrations) {
        this.directory = directory;
        this.display = display;
        this.lockFile = lockFile;
        this.migrations = List.copyOf(migrations);
        this.warnings = orderWarnings(migrations);
    }

    /** Reads the directory listing, the lock file and every {@code migration.sql} (read errors are kept). */
    static PrismaMigrationsDirectory read(Path directory, String display) {
        List<LocalMigration> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(readMigration(entry, display));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MigrationSetupException(
                    "The Prisma migrations directory " + display + " (" + directory + ") cannot be listed: " + e, e);
        }
        found.sort(Comparator.comparing(LocalMigration::name));
        Optional<String> lockFile;
        try {
            lockFile = Optional.of(Files.readString(directory.resolve("migration_lock.toml"), StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            lockFile = Optional.empty(); // the CLI treats an unreadable lock file as absent
        }
        return new PrismaMigrationsDirectory(directory, display, lockFile, found);
    }

    private static LocalMigration readMigration(Path migrationDirectory, String display) {
        String name = migrationDirectory.getFileName().toString();
        Path script = migrationDirectory.resolve("migration.sql");
        String displayPath = display + "/" + name + "/migration.sql";
        try {
            byte[] bytes = Files.readAllBytes(script);
            // Node's readFile(…, 'utf-8'): BOM kept, malformed sequences replaced by U+FFFD (so is Java's decoder).
            return new LocalMigration(
                    name,
                    script,
                    displayPath,
                    Optional.of(new String(bytes, StandardCharsets.UTF_8)),
                    Optional.empty());
        } catch (NoSuchFileException e) {
            return new LocalMigration(name, script, displayPath, Optional.empty(), Optional.of("the file is missing"));
        } catch (IOException e) {
            return new LocalMigration(name, script, displayPath, Optional.empty(), Optional.of(e.toString()));
        }
    }

    Path directory() {
        return directory;
    }

    String display() {
        return display;
    }

    List<LocalMigration> migrations() {
        return migrations;
    }

    List<String> names() {
        return migrations.stream().map(LocalMigration::name).toList();
    }

    Optional<LocalMigration> find(String name) {
        return migrations.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    List<String> warnings() {
        return warnings;
    }

    /**
     * The provider check of deploy and {@code resolve --applied} ({@code error_on_changed_provider}): the first
     * line starting with {@code provider}, without a leading {@code provider = } and surrounding quotes, must be
     * {@code postgresql}. No lock file: no check.
     *
     * @throws MigrationRefusedException P3019 when it is not
     */
    void checkProvider(String command) {
        if (lockFile.isEmpty()) {
            return;
        }
        String expected = lockFile.get()
                .lines()
                .filter(line -> line.startsWith("provider"))
                .findFirst()
                .map(PrismaMigrationsDirectory::providerValue)
                .orElse("<PROVIDER NOT FOUND>");
        if (!expected.equals(PROVIDER)) {
            throw PrismaErrors.refused(
                    "P3019",
                    PrismaErrors.p3019(PROVIDER, expected),
                    "A real `" + command + "` would stop here too: " + display + "/migration_lock.toml names the"
                            + " provider `" + expected + "`, but the database is PostgreSQL. Fix the lock file"
                            + " (provider = \"postgresql\") if the migrations were written for PostgreSQL.");
        }
    }

    private static String providerValue(String line) {
        String value = line;
        while (value.startsWith("provider = ")) {
            value = value.substring("provider = ".length());
        }
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == '"') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == '"') {
            end--;
        }
        return value.substring(start, end);
    }

    /** SHA-256 over the lock file and each migration's name and script, in order. */
    String fingerprint() {
        Fingerprint digest = new Fingerprint("prisma").add(lockFile.orElse("<no lock file>"));
        for (LocalMigration migration : migrations) {
            digest.add(migration.name()).add(migration.checksum().orElse("<unreadable>"));
        }
        return digest.hex();
    }

    private List<String> orderWarnings(List<LocalMigration> sorted) {
        List<String> names = sorted.stream().map(LocalMigration::name).toList();
        Collator collator = Collator.getInstance(Locale.ROOT);
        List<String> localeOrder = new ArrayList<>(names);
        localeOrder.sort(collator);
        if (localeOrder.equals(names)) {
            return List.of();
        }
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(localeOrder.get(i))) {
                return List.of("The migrations in " + display + " sort differently by bytes (the order Rehearsal"
                        + " and older Prisma engines use: " + names.get(i) + " at position " + (i + 1)
                        + ") and by locale (the current Prisma CLI's localeCompare: " + localeOrder.get(i)
                        + "). Rename them so both orders agree (Prisma's generated names do: 14-digit timestamp,"
                        + " lowercase snake_case).");
            }
        }
        return List.of();
    }
}
