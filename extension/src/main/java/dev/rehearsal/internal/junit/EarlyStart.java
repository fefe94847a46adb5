package dev.rehearsal.internal.junit;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.cache.CacheSettings;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.server.Servers;
import dev.rehearsal.internal.spi.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the embedded server of a warm persistent cache when the JUnit Platform opens its launcher session, before
 * test discovery and engine start-up, which take most of a fresh JVM's first second: a rerun from the IDE then finds
 * the server ready instead of starting it when its first test asks ({@value ConfigurationKeys#EMBEDDED_START_EARLY}).
 * Registered as a service ({@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}).
 *
 * <p>Only a cache that served a run before (its {@code clusters} directory holds a data directory) is started early,
 * with the settings visible that early (system properties, the environment, {@code junit-platform.properties}, the
 * project file). The run's first start {@linkplain #take takes} the server when every server setting of the run has
 * the same value; otherwise, and when no test used it, the server is closed when the session closes (the last JVM
 * attached to a persistent server stops it). Nothing here ever fails a run: a failed early start is logged and the
 * run starts its server as without it.
 */
public final class EarlyStart implements LauncherSessionListener {
    private static final System.Logger LOG = System.getLogger(EarlyStart.class.getName());

    /**
     * Keys in the sections of these keys decide which server a run gets: {@code rehearsal.provider}, {@code
     * rehearsal.postgres.*}, {@code rehearsal.embedded.*}, {@code rehearsal.cache.*}, {@code rehearsal.external.*},
     * {@code rehearsal.testcontainers.*}.
     */
    private static final List<String> SERVER_SECTIONS = java.util.stream.Stream.of(
                    ConfigurationKeys.PROVIDER,
                    ConfigurationKeys.POSTGRES_VERSION,
                    ConfigurationKeys.EMBEDDED_SUPERUSER,
                    ConfigurationKeys.CACHE_DIR,
                    ConfigurationKeys.EXTERNAL_URL,
                    ConfigurationKeys.TESTCONTAINERS_IMAGE)
            .map(EarlyStart::section)
            .toList();

    /** {@code rehearsal.cache.dir} → {@code rehearsal.cache.}; a key of one section, e.g. {@code rehearsal.provider}, itself. */
    private static String section(String key) {
        int second = key.indexOf('.', key.indexOf('.') + 1);
        return second < 0 ? key : key.substring(0, second + 1);
    }

    /** Servers started early and not taken yet, newest last (sessions may nest: each has its own). */
    private static final List<Pending> PENDING = new ArrayList<>();

    /** A server starting (or started) early for {@code session} with the server settings {@code identity}. */
    private record Pending(
            LauncherSession session, List<Optional<String>> identity, CompletableFuture<PostgresServer> server) {}

    /** Called by the JUnit Platform through {@link java.util.ServiceLoader}. */
    public EarlyStart() {}

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            Properties platform = platformProperties();
            Settings settings = Settings.withJunitParameters(key -> Optional.ofNullable(platform.getProperty(key)));
            if (!wanted(settings)) {
                return;
            }
            CompletableFuture<PostgresServer> server = new CompletableFuture<>();
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Thread thread = new Thread(
                    () -> {
                        try {
                            server.complete(Servers.provider(settings).start());
                        } catch (Throwable e) {
                            server.completeExceptionally(e);
                        }
                    },
                    "rehearsal-early-start");
            thread.setContextClassLoader(loader);
            thread.setDaemon(true);
            synchronized (PENDING) {
                PENDING.add(new Pending(session, identity(settings), server));
            }
            thread.start();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "No early start of the embedded server: " + e.getMessage());
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        List<Pending> unused = new ArrayList<>();
        synchronized (PENDING) {
            PENDING.removeIf(p -> p.session() == session && unused.add(p));
        }
        unused.forEach(EarlyStart::close);
    }

    /**
     * The newest server started early whose server settings equal those of {@code settings}, once its start ended; the
     * run owns it from then on. Empty when there is none, or its start failed (the caller then starts its own and
     * reports what fails). A server started with other settings stays until its session closes.
     */
    static Optional<PostgresServer> take(Settings settings) {
        Pending taken = null;
        synchronized (PENDING) {
            if (PENDING.isEmpty()) {
                return Optional.empty();
            }
            List<Optional<String>> identity = identity(settings);
            for (int i = PENDING.size() - 1; i >= 0; i--) {
                if (PENDING.get(i).identity().equals(identity)) {
                    taken = PENDING.remove(i);
                    break;
                }
            }
        }
        if (taken == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(taken.server().join());
        } catch (CompletionException e) {
            LOG.log(
                    System.Logger.Level.DEBUG,
                    () -> "The early start of the embedded server failed; the run starts it: "
                            + e.getCause().getMessage());
            return Optional.empty();
        }
    }

    /** How many servers started early for {@code session} wait to be taken; for tests. */
    static long pendingCount(LauncherSession session) {
        synchronized (PENDING) {
            return PENDING.stream().filter(p -> p.session() == session).count();
        }
    }

    private static void close(Pending unused) {
        try {
            unused.server().join().close();
        } catch (CompletionException e) {
            // it never started: nothing to close
        }
    }

    private static boolean wanted(Settings settings) {
        if (settings.choice(ConfigurationKeys.EMBEDDED_START_EARLY, "auto", Set.of("auto", "never"))
                .equals("never")) {
            return false;
        }
        if (CacheSettings.of(settings).mode() != CacheSettings.Mode.PERSISTENT
                || !Servers.provider(settings).name().equals("embedded")) {
            return false;
        }
        Path clusters = settings.cacheDirectory().resolve("clusters");
        try (var list = Files.list(clusters)) {
            return list.anyMatch(cluster -> Files.isDirectory(cluster.resolve("data")));
        } catch (IOException e) {
            return false; // no cache yet: the first run starts its server when a test needs it
        }
    }

    /** The values of every server setting ({@link #SERVER_SECTIONS}) of the catalogue, in its order. */
    static List<Optional<String>> identity(Settings settings) {
        List<Optional<String>> values = new ArrayList<>();
        for (String key : catalogue()) {
            values.add(settings.get(key));
        }
        return values;
    }

    /** The keys of {@link ConfigurationKeys} (nested classes included) that decide which server a run gets. */
    static List<String> catalogue() {
        List<String> keys = new ArrayList<>();
        collect(ConfigurationKeys.class, keys);
        return keys;
    }

    private static void collect(Class<?> type, List<String> keys) {
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers)
                    && Modifier.isStatic(modifiers)
                    && Modifier.isFinal(modifiers)
                    && field.getType() == String.class) {
                try {
                    String key = (String) field.get(null);
                    if (SERVER_SECTIONS.stream().anyMatch(key::startsWith)) {
                        keys.add(key);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("ConfigurationKeys' constants are public", e);
                }
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            collect(nested, keys);
        }
    }

    /** {@code junit-platform.properties} at the root of the class path, as the JUnit Platform reads it. */
    private static Properties platformProperties() {
        Properties properties = new Properties();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = loader == null ? null : loader.getResource("junit-platform.properties");
        if (url != null) {
            try (InputStream in = url.openStream()) {
                properties.load(in);
            } catch (IOException e) {
                // the JUnit Platform reports it
            }
        }
        return properties;
    }
}
