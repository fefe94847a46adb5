package dev.rehearsal.assertj;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationHistory;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.internal.db.DefaultRestoredDatabase;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.assertj.core.description.TextDescription;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * A fresh database on the test server, set up with plain SQL and wrapped as a {@link RestoredDatabase}; closing
 * it drops it.
 */
final class AssertjTestDatabase implements AutoCloseable {
    static final String SHA256 = sha256("assertj-test");
    static final FixtureInfo FIXTURE = new FixtureInfo(
            "assertj-test.sql",
            "(built by the assertj tests)",
            SHA256,
            "plain SQL",
            Optional.empty(),
            Optional.empty(),
            Duration.ofMillis(1));

    private final TestDatabase raw;
    private final RestoredDatabase db;

    private AssertjTestDatabase(TestDatabase raw, RestoredDatabase db) {
        this.raw = raw;
        this.db = db;
    }

    /** A database set up with {@code sql}, without migrations, that is its own pre-migration state. */
    static AssertjTestDatabase create(String sql) {
        return create(sql, null);
    }

    /** A database set up with {@code sql} whose {@code beforeMigration()} is {@code before}. */
    static AssertjTestDatabase create(String sql, RestoredDatabase before) {
        TestDatabase raw = TestPostgres.newDatabase();
        try {
            if (!sql.isBlank()) {
                raw.execute(sql);
            }
            return new AssertjTestDatabase(raw, wrap(raw, null, before));
        } catch (RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** An empty database; set it up and wrap it yourself, e.g. with migrations. */
    static TestDatabase empty() {
        return TestPostgres.newDatabase();
    }

    static RestoredDatabase wrap(TestDatabase raw, MigrationHistory migrations, RestoredDatabase before) {
        return new DefaultRestoredDatabase(raw.server(), raw.name(), FIXTURE, migrations, before);
    }

    RestoredDatabase db() {
        return db;
    }

    TestDatabase raw() {
        return raw;
    }

    /** The closing lines of every failure message for a database without migrations. */
    static String origin(RestoredDatabase db) {
        return origin(db, "no migrations");
    }

    /** The closing lines of a failure message, with the expected migrations line. */
    static String origin(RestoredDatabase db, String migrationsLine) {
        return "in database " + db.databaseName() + "\n  restored from assertj-test.sql (sha256 "
                + SHA256.substring(0, 12) + "…)\n  " + migrationsLine;
    }

    /** What a factory says for an assert described as {@code description}. */
    static String message(String description, ErrorMessageFactory factory) {
        return factory.create(new TextDescription("%s", description), StandardRepresentation.STANDARD_REPRESENTATION);
    }

    @Override
    public void close() {
        raw.close();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
