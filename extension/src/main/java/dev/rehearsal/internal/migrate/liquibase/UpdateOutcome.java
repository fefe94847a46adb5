package dev.rehearsal.internal.migrate.liquibase;

import java.util.List;
import java.util.Optional;

/**
 * What a Liquibase update did.
 *
 * @param ran the changesets that ran, in order
 * @param failed the changeset Liquibase reported as failed, if any
 * @param failure the failure, empty on success
 * @param validation whether Liquibase refused before running anything (validation: checksums, duplicates, …)
 */
record UpdateOutcome(
        List<ChangeSetRef> ran, Optional<ChangeSetRef> failed, Optional<Exception> failure, boolean validation) {
    UpdateOutcome {
        ran = List.copyOf(ran);
    }
}
