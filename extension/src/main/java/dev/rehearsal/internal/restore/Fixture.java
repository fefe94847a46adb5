package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.FixtureRestoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * A resolved backup file: where it was found, its checksum, its detected format and the versions its header
 * names. Made by {@link Fixtures#resolve}; {@link #open()} yields the decompressed script as often as needed.
 *
 * <p>Thread-safe (immutable). Internal, not API.
 *
 * @param location the location as written, after {@code ${env:…}}/{@code ${sys:…}} expansion
 * @param source where it was found: a classpath URL or an absolute path
 * @param sha256 SHA-256 of the file's bytes (compressed, as stored), lowercase hex
 * @param format the format detected from the content
 * @param dumpedFromVersion the server version named by {@code -- Dumped from database version …}, if any
 * @param dumpedByVersion the pg_dump version named by {@code -- Dumped by pg_dump version …}, if any
 * @param bytes the stored bytes
 */
public record Fixture(
        String location,
        String source,
        String sha256,
        DumpFormat format,
        Optional<String> dumpedFromVersion,
        Optional<String> dumpedByVersion,
        ByteSource bytes) {

    public Fixture {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(dumpedFromVersion, "dumpedFromVersion");
        Objects.requireNonNull(dumpedByVersion, "dumpedByVersion");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Whether the stored bytes are a compressed script (gzip, zstd or lz4). */
    public boolean compressed() {
        return format.compressed();
    }

    /**
     * A new stream over the decompressed script (for archives: over the stored bytes); the caller closes it.
     * Reading it fails with an {@link IOException} naming the file and how far it got when compressed data is
     * truncated or damaged.
     *
     * @throws UncheckedIOException when the file cannot be read any more or its compressed data does not start
     *     correctly
     */
    public InputStream open() {
        try {
            return format.decompress(bytes.open(), location);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + location + " (" + source + "): " + e.getMessage(), e);
        }
    }

    /** Like {@link #open()}, but failures become a {@link FixtureRestoreException} naming the fixture. */
    InputStream openForRestore() {
        return openForRestore(null, null);
    }

    /**
     * Like {@link #openForRestore()}, counting the stored (compressed) bytes read into {@code read} for {@code
     * progress}, which ticks on every read; both null: not counted.
     */
    InputStream openForRestore(RestoreProgress progress, LongAdder read) {
        try {
            if (progress == null) {
                return open();
            }
            try {
                return format.decompress(progress.counting(bytes.open(), read), location);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Could not read " + location + " (" + source + "): " + e.getMessage(), e);
            }
        } catch (UncheckedIOException e) {
            throw new FixtureRestoreException(
                    "Could not read " + location + " (" + source + "): "
                            + e.getCause().getMessage(),
                    location,
                    0,
                    e.getCause());
        }
    }

    /** The public description of this fixture with the measured restore duration. */
    public FixtureInfo info(Duration restoreDuration) {
        return new FixtureInfo(
                location, source, sha256, format.displayName(), dumpedFromVersion, dumpedByVersion, restoreDuration);
    }
}
