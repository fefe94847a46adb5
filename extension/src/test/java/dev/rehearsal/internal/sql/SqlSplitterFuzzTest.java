package dev.rehearsal.internal.sql;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fuzzes the statement splitter ({@link SqlLexer} in SQL and psql mode, {@link SqlScriptSplitter}): seeded mutations
 * of the real pg_dump and pg_dumpall scripts of the test resources must satisfy {@link SplitterProperties} — no
 * exception, no hang, the same pieces however the script is fed, no token lost or invented, statements that split
 * again to themselves.
 *
 * <p>Runs {@value #DEFAULT_ITERATIONS} mutants (a few seconds); run longer by hand with {@code
 * -Drehearsal.fuzz.iterations=N} and other mutants with {@code -Drehearsal.fuzz.seed=S}. A failure names the seed and
 * the case, and prints the input; inputs that once failed are kept in {@link #regressions(String)}.
 */
class SqlSplitterFuzzTest {
    static final int DEFAULT_ITERATIONS = 2000;
    private static final Duration PER_CASE = Duration.ofSeconds(10);
    private static final List<String> CORPUS = new ArrayList<>();

    @BeforeAll
    static void readCorpus() {
        CORPUS.clear();
        CORPUS.addAll(ScriptMutator.realScripts());
    }

    private static void check(String script, String description) {
        assertTimeoutPreemptively(
                PER_CASE,
                () -> {
                    try {
                        SplitterProperties.check(script);
                    } catch (Throwable e) {
                        throw new AssertionError(
                                description + " fails: " + e + "\ninput (Java literal): " + javaLiteral(script), e);
                    }
                },
                () -> description + " did not finish within " + PER_CASE + "; input: " + javaLiteral(script));
    }

    /** The text as a Java string literal, so a failing input can be pasted into {@link #regressions(String)}. */
    static String javaLiteral(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }

    @Test
    void the_unmutated_corpus_has_the_properties() {
        for (int i = 0; i < CORPUS.size(); i++) {
            check(CORPUS.get(i), "corpus script " + i);
        }
    }

    @Test
    void mutated_scripts_have_the_properties() {
        int iterations = Integer.getInteger("rehearsal.fuzz.iterations", DEFAULT_ITERATIONS);
        long seed = Long.getLong("rehearsal.fuzz.seed", 20261121L);
        Random random = new Random(seed);
        ScriptMutator mutator = new ScriptMutator(random);
        for (int i = 0; i < iterations; i++) {
            String script = mutator.mutate(CORPUS.get(random.nextInt(CORPUS.size())), CORPUS, 4000);
            check(script, "fuzz case " + i + " (seed " + seed + ")");
        }
    }

    @Test
    void a_vertical_tab_is_whitespace_and_a_non_ascii_space_is_not() {
        org.assertj.core.api.Assertions.assertThat(SqlScriptSplitter.split("\u000bSELECT 1;\u000b"))
                .containsExactly(new SqlStatement("SELECT 1;", 1));
        org.assertj.core.api.Assertions.assertThat(SqlScriptSplitter.split("SELECT 1;\u2003"))
                .containsExactly(new SqlStatement("SELECT 1;", 1), new SqlStatement("\u2003", 1));
    }

    /**
     * Inputs that once broke a property: a vertical tab (whitespace to the server and psql since PostgreSQL 16) after
     * the last statement became an empty statement; a non-ASCII space is an identifier character to them, not
     * whitespace to strip.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT 1;\u000b",
                "SELECT 1;\n\n\u000b\n--\n-- Name: x\n--\n\nSELECT 2",
                "\u000bSELECT 1;\u000b\u000bSELECT 2;",
                "SELECT 1;\u2003",
                "SELECT 'unterminated\u000b "
            })
    void regressions(String script) {
        check(script, "regression input");
    }
}
