package dev.rehearsal.internal.migrate.liquibase;

/**
 * A changeset of the changelog, in plain values.
 *
 * @param id Liquibase's identifier {@code <file>::<id>::<author>}, Rehearsal's migration id
 * @param changeSetId the changeset's {@code id}
 * @param author the changeset's {@code author}
 * @param file the changelog file as Liquibase resolved it ({@code DATABASECHANGELOG.FILENAME})
 * @param description Liquibase's description of its changes
 */
record ChangeSetRef(String id, String changeSetId, String author, String file, String description) {}
