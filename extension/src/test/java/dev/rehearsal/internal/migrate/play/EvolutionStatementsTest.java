package dev.rehearsal.internal.migrate.play;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.internal.migrate.play.EvolutionStatements.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvolutionStatementsTest {

    @Test
    void splits_at_single_semicolons_and_unescapes_double_ones() {
        String script = "INSERT INTO p (name, c) VALUES ('semicolon', ';;');\n\nUPDATE p SET c = 'x';";
        assertThat(EvolutionStatements.of(script))
                .containsExactly(
                        new Statement("INSERT INTO p (name, c) VALUES ('semicolon', ';')", 0),
                        new Statement("UPDATE p SET c = 'x'", script.indexOf("UPDATE")));
    }

    @Test
    void quotes_are_not_looked_at_so_an_unescaped_semicolon_in_a_string_splits_it() {
        assertThat(EvolutionStatements.of("SELECT 'a;b';"))
                .extracting(Statement::sql)
                .containsExactly("SELECT 'a", "b'");
    }

    @Test
    void empty_pieces_are_dropped_and_three_semicolons_are_left_alone() {
        assertThat(EvolutionStatements.of(";\n;select 1;;;select 2"))
                .extracting(Statement::sql)
                .containsExactly("select 1;;;select 2".replace(";;", ";"));
    }

    @Test
    void variable_substitution_as_play_does_it() {
        Substitutions substitutions = new Substitutions(
                Substitutions.DEFAULT_PREFIX, Substitutions.DEFAULT_SUFFIX, true, Map.of("table", "users"));
        assertThat(substitutions.apply("INSERT INTO $evolutions{{{TABLE}}} VALUES ('!$evolutions{{{table}}}',"
                        + " '!$evolutions{{{other}}}', '$evolutions{{{other}}}')"))
                .isEqualTo("INSERT INTO users VALUES ('$evolutions{{{table}}}', '$evolutions{{{other}}}',"
                        + " '$evolutions{{{other}}}')");
        Substitutions unescaped = new Substitutions("${", "}", false, Map.of("table", "users"));
        assertThat(unescaped.apply("select * from ${table} where x = '!${table}'"))
                .isEqualTo("select * from users where x = '!${table}'");
    }
}
