package dev.rehearsal.internal.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.cache.FileLocks;
import dev.rehearsal.internal.server.PersistentCluster;
import dev.rehearsal.internal.spi.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The persistent templates of one shared server: their metadata files, the per-key build locks, publishing,
 * clean-up of what killed JVMs left and least-recently-used eviction.
 *
 * <p>A template is built under a temporary name ({@code rehearsal_n_<key>}) while its key's lock is held, sealed,
 * renamed to its final name ({@code rehearsal_r_<key>} restored, {@code rehearsal_m_<key>} migrated) and then made
 * visible by writing its metadata (atomically: a temporary file renamed). A template counts only when its metadata
 * and its database both exist: a JVM killed at any point leaves a build database or an unlisted template, which the
 * next start removes.
 *
 * <p>Internal, not API. Thread-safe.
 */
final class TemplateStore {
    private static final System.Logger LOG = System.getLogger(TemplateStore.class.getName());
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final int KEY_CHARS = 40;

    private final PersistentCluster cluster;
    private final PostgresServer server;
    private final DatabaseAdmin admin;
    private final Path templates;
    private final Path slots;
    private final Path locks;

    TemplateStore(PersistentCluster cluster, PostgresServer server, DatabaseAdmin admin) {
        this.cluster = cluster;
        this.server = server;
        this.admin = admin;
        this.templates = cluster.directory().resolve("templates");
        this.slots = cluster.directory().resolve("slots");
        this.locks = cluster.directory().resolve("locks");
        try {
            Files.createDirectories(templates);
            Files.createDirectories(slots);
            Files.createDirectories(locks);
        } catch (IOException e) {
            throw unwritable(e);
        }
    }

    /**
     * Loads the JSON mapper and the metadata types (hundreds of milliseconds of class loading on a first use), so that
     * a run can do it while its server starts.
     */
    static void warmUp() {
        try {
            JSON.readValue(
                    "{\"format\":0,\"kind\":\"restored\",\"key\":\"k\",\"inputs\":{},\"failure\":{}}",
                    TemplateEntry.class);
            JSON.writeValueAsBytes(Map.of());
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the real reads say what is wrong
        }
    }

    /** This JVM's id among the server's users. */
    String ownerId() {
        return cluster.ownerId();
    }

    PersistentCluster cluster() {
        return cluster;
    }

