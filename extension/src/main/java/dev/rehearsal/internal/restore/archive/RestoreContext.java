package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.restore.RestoreProgress;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.postgresql.util.ServerErrorMessage;

/**
 * What every session of one archive restore shares: the fixture's name, the archive's encoding,
 * {@code standard_conforming_strings} and search path (its ENCODING, STDSTRINGS and SEARCHPATH entries), and how
 * failures are reported.
 *
 * <p>Thread-safe (immutable, except for the notes, which are collected concurrently). Internal, not API.
 */
final class RestoreContext {

    private static final System.Logger LOG = System.getLogger(ArchiveRestorer.class.getName());

    private final String location;
    private final Archive archive;
    private final Optional<String> searchPath;
    private final RestoreProgress progress;
    private final LongAdder rows = new LongAdder();
    private final Map<String, Note> notes = Collections.synchronizedMap(new LinkedHashMap<>());

    RestoreContext(String location, Archive archive) {
        this(location, archive, null);
    }

    /** A context whose table data loads write progress lines to {@code progress} (null: none). */
    RestoreContext(String location, Archive archive, RestoreProgress progress) {
        this.location = Objects.requireNonNull(location, "location");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.progress = progress;
        this.searchPath = archive.entries().stream()
                .filter(entry -> entry.desc().equals("SEARCHPATH"))
                .map(TocEntry::defn)
                .filter(defn -> !defn.isBlank())
                .findFirst();
    }

    /**
     * Starts the progress lines of the data loads: stored bytes of the archive's data parts read, of their total, and
     * the rows loaded.
     */
    void startProgress() {
        if (progress != null) {
            progress.phase("Restoring", archive.storedDataSize(), archive::storedBytesRead, rows::sum, "rows", () -> 0);
        }
    }

