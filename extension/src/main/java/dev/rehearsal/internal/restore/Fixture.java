package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.FixtureRestoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A resolved backup file: where it was found, its checksum, its detected format and the versions its header
 * names. Made by {@link Fixtures#resolve}; {@link #open()} yields the decompressed script as often as needed.
 *
 * <p>Thread-safe (immutable). Internal, not API.
 *
 * @param location the location as written, after {@code ${env:…}}/{@code ${sys:…}} expansion
 * @param source where it was found: a classpath URL or an absolute path
 * @param sha256 SHA-256 of the file's bytes (compressed, as stored), lowercase hex
 * @param format {@value Fixtures#PLAIN} or {@value Fixtures#GZIP}
 * @param dumpedFromVersion the server version named by {@code -- Dumped from database version …}, if any
 * @param dumpedByVersion the pg_dump version named by {@code -- Dumped by pg_dump version …}, if any
 * @param bytes the stored bytes
 */
public record Fixture(
        String location,
        String source,
        String sha256,
        String format,
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

    /** Whether the stored bytes are gzip-compressed. */
    public boolean compressed() {
        return format.equals(Fixtures.GZIP);
    }

    /**
     * A new stream over the decompressed script; the caller closes it.
     *
     * @throws UncheckedIOException when the file cannot be read any more
     */
    public InputStream open() {
        try {
            InputStream raw = bytes.open();
            if (!compressed()) {
                return raw;
            }
            try {
                return new GZIPInputStream(raw, 1 << 16);
            } catch (IOException | RuntimeException e) {
                raw.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + location + " (" + source + "): " + e.getMessage(), e);
        }
    }

    /** Like {@link #open()}, but failures become a {@link FixtureRestoreException} naming the fixture. */
    InputStream openForRestore() {
        try {
            return open();
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
        return new FixtureInfo(location, source, sha256, format, dumpedFromVersion, dumpedByVersion, restoreDuration);
    }
}
