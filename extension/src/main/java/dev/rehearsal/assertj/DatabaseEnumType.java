package dev.rehearsal.assertj;

import dev.rehearsal.RestoredDatabase;
import java.util.Objects;

/**
 * An enum type of a {@link RestoredDatabase}: the subject of {@link EnumTypeAssert}.
 *
 * <p>A value: immutable and safe to share between threads.
 *
 * @param database the database
 * @param name the type's name ({@code "DocumentStatus"} or {@code "public.DocumentStatus"}), matched exactly
 */
public record DatabaseEnumType(RestoredDatabase database, String name) {
    public DatabaseEnumType {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(name, "enum type name");
    }
}