    /** The size of the shared server's log now, to read what it says during a build. */
    long serverLogSize() {
        try {
            return Files.size(cluster.directory().resolve("postgres.log"));
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether the shared server's log holds {@code text} after {@code from} bytes (at most the last 1 MB read). */
    boolean serverLogSays(long from, String text) {
        Path log = cluster.directory().resolve("postgres.log");
        try (var channel = java.nio.channels.FileChannel.open(log)) {
            long start = Math.max(from, channel.size() - (1 << 20));
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.max(0, channel.size() - start));
            channel.read(buffer, start);
            return new String(buffer.array(), 0, buffer.position(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits for the build lock of {@code key} (another JVM or thread may be building it). */
    FileLocks.Held lock(TemplateKey key) {
        try {
            return FileLocks.lock(lockFile(shortKey(key.key())));
        } catch (IOException e) {
            throw unwritable(e);
        }
    }

    /**
     * The complete entry of {@code key}, noted as used by this JVM (so that no other JVM evicts it); empty when there
     * is none, or when its metadata is unreadable or of another format, or its database is gone (removed, logged).
     * Call with the key's lock held.
     */
    Optional<TemplateEntry> find(TemplateKey key, String kind) {
        Path file = metadataFile(kind, key.key());
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Optional<TemplateEntry> entry = read(file);
        if (entry.isEmpty() || !entry.get().key().equals(key.key())) {
            discard(
                    file,
                    databaseName(kind, key.key()),
                    "its metadata is unreadable or from another Rehearsal version");
            return Optional.empty();
        }
        String database = entry.get().database();
        if (database != null) {
            cluster.recordUse(database);
            if (!exists(database)) {
                discard(file, null, "its database " + database + " no longer exists");
                return Optional.empty();
            }
        }
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a read-only cache still serves; the entry just looks older to the eviction
        }
        return entry;
    }

    /** Why {@code key} is not in the cache, from the last entry built for its slot. */
    String whyMissing(TemplateKey key, String location) {
        Path file = slots.resolve(key.slot() + ".json");
        if (!Files.exists(file)) {
            return "not built before";
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, String> previous = JSON.readValue(file.toFile(), Map.class);
            if (previous.equals(key.inputs())) {
                return "the template was removed (evicted, wiped or half-built)";
            }
            return key.whatChanged(previous, location);
        } catch (IOException | RuntimeException e) {
            return "not built before (its previous inputs are unreadable)";
        }
    }

    /** The temporary name a build of {@code key} uses; any database of that name is an abandoned build. */
    String buildName(TemplateKey key) {
        return "rehearsal_n_" + shortKey(key.key());
    }

    /** The final name of a template of {@code kind} ({@code restored} or {@code migrated}). */
    static String databaseName(String kind, String key) {
        return "rehearsal_" + kind.charAt(0) + "_" + shortKey(key);
    }

    /**
     * Makes the sealed build database of {@code key} visible under its final name, then its metadata; returns the
     * final name. Call with the key's lock held.
     */
    String publish(TemplateKey key, String kind, String buildDatabase, TemplateEntry partial) {
        String name = databaseName(kind, key.key());
        admin.drop(name);
        admin.rename(buildDatabase, name);
        TemplateEntry entry = new TemplateEntry(
                TemplateEntry.FORMAT,
                kind,
                key.key(),
                key.slot(),
                name,
                key.inputs(),
                partial.tool(),
                partial.buildMillis(),
                size(name),
                partial.failure(),
                partial.report());
        try {
            write(metadataFile(kind, key.key()), entry);
            write(slots.resolve(key.slot() + ".json"), key.inputs());
        } catch (IOException e) {
            RehearsalException failure = unwritable(e);
            try {
                admin.drop(name);
            } catch (RuntimeException dropFailure) {
                failure.addSuppressed(dropFailure);
            }
            throw failure;
        }
        cluster.recordUse(name);
        return name;
    }

    /** Remembers a failed restore (no database). Call with the key's lock held. */
    void publishFailure(TemplateKey key, String kind, CachedFailure failure, long buildMillis) {
        TemplateEntry entry = new TemplateEntry(
                TemplateEntry.FORMAT, kind, key.key(), key.slot(), null, key.inputs(), null, buildMillis, 0, failure);
        try {
            write(metadataFile(kind, key.key()), entry);
            write(slots.resolve(key.slot() + ".json"), key.inputs());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "Rehearsal could not remember a failure in " + templates, e);
        }
    }

    /**
     * Removes, while no JVM attaches or leaves: test copies, before-migration views and run-only templates of JVMs
     * that are gone (a killed run's, and the copies kept by the last run), abandoned builds, templates without
     * metadata and metadata without template; then evicts the least recently used templates beyond {@code
     * maxBytes}.
     */
    void cleanUp(long maxBytes) {
        cluster.underControlLock(() -> {
            Set<String> live = new HashSet<>(cluster.liveOwners());
            List<String> databases = databases();
            for (String database : databases) {
                cleanUp(database, live);
            }
            removeOrphanMetadata(new HashSet<>(databases()));
            evict(maxBytes, new HashSet<>(cluster.inUse()));
            return null;
        });
    }

    private void cleanUp(String database, Set<String> live) {
        String[] parts = database.split("_");
        if (parts.length < 3) {
            return;
        }
        String kind = parts[1];
        switch (kind) {
            case "t", "v" -> {
                if (parts.length >= 4 && !live.contains(owner(parts[2]))) {
                    dropQuietly(
                            database, "a copy left by an earlier run (kept after a failure, or its JVM was killed)");
                }
            }
            case "b" -> {
                if (parts.length >= 4 && !live.contains(owner(parts[3]))) {
                    dropQuietly(database, "a before-migration view left by an earlier run");
                }
            }
            case "n" ->
                withFreeKeyLock(
                        parts[2], () -> dropQuietly(database, "a half-built template (its build was interrupted)"));
            case "r", "m" ->
                withFreeKeyLock(parts[2], () -> {
                    Path file = metadataFile(kind.equals("r") ? "restored" : "migrated", parts[2]);
                    Optional<TemplateEntry> entry = Files.exists(file) ? read(file) : Optional.empty();
                    if (entry.isEmpty() || !database.equals(entry.get().database())) {
                        discard(
                                file,
                                database,
                                entry.isEmpty() && Files.exists(file)
                                        ? "its metadata is unreadable or from another Rehearsal version"
                                        : "it was never published (its JVM stopped before writing its metadata)");
                    }
                });
            default -> {
                // not one of the cache's names (e.g. a test suite's own database): left alone
            }
        }
    }

    private void removeOrphanMetadata(Set<String> databases) {
        for (Path file : metadataFiles()) {
            Optional<TemplateEntry> entry = read(file);
            if (entry.isEmpty()) {
                String name = file.getFileName().toString();
                withFreeKeyLock(
                        name.substring(2, Math.min(name.length(), 2 + KEY_CHARS)),
                        () -> discard(file, null, "its metadata is unreadable or from another Rehearsal version"));
            } else if (entry.get().database() != null
                    && !databases.contains(entry.get().database())) {
                withFreeKeyLock(
                        shortKey(entry.get().key()), () -> discard(file, null, "its database no longer exists"));
            }
        }
    }

    private void evict(long maxBytes, Set<String> inUse) {
        List<Path> files = new ArrayList<>(metadataFiles());
        files.sort(java.util.Comparator.comparing(TemplateStore::modified));
        long total = 0;
        List<TemplateEntry> entries = new ArrayList<>();
        List<Path> entryFiles = new ArrayList<>();
        for (Path file : files) {
            Optional<TemplateEntry> entry = read(file);
            if (entry.isPresent() && entry.get().database() != null) {
                total += entry.get().sizeBytes();
                entries.add(entry.get());
                entryFiles.add(file);
            }
        }
        for (int i = 0; i < entries.size() && total > maxBytes; i++) {
            TemplateEntry entry = entries.get(i);
            if (inUse.contains(entry.database())) {
                continue;
            }
            Path file = entryFiles.get(i);
            long size = entry.sizeBytes();
            long before = total;
            boolean[] done = {false};
            withFreeKeyLock(shortKey(entry.key()), () -> {
                discard(
                        file,
                        entry.database(),
                        "the cache is over " + ConfigurationKeys.CACHE_MAX_SIZE + " (" + mb(before) + " > "
                                + mb(maxBytes) + "); it is the least recently used (" + mb(size) + ")");
                done[0] = true;
            });
            if (done[0]) {
                total -= size;
            }
        }
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private List<Path> metadataFiles() {
        try (var list = Files.list(templates)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The JVM id inside a run id (run ids are the owner's 8 characters plus 4 of the run). */
    private static String owner(String runId) {
        return runId.length() >= 8 ? runId.substring(0, 8) : runId;
    }

    @SuppressWarnings("try") // the lock is held for the body
    private void withFreeKeyLock(String shortKey, Runnable work) {
        try {
            Optional<FileLocks.Held> held = FileLocks.tryLock(lockFile(shortKey));
            if (held.isEmpty()) {
                return; // being built or published right now
            }
            try (FileLocks.Held lock = held.get()) {
                work.run();
            }
        } catch (IOException e) {
            throw unwritable(e);
        }
    }

    private void discard(Path metadata, String database, String why) {
        String name = metadata.getFileName().toString();
        LOG.log(
                System.Logger.Level.INFO,
                () -> "Rehearsal cache: removing template " + (database != null ? database : name) + ": " + why + ".");
        if (database != null) {
            admin.drop(database);
        }
        try {
            Files.deleteIfExists(metadata);
        } catch (IOException e) {
            throw unwritable(e);
        }
    }

    private void dropQuietly(String database, String why) {
        LOG.log(System.Logger.Level.INFO, () -> "Rehearsal cache: dropping " + database + ": " + why + ".");
        try {
            admin.drop(database);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "Rehearsal cache: could not drop " + database, e);
        }
    }

    private List<String> databases() {
        List<String> names = new ArrayList<>();
        try {
            admin.withConnection(connection -> {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery(
                                "SELECT datname FROM pg_database WHERE datname LIKE 'rehearsal\\_%' ORDER BY 1")) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw new RehearsalException("Listing the cached templates on " + server + " failed: " + e.getMessage(), e);
        }
        return names;
    }

    private boolean exists(String database) {
        try {
            return admin.withConnection(connection -> {
                try (PreparedStatement query =
                        connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    query.setString(1, database);
                    try (ResultSet row = query.executeQuery()) {
                        return row.next();
                    }
                }
            });
        } catch (SQLException e) {
            throw new RehearsalException("Looking up the template " + database + " failed: " + e.getMessage(), e);
        }
    }

    private long size(String database) {
        try {
            return admin.withConnection(connection -> {
                try (PreparedStatement query = connection.prepareStatement("SELECT pg_database_size(?)")) {
                    query.setString(1, database);
                    try (ResultSet row = query.executeQuery()) {
                        row.next();
                        return row.getLong(1);
                    }
                }
            });
        } catch (SQLException e) {
            return 0;
        }
    }

    private Optional<TemplateEntry> read(Path file) {
        try {
            TemplateEntry entry = JSON.readValue(file.toFile(), TemplateEntry.class);
            if (entry.format() != TemplateEntry.FORMAT || entry.key() == null || entry.kind() == null) {
                return Optional.empty();
            }
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void write(Path file, Object value) throws IOException {
        Path temporary = file.resolveSibling(
                "." + file.getFileName() + "." + HexFormat.of().formatHex(new byte[] {(byte) System.nanoTime()})
                        + ProcessHandle.current().pid() + ".tmp");
        try {
            byte[] bytes;
            try {
                bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Could not write the template metadata as JSON", e);
            }
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Path metadataFile(String kind, String key) {
        return templates.resolve(kind.charAt(0) + "_" + shortKey(key) + ".json");
    }

    private Path lockFile(String shortKey) {
        return locks.resolve(shortKey + ".lock");
    }

    private static String shortKey(String key) {
        return key.length() > KEY_CHARS ? key.substring(0, KEY_CHARS) : key;
    }

    private RehearsalException unwritable(IOException e) {
        return new RehearsalException(
                "Could not write the template cache in " + cluster.directory() + ": " + e
                        + ". Expected a writable directory with free space; set " + ConfigurationKeys.CACHE_DIR
                        + " to another directory, or " + ConfigurationKeys.CACHE_MODE
                        + "=run to keep nothing between runs.",
                e);
    }
}
