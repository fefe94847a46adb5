package dev.rehearsal.internal.template;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import dev.rehearsal.internal.report.MigrationRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A template database holding a restored fixture after its migrations ran, with how the run ended: a failed
 * migration leaves the database half-upgraded, exactly as the tool would, and the failure is kept for the tests.
 * {@code record} is what the run recorded (the migrations it applied with their profiles), {@code null} when nothing
 * was recorded (report and profile switched off, or a cache entry written before records were stored).
 */
public record MigratedTemplate(
        String database,
        MigrationTool tool,
        MigrationsLocation location,
        RestoredTemplate base,
        Optional<MigrationFailedException> failure,
        Optional<MigrationRefusedException> refusal,
        MigrationRecord record) {

    /** The profiles of the migrations the run applied (or failed at), by migration id. */
    public Map<String, MigrationRecord.Profile> profiles() {
        Map<String, MigrationRecord.Profile> profiles = new LinkedHashMap<>();
        if (record != null) {
            record.steps().stream()
                    .filter(step -> step.profile() != null)
                    .forEach(step -> profiles.put(step.id(), step.profile()));
        }
        return profiles;
    }
}
