package dev.rehearsal.internal.restore;

import static dev.rehearsal.internal.restore.RestoreTesting.compress;
import static dev.rehearsal.internal.restore.RestoreTesting.restore;
import static dev.rehearsal.internal.restore.RestoreTesting.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken plain-script input, the list of issue 3: each case ends in a {@link FixtureRestoreException}
 * that names the fixture (and the line, where there is one) and says what is wrong and what to do; wherever the
 * problem can be seen by reading the file it is refused before anything runs (the database stays empty); no case
 * hangs (class-wide timeout) or leaves anything behind (no restore session stays open, no temporary file stays).
 *
 * <p>The real dumps come from {@code src/test/fixtures/generate.sh}; the damage is done here.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostilePlainInputTest {
    private static final String DUMPS = "restore/pgdump/";

    @TempDir
    Path dir;

    private static byte[] resource(String name) {
        try (InputStream in = HostilePlainInputTest.class.getClassLoader().getResourceAsStream(DUMPS + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String name, byte[] bytes) {
        try {
            Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Restoring {@code name} fails; the exception names it; no restore session stays open. */
    private FixtureRestoreException refused(TestDatabase db, String name) {
        FixtureRestoreException e = catchThrowableOfType(FixtureRestoreException.class, () -> restore(db, dir, name));
        assertThat(e)
                .as("restoring %s must fail with a FixtureRestoreException", name)
                .isNotNull();
        assertThat(e.location()).isEqualTo(name);
        assertNoRestoreSessionLeft(db);
        return e;
    }

    /** The database holds nothing a script could have made: no relation, schema, function, type or large object. */
    private static void assertNothingRan(TestDatabase db) {
        assertThat(value(
                        db,
                        "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                + "   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')"
                                + "   AND n.nspname NOT LIKE 'pg_toast%')"
                                + " + (SELECT count(*) FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                                + "   AND nspname NOT IN ('public', 'information_schema'))"
                                + " + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                                + "   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema'))"
                                + " + (SELECT count(*) FROM pg_largeobject_metadata)"))
                .as("objects in the database after a refused restore")
                .isEqualTo("0");
    }

    private static void assertNoRestoreSessionLeft(TestDatabase db) {
        String sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND application_name = 'rehearsal-restore'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!value(db, sql).equals("0") && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(value(db, sql)).as("restore sessions still open").isEqualTo("0");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class TruncatedOrDamagedFiles {
        /** A dump of a few megabytes (the pg_dump fixtures compress to a few kilobytes, a block or two). */
        private String bigDump() {
            StringBuilder dump = new StringBuilder("--\n-- PostgreSQL database dump\n--\n\n"
                    + "CREATE TABLE public.item (id integer, note text);\n\nCOPY public.item (id, note) FROM stdin;\n");
            Random random = new Random(1);
            for (int i = 0; i < 100_000; i++) {
                dump.append(i)
                        .append("\tnote ")
                        .append(Long.toHexString(random.nextLong()))
                        .append('\n');
            }
            return dump.append("\\.\n\n\n--\n-- PostgreSQL database dump complete\n--\n\n")
                    .toString();
        }

        @ParameterizedTest
        @EnumSource(
                value = DumpFormat.class,
                names = {"GZIP", "ZSTD", "LZ4"})
        void a_compressed_dump_cut_short_is_refused_before_anything_runs(DumpFormat format) {
            String dump = bigDump();
            byte[] whole = compress(utf8(dump), format);
            write("prod.sql.x", Arrays.copyOf(whole, whole.length * 2 / 3));
            String tool = format.compression();
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e = refused(db, "prod.sql.x");
                assertThat(e)
                        .hasMessageStartingWith("Could not read prod.sql.x: the " + tool
                                + "-compressed data of prod.sql.x could not be decompressed after ")
                        .hasMessageContaining("The file is truncated or damaged (an interrupted download or copy?);"
                                + " check it with " + tool + " -t prod.sql.x and take or copy the backup again");
                Matcher where = Pattern.compile("after (\\d+) decompressed bytes \\(in line (\\d+) of the script\\)")
                        .matcher(e.getMessage());
                assertThat(where.find()).as(e.getMessage()).isTrue();
                long bytes = Long.parseLong(where.group(1));
                assertThat(bytes).isBetween(100_000L, (long) dump.length() - 1);
                long linesBefore = dump.substring(0, (int) bytes)
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
                assertThat(Long.parseLong(where.group(2))).isEqualTo(linesBefore + 1);
                assertNothingRan(db);
            }
        }

        @ParameterizedTest
        @CsvSource({"rich.sql.gz, gzip", "rich.sql.zst, zstd", "rich.sql.lz4, lz4"})
        void a_compressed_dump_cut_within_its_first_bytes_is_refused_when_it_is_resolved(String name, String tool) {
            write(name, Arrays.copyOf(resource(name), 60));
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThat(refused(db, name))
                        .hasMessageStartingWith(
                                "@RestoredFrom [" + name + "] (" + dir.resolve(name) + ") starts like a "
                                        + tool + " file, but the " + tool + "-compressed data of " + name
                                        + " could not be decompressed ")
                        .hasMessageContaining("check it with " + tool + " -t " + name);
            }
        }

        @ParameterizedTest
        @EnumSource(
                value = DumpFormat.class,
                names = {"PLAIN", "ZSTD"})
        void a_dump_cut_at_a_line_outside_copy_data_is_refused_for_its_missing_last_line(DumpFormat format) {
            String whole = new String(resource("rich.sql"), StandardCharsets.UTF_8);
            String cut = whole.substring(0, whole.indexOf("ALTER TABLE ONLY"));
            write("cut", format == DumpFormat.PLAIN ? utf8(cut) : compress(utf8(cut), format));
            long lines = cut.chars().filter(c -> c == '\n').count();
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThat(refused(db, "cut"))
                        .hasMessage("cut: the script starts like pg_dump output (-- PostgreSQL database dump) but ends"
                                + " at line " + lines + " without the line -- PostgreSQL database dump complete that"
                                + " pg_dump writes last: the file is truncated (an interrupted dump, copy or"
                                + " download?); nothing was executed. Take or copy the backup again (if the file was"
                                + " shortened on purpose, end it with that line)");
                assertNothingRan(db);
            }
        }

        @Test
        void a_cluster_dump_without_its_last_line_is_refused_too() {
            String script = "--\n-- PostgreSQL database cluster dump\n--\n\nCREATE ROLE x;\n";
            write("cluster.sql", utf8(script));
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThat(refused(db, "cluster.sql"))
                        .hasMessageContaining("starts like pg_dumpall output")
                        .hasMessageContaining("without the line -- PostgreSQL database cluster dump complete");
            }
        }

        @Test
        void a_dump_cut_inside_copy_data_is_refused_for_the_missing_end_marker() {
            String whole = new String(resource("rich.sql"), StandardCharsets.UTF_8);
            String cut = whole.substring(0, whole.indexOf("\n", whole.indexOf("COPY app.customer") + 2000) + 1);
            write("cut.sql.gz", compress(utf8(cut), DumpFormat.GZIP));
            long copyLine = whole.substring(0, whole.indexOf("COPY app.customer"))
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThat(refused(db, "cut.sql.gz"))
                        .hasMessageStartingWith(
                                "cut.sql.gz:" + copyLine + ": the data of COPY app.customer (id, email,")
                        .hasMessageContaining("(from line " + (copyLine + 1) + ") has no end marker")
                        .hasMessageContaining("the file is probably truncated")
                        .hasMessageEndingWith("nothing was executed.");
                assertNothingRan(db);
            }
        }
    }

    @Nested
    class WrongContent {
        @Test
        void a_png_named_like_a_gzip_dump() {
            write("prod.sql.gz", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'
            });
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThat(refused(db, "prod.sql.gz"))
                        .hasMessageStartingWith("@RestoredFrom [prod.sql.gz] (" + dir.resolve("prod.sql.gz")
                                + ") is binary data of an unknown format (it starts with the bytes 89 50 4e 47 0d 0a 1a"
                                + " 0a … and holds NUL or control bytes that no SQL script has); " + Fixtures.EXPECTED
                                + ". pg_dump files start with text such as -- (plain SQL)");
            }
        }

        @Test
        void random_binary_data_named_like_a_dump() {
            byte[] noise = new byte[4096];
            new Random(42).nextBytes(noise);
            noise[0] = 'x';
            write("prod.sql", noise);
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThat(refused(db, "prod.sql")).hasMessageContaining("is binary data of an unknown format");
            }
        }

        @ParameterizedTest
        @CsvSource({"1f8b, gzip", "28b52ffd, zstd", "04224d18, lz4"})
        void compression_magic_followed_by_garbage(String magic, String tool) {
            byte[] bytes = new byte[300];
            new Random(magic.hashCode()).nextBytes(bytes);
            byte[] head = java.util.HexFormat.of().parseHex(magic);
            System.arraycopy(head, 0, bytes, 0, head.length);
            write("dump.sql", bytes);
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThat(refused(db, "dump.sql"))
                        .hasMessageContaining("starts like a " + tool + " file, but the " + tool
                                + "-compressed data of dump.sql could not be decompressed before any data: ")
                        .hasMessageContaining("check it with " + tool + " -t dump.sql");
            }
        }

        @Test
        void an_html_error_page_saved_as_the_dump_fails_on_its_first_line_with_nothing_run() {
            write(
                    "prod.sql.gz",
                    compress(
                            utf8("<!DOCTYPE html>\n<html><body><h1>403 Forbidden</h1>"
                                    + "<p>Request has expired; sign in again</p></body></html>\n"),
                            DumpFormat.GZIP));
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e = refused(db, "prod.sql.gz");
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.sqlState()).contains("42601");
                assertThat(e).hasMessageContaining("ERROR 42601: syntax error at or near \"<!\"");
                assertNothingRan(db);
            }
        }

        @ParameterizedTest
        @EnumSource(
                value = DumpFormat.class,
                names = {"PLAIN", "GZIP", "ZSTD", "LZ4"})
        void an_empty_file(DumpFormat format) {
            write("empty.sql", format == DumpFormat.PLAIN ? new byte[0] : compress(new byte[0], format));
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e = refused(db, "empty.sql");
                if (format == DumpFormat.PLAIN) {
                    assertThat(e)
                            .hasMessage("@RestoredFrom [empty.sql] (" + dir.resolve("empty.sql") + ") is empty; "
                                    + Fixtures.EXPECTED);
                } else {
                    assertThat(e)
                            .hasMessage("@RestoredFrom [empty.sql] (" + dir.resolve("empty.sql") + ") is a "
                                    + format.compression() + "-compressed file holding nothing; expected a"
                                    + " compressed plain SQL script");
                }
            }
        }
    }

    @Nested
    class Copy {
        @Test
        void a_copy_block_without_its_terminator_at_the_end_of_the_file() {
            write("dump.sql", utf8("CREATE TABLE t (a int);\nCOPY t (a) FROM stdin;\n1\n2\n"));
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThat(refused(db, "dump.sql"))
                        .hasMessage("dump.sql:2: the data of COPY t (a) FROM stdin; (from line 3) has no end marker:"
                                + " the script ends at line 4 without a line holding only \\. — the file is probably"
                                + " truncated; nothing was executed.");
                assertNothingRan(db);
            }
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "3\tz\textra|extra data after last expected column|COPY t, line 3: \"3\tz\textra\"",
                    "3|missing data for column \"b\"|COPY t, line 3: \"3\""
                })
        void a_row_with_the_wrong_number_of_columns_names_its_line(String row, String error, String context) {
            String script = "CREATE TABLE t (a int, b text);\n\nCOPY t (a, b) FROM stdin;\n1\tx\n2\ty\n" + row
                    + "\n4\tw\n\\.\nCREATE TABLE after_the_copy (a int);\n";
            write("dump.sql.zst", compress(utf8(script), DumpFormat.ZSTD));
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e = refused(db, "dump.sql.zst");
                assertThat(e.line()).isEqualTo(6);
                assertThat(e.sqlState()).contains("22P04");
                assertThat(e)
                        .hasMessageStartingWith("Restoring dump.sql.zst failed at line 6\n  at dump.sql.zst:6\n"
                                + "    COPY t (a, b) FROM stdin;\n  ERROR 22P04: " + error)
                        .hasMessageContaining("CONTEXT: " + context);
                assertThat(value(db, "SELECT count(*) FROM t")).isEqualTo("0");
                assertThat(value(db, "SELECT to_regclass('public.after_the_copy') IS NULL"))
                        .isEqualTo("t");
            }
        }
    }

    @Nested
    class InvalidText {
        /** Keeps the damage out of the first 512 bytes, where a NUL byte makes the file binary data to the sniffer. */
        private static final String LONG_COMMENT = "-- " + "padding ".repeat(80) + "\n";

        static Stream<Object[]> cases() {
            return Stream.of(
                    new Object[] {"a byte that is never UTF-8", new byte[] {(byte) 0xff}, "ff"},
                    new Object[] {"a lone continuation byte", new byte[] {(byte) 0x80}, "80"},
                    new Object[] {"an overlong slash", new byte[] {(byte) 0xc0, (byte) 0xaf}, "c0"},
                    new Object[] {"a surrogate", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, "ed a0"},
                    new Object[] {"a cut-off character", new byte[] {(byte) 0xe2, (byte) 0x82}, "e2 82 X"},
                    new Object[] {"a NUL byte", new byte[] {0}, null});
        }

        /**
         * What the message says about the bad bytes at 1-based byte {@code position} of their line: the bytes up to
         * the one where the character goes wrong ({@code X}: the byte after them), or the NUL byte.
         */
        private String problem(String shown, int position, String next) {
            return shown == null
                    ? "it holds a NUL byte (at byte " + position + "), which PostgreSQL text never contains"
                    : "the bytes at byte " + position + " (" + shown.replace("X", next) + ") are not valid UTF-8";
        }

        private byte[] script(String before, byte[] bad, String after) {
            byte[] head = utf8(before);
            byte[] tail = utf8(after);
            byte[] all = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(bad, 0, all, head.length, bad.length);
            System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
            return all;
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void in_a_statement_it_is_refused_naming_line_and_byte_before_anything_runs(
                String what, byte[] bad, String shown) {
            write(
                    "dump.sql",
                    script(
                            LONG_COMMENT + "CREATE TABLE t (a text);\n\nINSERT INTO t VALUES ('caf",
                            bad,
                            "');\nSELECT 1;\n"));
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e = refused(db, "dump.sql");
                assertThat(e.line()).isEqualTo(4);
                assertThat(e)
                        .hasMessageStartingWith("dump.sql:4: this line is not valid UTF8 text (the script's"
                                + " client_encoding, UTF8 unless it sets one): ")
                        .hasMessageContaining(problem(shown, 27, "27"))
                        .hasMessageEndingWith("nothing was executed. The file is damaged, or was written in another"
                                + " encoding: re-create the dump with pg_dump -E UTF8");
                assertNothingRan(db);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void in_copy_data_it_is_refused_naming_line_and_byte_before_anything_runs(
                String what, byte[] bad, String shown) {
            write(
                    "dump.sql.lz4",
                    compress(
                            script(
                                    LONG_COMMENT
                                            + "CREATE TABLE t (a int, b text);\nCOPY t FROM stdin;\n1\tok\n2\tcaf\u00e9 na\u00efve",
                                    bad,
                                    "\n\\.\n"),
                            DumpFormat.LZ4));
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e = refused(db, "dump.sql.lz4");
                assertThat(e.line()).isEqualTo(5);
                assertThat(e)
                        .hasMessageStartingWith("dump.sql.lz4:5: this line is not valid UTF8 text")
                        .hasMessageContaining(problem(shown, 15, "0a") + "; nothing was executed");
                assertNothingRan(db);
            }
        }

        @Test
        void deep_in_copy_data_past_several_read_buffers_the_line_and_byte_are_still_named() {
            StringBuilder rows = new StringBuilder("CREATE TABLE t (a int, b text);\nCOPY t FROM stdin;\n");
            for (int i = 0; i < 30_000; i++) {
                rows.append(i).append("\tcafé crème brûlée ").append(i).append('\n');
            }
            int badLine = 2 + 30_000 + 1;
            byte[] script = script(rows + "30000\tna", new byte[] {(byte) 0xc3, 'X'}, "ve\n\\.\n");
            write("dump.sql", script);
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e = refused(db, "dump.sql");
                assertThat(e.line()).isEqualTo(badLine);
                assertThat(e)
                        .hasMessageStartingWith("dump.sql:" + badLine + ": this line is not valid UTF8 text")
                        .hasMessageContaining("the bytes at byte 9 (c3 58) are not valid UTF-8");
                assertNothingRan(db);
            }
        }
    }

    @Nested
    class ShellAndUnknownMetaCommands {
        private final Path marker =
                Path.of(System.getProperty("java.io.tmpdir"), "rehearsal-hostile-" + System.nanoTime());

        /** The real dump with {@code line} inserted after all its data, just before its closing comment. */
        private void dumpWith(String line) {
            String whole = new String(resource("rich.sql"), StandardCharsets.UTF_8);
            int at = whole.indexOf("--\n-- PostgreSQL database dump complete");
            write(
                    "prod.sql.zst",
                    compress(utf8(whole.substring(0, at) + line + "\n" + whole.substring(at)), DumpFormat.ZSTD));
        }

        private int lineOf(String line) {
            String whole = new String(resource("rich.sql"), StandardCharsets.UTF_8);
            return (int) whole.substring(0, whole.indexOf("--\n-- PostgreSQL database dump complete"))
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '#',
                value = {
                    "\\! touch MARKER#\\! runs its argument in a shell",
                    "\\o |touch MARKER#\\o sends query output to a file or, with |, to a shell command",
                    "\\copy app.customer to program 'touch MARKER'#\\copy … program runs a shell command on this machine",
                    "\\g |touch MARKER#\\g | pipes into a shell command",
                    "\\set x `touch MARKER`#psql runs the text between backquotes as a shell command"
                })
        void shell_meta_commands_deep_in_a_compressed_dump_are_refused_before_anything_runs(String line, String why) {
            String command = line.replace("MARKER", marker.toString());
            dumpWith(command);
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e = refused(db, "prod.sql.zst");
                assertThat(e.line()).isEqualTo(lineOf(command));
                assertThat(e)
                        .hasMessage("prod.sql.zst:" + lineOf(command) + ": the psql meta-command " + command
                                + " runs a shell command (" + why + "). Rehearsal never runs shell commands from a"
                                + " script; nothing was executed. Remove the line (pg_dump never writes it).");
                assertNothingRan(db);
                assertThat(marker).doesNotExist();
            }
        }

        @Test
        void copy_program_deep_in_a_compressed_dump_is_refused_before_anything_runs() {
            String statement = "COPY app.customer (id) TO PROGRAM 'touch " + marker + "';";
            dumpWith(statement);
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e = refused(db, "prod.sql.zst");
                assertThat(e.line()).isEqualTo(lineOf(statement));
                assertThat(e)
                        .hasMessage("prod.sql.zst:" + lineOf(statement) + ": COPY … PROGRAM runs a shell command on the"
                                + " database server: " + statement + "\nRehearsal never runs shell commands from a"
                                + " script; nothing was executed. Remove the statement (pg_dump never writes it).");
                assertNothingRan(db);
                assertThat(marker).doesNotExist();
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"\\set ON_ERROR_STOP off", "\\i /etc/passwd", "\\gexec", "\\x", "\\cd /"})
        void an_unknown_meta_command_is_refused_naming_file_line_and_command(String command) {
            write("fix.sql", utf8("CREATE TABLE t (a int);\n\n" + command + "\nSELECT 1;\n"));
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e = refused(db, "fix.sql");
                assertThat(e.line()).isEqualTo(3);
                assertThat(e)
                        .hasMessage("fix.sql:3: the psql meta-command " + command + " is not supported by Rehearsal's"
                                + " script runner, which accepts only the meta-commands pg_dump writes: \\connect (\\c),"
                                + " \\encoding, \\restrict and \\unrestrict. Remove it or replace it with SQL.");
                assertNothingRan(db);
            }
        }

        @Test
        void an_unknown_meta_command_inside_a_restricted_dump_is_refused_as_psql_would() {
            dumpWith("\\set ON_ERROR_STOP off");
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThat(refused(db, "prod.sql.zst"))
                        .hasMessageContaining("the psql meta-command \\set ON_ERROR_STOP off comes while the script is"
                                + " in restricted mode (after \\restrict), where psql allows only \\unrestrict");
                assertNothingRan(db);
            }
        }
    }

    /**
     * Single statements of 50 MB. Memory is bounded by a small multiple of the largest statement, whatever the size
     * of the file: the line buffer (up to the longest line, rounded up to a power of two), the decoded line, the
     * statement being collected (StringBuilder, at most twice its length while it grows), the finished statement's
     * String and PgJDBC's encoded copy while it is sent — about 5–6 × 50 MB here — and a statement of 1 GB or more
     * (more than PostgreSQL accepts) is refused while it is read ({@link ScriptReader#MAX_STATEMENT_LENGTH}).
     */
    @Nested
    class HugeStatements {
        private static final int SIZE = 50_000_000;

        private void writeScript(String name, String head, int size, int lineLength, String tail) throws IOException {
            byte[] chunk = new byte[lineLength];
            Arrays.fill(chunk, (byte) 'x');
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16)) {
                out.write(utf8(head));
                for (int written = 0; written < size; written += lineLength) {
                    int length = Math.min(lineLength, size - written);
                    out.write(chunk, 0, length);
                    if (lineLength < size && written + length < size) {
                        out.write('\n');
                    }
                }
                out.write(utf8(tail));
            }
        }

        @Test
        void a_50_mb_string_literal_on_one_line_restores() throws IOException {
            writeScript(
                    "huge.sql",
                    "CREATE TABLE big (t text);\nINSERT INTO big VALUES ('",
                    SIZE,
                    SIZE,
                    "');\nCREATE TABLE after_it (a int);\n");
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restore(db, dir, "huge.sql");
                assertThat(value(db, "SELECT length(t) FROM big")).isEqualTo(String.valueOf(SIZE));
                assertThat(value(db, "SELECT to_regclass('public.after_it') IS NOT NULL"))
                        .isEqualTo("t");
            }
        }

        @Test
        void a_50_mb_statement_over_a_million_lines_restores_from_gzip() throws IOException {
            writeScript("huge.sql", "CREATE TABLE big (t text);\nINSERT INTO big VALUES ('", SIZE, 49, "');\n");
            byte[] plain = Files.readAllBytes(dir.resolve("huge.sql"));
            write("huge.sql.gz", compress(plain, DumpFormat.GZIP));
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restore(db, dir, "huge.sql.gz");
                assertThat(value(db, "SELECT length(t) - length(replace(t, E'\\n', '')) FROM big"))
                        .isEqualTo(String.valueOf((SIZE + 48) / 49 - 1));
            }
        }

        @Test
        void a_50_mb_copy_row_restores() throws IOException {
            writeScript(
                    "huge.sql", "CREATE TABLE big (id int, t text);\nCOPY big FROM stdin;\n1\t", SIZE, SIZE, "\n\\.\n");
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restore(db, dir, "huge.sql");
                assertThat(value(db, "SELECT id, length(t) FROM big")).isEqualTo("1|" + SIZE);
            }
        }

        @Test
        void a_50_mb_statement_through_run_script_leaves_no_temporary_file() throws IOException {
            writeScript("huge.sql", "CREATE TABLE big (t text);\nINSERT INTO big VALUES ('", SIZE, SIZE, "');\n");
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            long before = spillFiles(tmp);
            try (TestDatabase db = TestPostgres.newDatabase();
                    InputStream in = Files.newInputStream(dir.resolve("huge.sql"))) {
                ScriptRunner.run(db.server(), db.name(), in, "fixes/huge.sql");
                assertThat(value(db, "SELECT length(t) FROM big")).isEqualTo(String.valueOf(SIZE));
            }
            assertThat(spillFiles(tmp)).isEqualTo(before);
        }

        private long spillFiles(Path tmp) throws IOException {
            try (Stream<Path> files = Files.list(tmp)) {
                return files.filter(f -> f.getFileName().toString().startsWith("rehearsal-script"))
                        .count();
            }
        }

        @Test
        void a_statement_that_never_ends_is_refused_once_it_passes_the_limit() throws IOException {
            StringBuilder script = new StringBuilder("SELECT 1;\n\nINSERT INTO t VALUES ('it''s never closed);\n");
            for (int i = 0; i < 1000; i++) {
                script.append("CREATE TABLE t").append(i).append(" (a int);\n");
            }
            FixtureRestoreException e;
            try (ScriptReader reader =
                    new ScriptReader(new ByteArrayInputStream(utf8(script.toString())), "broken.sql", 10_000)) {
                e = catchThrowableOfType(FixtureRestoreException.class, () -> {
                    while (reader.next() != null) {
                        // read on
                    }
                });
            }
            assertThat(e.line()).isEqualTo(3);
            assertThat(e)
                    .hasMessageStartingWith(
                            "broken.sql:3: the statement starting at line 3 is still not finished at" + " line ")
                    .hasMessageContaining("longer than 10000 characters, more than PostgreSQL accepts in one query"
                            + " (1 GB). Most likely a quote, dollar quote or comment opened near line 3 is never"
                            + " closed");
        }
    }
}
