package dev.rehearsal.internal.template;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import java.util.Optional;

/**
 * A template database holding a restored fixture after its migrations ran, with how the run ended: a failed
 * migration leaves the database half-upgraded, exactly as the tool would, and the failure is kept for the tests.
 */
public record MigratedTemplate(
        String database,
        MigrationTool tool,
        MigrationsLocation location,
        RestoredTemplate base,
        Optional<MigrationFailedException> failure,
        Optional<MigrationRefusedException> refusal) {}
