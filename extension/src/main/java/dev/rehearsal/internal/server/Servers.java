package dev.rehearsal.internal.server;

import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.spi.PostgresProvider;
import java.util.Set;

/** Chooses the provider named by {@value Settings#PROVIDER}. */
public final class Servers {
    private Servers() {}

    /**
     * {@code auto} (default): external when {@value Settings#EXTERNAL_URL} is set, else embedded. (The
     * Testcontainers provider does not exist yet.)
     */
    public static PostgresProvider provider(Settings settings) {
        String name = settings.choice(Settings.PROVIDER, "auto", Set.of("auto", "embedded", "external"));
        ExternalPostgresProvider external = new ExternalPostgresProvider(settings);
        return switch (name) {
            case "external" -> external;
            case "embedded" -> new EmbeddedPostgresProvider(settings);
            default -> external.isConfigured() ? external : new EmbeddedPostgresProvider(settings);
        };
    }
}
