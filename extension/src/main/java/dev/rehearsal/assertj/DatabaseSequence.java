package dev.rehearsal.assertj;

import dev.rehearsal.RestoredDatabase;
import java.util.Objects;

/**
 * A sequence of a {@link RestoredDatabase}: the subject of {@link SequenceAssert}.
 *
 * <p>A value: immutable and safe to share between threads.
 *
 * @param database the database
 * @param name the sequence's name ({@code "Document_id_seq"} or {@code "public.Document_id_seq"}), matched exactly
 */
public record DatabaseSequence(RestoredDatabase database, String name) {
    public DatabaseSequence {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(name, "sequence name");
    }
}
