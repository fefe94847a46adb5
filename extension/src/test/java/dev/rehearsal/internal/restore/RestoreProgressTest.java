package dev.rehearsal.internal.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.testing.LogCapture;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Progress lines of a restore, with {@value RestoreProgress#INTERVAL} = 0 so that every read and statement may write
 * one (the lines' content is asserted, never their timing).
 */
class RestoreProgressTest {

    private static final Pattern PLAIN = Pattern.compile("Restoring (\\S+): (\\d+\\.\\d) of (\\d+\\.\\d) [kM]B read"
            + " \\((\\d+)%\\)(?:, ([\\d,]+) COPY rows)?(?:, ([\\d,]+) statements?)?, \\d+\\.\\d [kM]B/s"
            + "(?:, about \\d+ (?:s|min) left|, all read, finishing)");
    private static final Pattern ARCHIVE = Pattern.compile(
            "Restoring (\\S+): (\\d+\\.\\d) of (\\d+\\.\\d) kB read"
                    + " \\((\\d+)%\\)(?:, ([\\d,]+) rows)?, \\d+\\.\\d [kM]B/s(?:, about \\d+ (?:s|min) left|, all read, finishing)");

    private LogCapture log;

    @BeforeEach
    void everyTick() {
        System.setProperty(RestoreProgress.INTERVAL, "0");
        log = LogCapture.of(Restorer.class.getName());
    }

    @AfterEach
    void restore() {
        System.clearProperty(RestoreProgress.INTERVAL);
        log.close();
    }

    @Test
    void a_plain_script_reports_bytes_of_the_compressed_file_copy_rows_and_statements(@TempDir Path dir)
            throws Exception {
        int rows = 200_000;
        StringBuilder script = new StringBuilder("CREATE TABLE big (id integer, label text);\n");
        script.append("COPY big (id, label) FROM stdin;\n");
        for (int i = 1; i <= rows; i++) {
            script.append(i).append('\t').append(Integer.toHexString(i * 7919)).append('\n');
        }
        script.append("\\.\n");
        script.append("CREATE INDEX big_id ON big (id);\n");
        Path file = RestoreTesting.writeGzip(dir, "big.sql.gz", script.toString());
        String total = String.format(Locale.ROOT, "%.1f", Files.size(file) / 1e6);

        try (TestDatabase db = TestPostgres.newDatabase()) {
            RestoreTesting.restore(db, dir, "big.sql.gz");
            assertThat(RestoreTesting.value(db, "SELECT count(*) FROM big")).isEqualTo(Integer.toString(rows));
        }

        List<String> lines = log.messages();
        assertThat(lines).anyMatch(line -> line.startsWith("Checking big.sql.gz: ") && line.contains(" of " + total));
        List<Matcher> restoring = matching(lines, PLAIN, "Restoring big.sql.gz: ");
        assertThat(restoring).isNotEmpty().allSatisfy(m -> {
            assertThat(m.group(1)).isEqualTo("big.sql.gz");
            assertThat(m.group(3)).isEqualTo(total);
        });
        List<Long> copied = restoring.stream().map(m -> number(m.group(5))).toList();
        List<Long> statements = restoring.stream().map(m -> number(m.group(6))).toList();
        List<Long> percent = restoring.stream().map(m -> number(m.group(4))).toList();
        assertThat(copied).isSorted().contains((long) rows).anyMatch(n -> n > 0 && n < rows);
        assertThat(statements).isSorted().contains(3L);
        assertThat(percent).isSorted().contains(100L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rich.custom", "rich.dir", "rich.tar"})
    void an_archive_reports_bytes_of_its_stored_data_and_rows(String name) {
        Fixture fixture =
                Fixtures.resolve("restore/archive/" + name, RestoreProgressTest.class.getClassLoader(), Path.of("."));
        try (TestDatabase db = TestPostgres.newDatabase()) {
            Restorer.restore(fixture, db.server(), db.name());
        }
        List<Matcher> restoring = matching(log.messages(), ARCHIVE, "Restoring restore/archive/" + name + ": ");
        assertThat(restoring).isNotEmpty();
        List<Long> rows = restoring.stream().map(m -> number(m.group(5))).toList();
        assertThat(rows).anyMatch(n -> n > 0);
        assertThat(restoring.stream().map(m -> m.group(3)).distinct().toList())
                .singleElement()
                .isNotEqualTo("0.0");
    }

    @Test
    void the_interval_must_be_whole_seconds() {
        System.clearProperty(RestoreProgress.INTERVAL);
        Settings settings = Settings.of(
                key -> Optional.ofNullable(
                        Map.of(RestoreProgress.INTERVAL, "2.5").get(key)),
                Path.of("."));
        assertThatThrownBy(() -> RestoreProgress.interval(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value [2.5] for configuration key [rehearsal.progress.interval]: expected a whole"
                        + " number of seconds between progress lines, 0 or more (default 5)");
    }

    private static List<Matcher> matching(List<String> lines, Pattern pattern, String prefix) {
        List<Matcher> matched = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                Matcher matcher = pattern.matcher(line);
                assertThat(matcher.matches())
                        .as("progress line [%s] matches %s", line, pattern)
                        .isTrue();
                matched.add(matcher);
            }
        }
        return matched;
    }

    private static long number(String text) {
        return text == null ? 0 : Long.parseLong(text.replace(",", ""));
    }
}
