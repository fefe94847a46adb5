package dev.rehearsal.internal.migrate.play;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.internal.spi.MigrationToolSupport;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Play Evolutions' layout: files {@code 1.sql}, {@code 2.sql}, … with a {@code !Ups} marker line ({@code -- !Ups}
 * or {@code # --- !Ups}), in the location itself ({@code conf/evolutions/default}) or in one database folder below
 * it ({@code conf/evolutions}).
 *
 * <p>Internal, not API.
 */
public final class PlayEvolutionsSupport implements MigrationToolSupport {
    private static final Pattern MARKER = Pattern.compile("(?m)^[ \\t]*(#|--).*!(Ups|Downs).*$");

    @Override
    public MigrationTool tool() {
        return MigrationTool.PLAY_EVOLUTIONS;
    }

    @Override
    public Optional<String> detect(Path directory) {
        try {
            Optional<String> here = evidence(directory);
            if (here.isPresent()) {
                return here;
            }
            List<String> databases = EvolutionsFolder.databaseFolders(directory).stream()
                    .filter(name -> evidence(directory.resolve(name)).isPresent())
                    .toList();
            if (databases.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of((databases.size() == 1 ? "the database folder " : "the database folders ")
                    + String.join("/, ", databases) + "/ holding "
                    + evidence(directory.resolve(databases.get(0))).orElse("evolution scripts"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public ToolMigrations open(MigrationContext context) {
        PlaySettings settings = PlaySettings.from(context);
        EvolutionsFolder folder = EvolutionsFolder.read(context.directory(), context.location(), settings.database());
        return new PlayEvolutionsMigrations(context, folder, settings, Clock.systemUTC());
    }

    private static Optional<String> evidence(Path directory) {
        List<String> files = EvolutionsFolder.evolutionFiles(directory);
        long marked = files.stream()
                .filter(name -> hasMarker(directory.resolve(name)))
                .count();
        if (marked == 0) {
            return Optional.empty();
        }
        return Optional.of(files.size() + " file" + (files.size() == 1 ? "" : "s") + " named <revision>.sql, " + marked
                + " with a \"-- !Ups\" / \"# --- !Ups\" marker");
    }

    private static boolean hasMarker(Path file) {
        try {
            return MARKER.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
                    .find();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
