package dev.rehearsal.internal.restore;

import dev.rehearsal.internal.restore.differential.ReferenceRestore;
import dev.rehearsal.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The reference restore of a resolved plain fixture: the installed psql 15 ({@link ReferenceRestore#psql}). */
final class PsqlBaseline {
    private PsqlBaseline() {}

    static void assumePsqlInstalled() {
        ReferenceRestore.assumeInstalled("psql");
    }

    /** Restores a plain script (decompressed to a temporary file first if it is gzip) into {@code db} with psql. */
    static void restore(TestDatabase db, Fixture fixture, Path workDir) {
        assumePsqlInstalled();
        try {
            Path script = Files.createTempFile(workDir, "psql-input", ".sql");
            try (InputStream in = fixture.open()) {
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            ReferenceRestore.psql(db.server(), db.name(), script, workDir);
            Files.delete(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
