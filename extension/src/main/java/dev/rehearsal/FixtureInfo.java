package dev.rehearsal;

import java.time.Duration;
import java.util.Optional;

/**
 * What was restored into a {@link RestoredDatabase}.
 *
 * @param location the location as written in {@link RestoredFrom}, after variable expansion
 * @param source where it was found (a classpath URL or an absolute path)
 * @param sha256 SHA-256 of the file's bytes, lowercase hex
 * @param format the detected format, e.g. {@code "plain SQL"} or {@code "gzip-compressed plain SQL"}
 * @param dumpedFromVersion the server version the dump header names ({@code -- Dumped from database version}),
 *     if present
 * @param dumpedByVersion the pg_dump version the dump header names ({@code -- Dumped by pg_dump version}), if
 *     present
 * @param restoreDuration how long the restore into the template took
 * @param restoredOn the server the rehearsal ran on, e.g. {@code "PostgreSQL 15.15 (embedded)"}; empty only for
 *     infos made by hand
 * @param release the release the backup is at: the newest of the code's migrations that the backup's own history
 *     table records as applied, read with the test's migration tool before any migration ran (e.g. {@code
 *     "20240219150000_add_document_meta"}); empty when the history records none (an empty or tool-less backup), when
 *     no migrations are configured, and for infos made by hand
 */
public record FixtureInfo(
        String location,
        String source,
        String sha256,
        String format,
        Optional<String> dumpedFromVersion,
        Optional<String> dumpedByVersion,
        Duration restoreDuration,
        Optional<String> restoredOn,
        Optional<String> release) {

    /** An info that names the server it was restored on but not (yet) the release the backup is at. */
    public FixtureInfo(
            String location,
            String source,
            String sha256,
            String format,
            Optional<String> dumpedFromVersion,
            Optional<String> dumpedByVersion,
            Duration restoreDuration,
            Optional<String> restoredOn) {
        this(
                location,
                source,
                sha256,
                format,
                dumpedFromVersion,
                dumpedByVersion,
                restoreDuration,
                restoredOn,
                Optional.empty());
    }

    /** An info that does not (yet) name the server it was restored on. */
    public FixtureInfo(
            String location,
            String source,
            String sha256,
            String format,
            Optional<String> dumpedFromVersion,
            Optional<String> dumpedByVersion,
            Duration restoreDuration) {
        this(location, source, sha256, format, dumpedFromVersion, dumpedByVersion, restoreDuration, Optional.empty());
    }

    /** This info naming {@code server} as the one the rehearsal ran on, e.g. {@code "PostgreSQL 15.15 (embedded)"}. */
    public FixtureInfo restoredOn(String server) {
        return new FixtureInfo(
                location,
                source,
                sha256,
                format,
                dumpedFromVersion,
                dumpedByVersion,
                restoreDuration,
                Optional.of(server),
                release);
    }

    /**
     * This info naming the release the backup is at (the newest migration its own history records as applied), or
     * none.
     */
    public FixtureInfo withRelease(Optional<String> newestApplied) {
        return new FixtureInfo(
                location,
                source,
                sha256,
                format,
                dumpedFromVersion,
                dumpedByVersion,
                restoreDuration,
                restoredOn,
                newestApplied);
    }

    /**
     * A one-line description used in messages: location, short checksum, pg_dump version and the server the
     * rehearsal ran on.
     */
    public String describe() {
        StringBuilder text = new StringBuilder(location)
                .append(" (sha256 ")
                .append(sha256, 0, Math.min(12, sha256.length()))
                .append('…');
        dumpedByVersion.ifPresent(v -> text.append(", pg_dump ").append(v));
        restoredOn.ifPresent(server -> text.append(", restored on ").append(server));
        return text.append(')').toString();
    }
}