    /**
     * {@code data} (an entry's decompressed data part) counting its lines as rows loaded (the {@code \.} end line of
     * COPY data left out), with a progress tick after every read; {@code data} itself without progress.
     */
    InputStream withProgress(InputStream data, TocEntry entry) {
        if (progress == null) {
            return data;
        }
        boolean copy = !entry.copyStmt().isEmpty();
        return new FilterInputStream(data) {
            private boolean ended;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b == '\n') {
                    rows.increment();
                }
                counted(b < 0);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                int lines = 0;
                for (int i = offset; i < offset + n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                rows.add(lines);
                counted(n < 0);
                return n;
            }

            private void counted(boolean end) {
                if (end && copy && !ended) {
                    ended = true;
                    rows.decrement();
                }
                progress.tick();
            }
        };
    }

    /** The fixture location, for messages. */
    String location() {
        return location;
    }

    Archive archive() {
        return archive;
    }

    /** Whether the archive has a SEARCHPATH entry (1.13+); older archives get a search path per entry. */
    boolean hasSearchPath() {
        return searchPath.isPresent();
    }

    boolean standardConformingStrings() {
        return archive.standardConformingStrings();
    }

    /**
     * {@code _doSetFixedOutputState()}: the settings every restore session starts with. {@code client_encoding} is
     * left at UTF8 (PgJDBC requires it); data in another encoding is transcoded instead.
     */
    List<String> fixedSettings(int serverMajorVersion) {
        List<String> settings = new ArrayList<>();
        settings.add("SET statement_timeout = 0");
        settings.add("SET lock_timeout = 0");
        settings.add("SET idle_in_transaction_session_timeout = 0");
        if (serverMajorVersion >= 17) {
            settings.add("SET transaction_timeout = 0");
        }
        settings.add("SET standard_conforming_strings = " + (standardConformingStrings() ? "on" : "off"));
        searchPath.ifPresent(settings::add);
        settings.add("SET check_function_bodies = false");
        settings.add("SET xmloption = content");
        settings.add("SET client_min_messages = warning");
        if (!standardConformingStrings()) {
            settings.add("SET escape_string_warning = off");
        }
        settings.add("SET row_security = off");
        return settings;
    }

    /**
     * The data stream as UTF-8, which is what the session's client_encoding says it sends. UTF8 and SQL_ASCII data
     * passes unchanged (with SQL_ASCII, pg_restore's bytes are not converted either; the server checks them).
     */
    InputStream toUtf8(InputStream data) {
        Charset charset = archive.charset();
        String encoding = archive.encoding().toUpperCase(java.util.Locale.ROOT).replace("_", "");
        if (charset.equals(StandardCharsets.UTF_8) || encoding.equals("SQLASCII")) {
            return data;
        }
        return new RestoreTranscoder(data, charset, location);
    }

    /** {@code schema.table} of a TABLE DATA entry, for messages. */
    String tableName(TocEntry entry) {
        return entry.namespace().map(schema -> schema + ".").orElse("") + entry.tag();
    }

    /**
     * Records something the restore deliberately did differently from what the archive asks (logged once, at the
     * end, by {@link #logNotes}); notes with the same key are counted, the first entry named.
     */
    void note(String key, TocEntry entry, String message) {
        notes.merge(
                key, new Note(entry.describe(), message, 1), (a, b) -> new Note(a.where(), a.message(), a.count() + 1));
    }

    /** The notes, one line each: {@code TOC entry N (…): message}, with how many entries it concerned. */
    List<String> notes() {
        List<String> lines = new ArrayList<>();
        List<Note> all;
        synchronized (notes) {
            all = List.copyOf(notes.values());
        }
        for (Note note : all) {
            lines.add(note.where() + ": " + note.message()
                    + (note.count() > 1 ? " (" + note.count() + " entries, the first named)" : ""));
        }
        return lines;
    }

    /** Logs the notes, if any, as one message naming the fixture. */
    void logNotes() {
        if (!notes.isEmpty()) {
            LOG.log(
                    System.Logger.Level.INFO,
                    () -> "Restoring " + location + ", Rehearsal left out or changed:\n  - "
                            + String.join("\n  - ", notes()));
        }
    }

    private record Note(String where, String message, int count) {}

    /**
     * The exception for a statement or data transfer that failed while restoring {@code entry}: the fixture, the
     * TOC entry, what was being done, an excerpt of the statement and the server's SQLSTATE, message, detail, hint
     * and context.
     */
    FixtureRestoreException failure(TocEntry entry, String statement, String doing, Exception e) {
        StringBuilder text = new StringBuilder("Restoring ").append(location).append(" failed at ");
        text.append(entry == null ? "the session set-up" : entry.describe());
        if (doing != null) {
            text.append(", ").append(doing);
        }
        text.append('\n');
        if (statement != null && !statement.isBlank()) {
            text.append("    ")
                    .append(FixtureRestoreException.excerpt(statement))
                    .append('\n');
        }
        Optional<ServerErrorMessage> server = RestoreSession.serverMessage(e);
        if (server.isPresent()) {
            ServerErrorMessage message = server.get();
            text.append("  ERROR ").append(message.getSQLState()).append(": ").append(message.getMessage());
            appendLine(text, "DETAIL", message.getDetail());
            appendLine(text, "HINT", message.getHint());
            appendLine(text, "CONTEXT", message.getWhere());
        } else if (e instanceof SQLException sql) {
            text.append("  ERROR ")
                    .append(sql.getSQLState() == null ? "?????" : sql.getSQLState())
                    .append(": ")
                    .append(sql.getMessage());
        } else if (e instanceof IOException) {
            text.append("  could not read the archive: ").append(e.getMessage());
        } else {
            text.append("  ").append(e);
        }
        text.append("\n  The restore stopped at this entry (like pg_restore --exit-on-error); nothing after it ran.");
        return new FixtureRestoreException(text.toString(), location, 0, e);
    }

    private static void appendLine(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append("\n  ").append(label).append(": ").append(value);
        }
    }
}
