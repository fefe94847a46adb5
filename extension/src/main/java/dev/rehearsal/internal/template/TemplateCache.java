package dev.rehearsal.internal.template;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import dev.rehearsal.internal.restore.Fixture;
import dev.rehearsal.internal.restore.RestoreOptions;
import dev.rehearsal.internal.restore.Restorer;
import dev.rehearsal.spi.PostgresServer;
import dev.rehearsal.spi.ToolMigrations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Does the expensive work once per server: restores each fixture once into a template database (key: fixture
 * bytes + server version + restore options), migrates each (template, migration files, tool, target) once into a second template,
 * and clones them per test with {@code CREATE DATABASE … TEMPLATE}. Failures are remembered too, so every test
 * using a broken fixture fails at once with the same story.
 *
 * <p>Thread-safe: concurrent requests for the same key wait for one computation. {@link #close()} drops every
 * database the cache created.
 */
public final class TemplateCache implements AutoCloseable {
    private final PostgresServer server;
    private final DatabaseAdmin admin;
    private final String runId;
    private final Map<String, Outcome<RestoredTemplate>> restored = new ConcurrentHashMap<>();
    private final Map<String, Outcome<MigratedTemplate>> migrated = new ConcurrentHashMap<>();
    private final Map<String, Outcome<String>> beforeViews = new ConcurrentHashMap<>();
    private final List<String> created = new CopyOnWriteArrayList<>();
    /** Migration files read once per run: their ids and fingerprint key the migrated templates. */
    private final Map<ProbeKey, ToolMigrations> probes = new ConcurrentHashMap<>();

    private record ProbeKey(java.nio.file.Path directory, MigrationTool tool, MigrationOptions options) {}

    public TemplateCache(PostgresServer server) {
        this.server = server;
        this.admin = new DatabaseAdmin(server);
        this.runId = HexFormat.of().formatHex(randomBytes(3));
    }

    public PostgresServer server() {
        return server;
    }

    /**
     * The template holding {@code fixture} as restored with {@code options}; restores it on first use. The key is
     * the fixture's bytes, the server version and the options, so the same file restored with other options is
     * another template.
     */
    public RestoredTemplate restored(Fixture fixture, RestoreOptions options) {
        String key = hash(fixture.sha256(), server.version(), options.key());
        return restored.computeIfAbsent(key, k -> new Outcome<>()).get(() -> {
            String name = name("r", key);
            admin.createEmpty(name);
            created.add(name);
            try {
                FixtureInfo info = Restorer.restore(fixture, server, name, options);
                admin.sealTemplate(name);
                return new RestoredTemplate(name, key, info);
            } catch (RuntimeException e) {
                dropQuietly(name, e);
                throw e;
            }
        });
    }

    /** The template holding {@code base} migrated to {@code target}; migrates it on first use. */
    public MigratedTemplate migrated(
            RestoredTemplate base,
            MigrationsLocation location,
            MigrationTool tool,
            String target,
            MigrationOptions options) {
        ToolMigrations probe = probes.computeIfAbsent(
                new ProbeKey(location.directory(), tool, options),
                k -> MigrationTools.open(tool, DefaultMigrationContext.filesOnly(location, options)));
        if (!dev.rehearsal.MigratesTo.LATEST.equals(target) && !probe.localIds().contains(target)) {
            try {
                probe.checkTarget(target); // the tool's own notion of an id (Flyway: "003" is version 3)
            } catch (IllegalArgumentException e) {
                throw new MigrationSetupException(unknownTarget(target, location, probe.localIds()), e);
            }
        }
        String key = hash(base.key(), probe.tool().name(), probe.fingerprint(), target);
        return migrated.computeIfAbsent(key, k -> new Outcome<>()).get(() -> {
            String name = name("m", key);
            admin.cloneOf(base.database(), name);
            created.add(name);
            try {
                ToolMigrations migrations =
                        open(probe.tool(), location, name, base.fixture(), Optional.empty(), options);
                Optional<MigrationFailedException> failure = Optional.empty();
                Optional<MigrationRefusedException> refusal = Optional.empty();
                try {
                    migrations.migrateToTarget(target);
                } catch (MigrationFailedException e) {
                    failure = Optional.of(e);
                } catch (MigrationRefusedException e) {
                    refusal = Optional.of(e);
                }
                admin.sealTemplate(name);
                return new MigratedTemplate(name, probe.tool(), location, base, failure, refusal);
            } catch (RuntimeException e) {
                dropQuietly(name, e);
                throw e;
            }
        });
    }

    /** The shared, read-only copy of {@code base} that {@code RestoredDatabase.beforeMigration()} reads. */
    public String beforeMigrationView(RestoredTemplate base) {
        return beforeViews.computeIfAbsent(base.key(), k -> new Outcome<>()).get(() -> {
            String name = name("b", base.key());
            admin.cloneOf(base.database(), name);
            created.add(name);
            admin.makeReadOnly(name);
            return name;
        });
    }

    /** A fresh copy of {@code template} for one test; the caller drops it (or keeps it when the test failed). */
    public String cloneFor(String template) {
        String name = "rehearsal_t_" + runId + "_" + HexFormat.of().formatHex(randomBytes(4));
        admin.cloneOf(template, name);
        return name;
    }

    /** Drops a database created by {@link #cloneFor}. */
    public void drop(String database) {
        admin.drop(database);
    }

    /** Opens the migration history of one database created from a migrated or restored template. */
    public ToolMigrations open(
            MigrationTool tool,
            MigrationsLocation location,
            String database,
            FixtureInfo fixture,
            Optional<MigrationFailedException> failure,
            MigrationOptions options) {
        return open(tool, location, database, fixture, failure, options, Optional.empty());
    }

    /**
     * Opens the migration history of a database cloned from a template migrated to {@code preparedTarget} (the
     * {@code @MigratesTo} target), for tools that keep no history of their own.
     */
    public ToolMigrations open(
            MigrationTool tool,
            MigrationsLocation location,
            String database,
            FixtureInfo fixture,
            Optional<MigrationFailedException> failure,
            MigrationOptions options,
            Optional<String> preparedTarget) {
        DefaultMigrationContext.Target target = new DefaultMigrationContext.Target(
                server.host(),
                server.port(),
                database,
                server.username(),
                server.password(),
                server.jdbcUrl(database),
                () -> server.connect(database));
        return MigrationTools.open(
                tool,
                new DefaultMigrationContext(
                        location, Optional.of(target), Optional.ofNullable(fixture), failure, options, preparedTarget));
    }

    @Override
    public void close() {
        List<String> names = new ArrayList<>(created);
        java.util.Collections.reverse(names);
        for (String name : names) {
            try {
                admin.drop(name);
            } catch (RuntimeException e) {
                // the server may already be gone; nothing else to release
            }
        }
        created.clear();
    }

    private void dropQuietly(String name, RuntimeException failure) {
        try {
            admin.drop(name);
            created.remove(name);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private String name(String kind, String key) {
        return "rehearsal_" + kind + "_" + key.substring(0, 16) + "_" + runId;
    }

    private static String unknownTarget(String target, MigrationsLocation location, List<String> ids) {
        List<String> near = ids.stream()
                .filter(id -> id.contains(target) || target.contains(id))
                .toList();
        String shown =
                ids.size() <= 8 ? String.join(", ", ids) : String.join(", ", ids.subList(ids.size() - 8, ids.size()));
        return "@MigratesTo(\"" + target + "\") names no migration in " + location.display() + "; expected \""
                + dev.rehearsal.MigratesTo.LATEST + "\" or one of its " + ids.size() + " migration ids"
                + (near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)")
                + (ids.size() <= 8 ? ": " : ", the last ones: ") + shown + ".";
    }

    static String hash(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** A computation done once; its result or its failure is remembered. */
    private static final class Outcome<T> {
        private T value;
        private RuntimeException failure;
        private boolean done;

        synchronized T get(Supplier<T> computation) {
            if (!done) {
                try {
                    value = computation.get();
                } catch (RuntimeException e) {
                    failure = e;
                }
                done = true;
            }
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
