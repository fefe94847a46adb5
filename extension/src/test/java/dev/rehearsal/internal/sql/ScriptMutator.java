package dev.rehearsal.internal.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Seeded mutations of SQL scripts for the fuzz tests: a window of a real dump, then one to eight edits that aim at
 * the lexer's states — quotes, dollar quotes, comments, routine bodies, psql meta-commands, COPY blocks, odd
 * characters — as well as plain cuts, duplications and splices. Deterministic for a given {@link Random}.
 */
public final class ScriptMutator {

    /** Fragments that open, close or confuse a lexer state. */
    static final List<String> FRAGMENTS = List.of(
            "'",
            "''",
            "\"",
            "\"\"",
            "$$",
            "$a$",
            "$_$",
            "$1",
            "a$b$",
            "$",
            "E'",
            "e'\\'",
            "B'",
            "X'",
            "N'",
            "U&'",
            "U&\"",
            "\\",
            "\\\\",
            "\\'",
            "/*",
            "*/",
            "/* /* */",
            "--",
            "-- x\n",
            "\n",
            "\r\n",
            "\r",
            "\t",
            ";",
            ";;",
            "(",
            ")",
            "((",
            "))",
            "BEGIN",
            "END",
            "CASE",
            "BEGIN ATOMIC ",
            " END;",
            "CREATE FUNCTION f() RETURNS int",
            "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql ",
            "CREATE TABLE t (a int);\n",
            "SELECT 1;\n",
            "SET standard_conforming_strings = off;\n",
            "SET standard_conforming_strings = on;\n",
            "RESET standard_conforming_strings;\n",
            "SET client_encoding = 'LATIN1';\n",
            "COPY t FROM stdin;\n",
            "COPY t (a) FROM STDIN;\n1\n\\.\n",
            "\\.\n",
            "\\.",
            "\\connect db\n",
            "\\restrict k\n",
            "\\unrestrict k\n",
            "\\;",
            "\\:",
            "\\! x\n",
            ":var",
            ":'var'",
            "::int",
            "\uFEFF",
            "\u00e9",
            "\u2028",
            "\u000b",
            "\u0000",
            "\uD83D\uDE00",
            "1e",
            "1.",
            "1..2",
            "0x1F",
            "1_000",
            "-",
            "+",
            "*",
            "/",
            "<>",
            "!=",
            "@",
            "#");

    private final Random random;

    /**
     * The plain scripts of the restore test resources (real pg_dump and pg_dumpall output), decoded as UTF-8 (LATIN1
     * ones as ISO-8859-1), and a script of the constructs that are hardest to split.
     */
    public static List<String> realScripts() {
        List<String> scripts = new ArrayList<>();
        for (String folder : List.of("restore/pgdump", "restore/dumpall", "restore/differential")) {
            URL url = ScriptMutator.class.getClassLoader().getResource(folder);
            if (url == null) {
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".sql"))
                        .sorted()
                        .toList()) {
                    byte[] bytes = Files.readAllBytes(file);
                    scripts.add(new String(
                            bytes,
                            file.toString().contains("latin1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        scripts.add(String.join(
                "\n",
                "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 END; END;",
                "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END;",
                "SELECT E'it\\'s; -- not' AS a, $$dollar; 'x' $$ AS b, $q$ $$ ; $q$ AS c, U&'\\0041' AS d, X'1F';",
                "SET standard_conforming_strings = off;",
                "SELECT 'back\\\\slash \\' still; in' AS e;",
                "RESET standard_conforming_strings;",
                "SELECT \"quoted;\"\"id\" FROM a$b$ WHERE x = $1 /* nested /* ; */ */ AND y = 'a' -- ;",
                "  'continued';",
                "COPY t (a) FROM stdin;",
                "1\tx\\.y",
                "\\.",
                "SELECT 1 \\; SELECT 2;",
                "\\connect -reuse-previous=on \"dbname='x'\""));
        return scripts;
    }

    public ScriptMutator(Random random) {
        this.random = random;
    }

    /** A window of {@code source} (up to {@code maxWindow} characters, cut at line starts) with 1–8 edits. */
    public String mutate(String source, List<String> corpus, int maxWindow) {
        String text = window(source, maxWindow);
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            text = edit(text, corpus);
        }
        return text;
    }

    String window(String source, int maxWindow) {
        if (source.length() <= maxWindow) {
            return source;
        }
        int start = random.nextInt(source.length() - maxWindow);
        if (random.nextInt(4) != 0) {
            int lineStart = source.lastIndexOf('\n', start);
            start = lineStart < 0 ? 0 : lineStart + 1;
        }
        return source.substring(start, Math.min(source.length(), start + 1 + random.nextInt(maxWindow)));
    }

    private String edit(String text, List<String> corpus) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        switch (random.nextInt(9)) {
            case 0, 1, 2:
                return text.substring(0, at) + FRAGMENTS.get(random.nextInt(FRAGMENTS.size())) + text.substring(at);
            case 8:
                return text + FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
            case 3: {
                int end = Math.min(text.length(), at + random.nextInt(64));
                return text.substring(0, at) + text.substring(end);
            }
            case 4: {
                int end = Math.min(text.length(), at + random.nextInt(200));
                return text.substring(0, end) + text.substring(at, end) + text.substring(end);
            }
            case 5: {
                String other = corpus.get(random.nextInt(corpus.size()));
                String piece = window(other, 300);
                return text.substring(0, at) + piece + text.substring(at);
            }
            case 6:
                return text.substring(0, at);
            default: {
                if (text.isEmpty()) {
                    return text;
                }
                int where = Math.min(at, text.length() - 1);
                char replacement = (char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x3000));
                return text.substring(0, where) + replacement + text.substring(where + 1);
            }
        }
    }
}
