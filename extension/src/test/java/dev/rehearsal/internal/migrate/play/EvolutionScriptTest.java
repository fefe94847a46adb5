package dev.rehearsal.internal.migrate.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Play's reader rules ({@code ResourceEvolutionsReader.evolutions}), one per test. */
class EvolutionScriptTest {

    @Test
    void mysql_style_markers_with_text_around_them() {
        EvolutionScript script = EvolutionScript.parse(
                "# --- MySQL-style comment syntax\n\n# --- !Ups\nselect 1;\n\n" + "# --- !Downs\nselect 2;");
        assertThat(script.ups()).isEqualTo("select 1;");
        assertThat(script.downs()).isEqualTo("select 2;");
        assertThat(script.description()).isEqualTo("MySQL-style comment syntax");
        assertThat(script.notes()).isEmpty();
    }

    @Test
    void sql92_markers_and_arbitrary_text_on_the_marker_line() {
        EvolutionScript script = EvolutionScript.parse(
                "-- intro\n--!Ups and some text\nselect 3;\n-- whatever !Downs here\nselect 4;\n");
        assertThat(script.ups()).isEqualTo("select 3;");
        assertThat(script.downs()).isEqualTo("select 4;");
    }

    @Test
    void every_line_is_trimmed_and_the_sections_trimmed_as_play_stores_them() {
        EvolutionScript script = EvolutionScript.parse(
                "# Users\r\n\r\n# --- !Ups\r\n\r\nCREATE TABLE users (\r\n"
                        + "    id bigint PRIMARY KEY,   \r\n    email text\r\n);\r\n\r\n# --- !Downs\r\n\r\nDROP TABLE users;\r\n");
        assertThat(script.ups()).isEqualTo("CREATE TABLE users (\nid bigint PRIMARY KEY,\nemail text\n);");
        assertThat(script.downs()).isEqualTo("DROP TABLE users;");
        assertThat(script.upsLines()).containsExactly(5, 6, 7, 8);
        assertThat(script.downsLines()).containsExactly(12);
    }

    @Test
    void several_ups_sections_are_joined_in_order() {
        EvolutionScript script =
                EvolutionScript.parse("-- !Ups\na;\n-- !Downs\nb;\n-- !Ups\nc;\n-- !Ups\n-- !Ups\nd;\n");
        assertThat(script.ups()).isEqualTo("a;\nc;\n\nd;");
        assertThat(script.upsLines()).containsExactly(2, 6, 7, 9);
        assertThat(script.downs()).isEqualTo("b;");
    }

    @Test
    void markers_are_case_sensitive_and_a_look_alike_is_reported() {
        EvolutionScript script =
                EvolutionScript.parse("# --- !ups\nCREATE TABLE t (id int);\n# --- !downs\nDROP TABLE t;");
        assertThat(script.ups()).isEmpty();
        assertThat(script.downs()).isEmpty();
        assertThat(script.notes())
                .hasSize(3)
                .anySatisfy(note -> assertThat(note).contains("line 1 \"# --- !ups\" is not a marker"))
                .anySatisfy(note -> assertThat(note).contains("it has no !Ups marker"));
    }

    @Test
    void a_marker_line_must_start_with_the_comment() {
        EvolutionScript script = EvolutionScript.parse("-- !Ups\nselect 1; -- !Downs\nselect 2;");
        assertThat(script.ups()).isEqualTo("select 1; -- !Downs\nselect 2;");
        assertThat(script.downs()).isEmpty();
    }

    @Test
    void line_of_an_offset() {
        EvolutionScript script = EvolutionScript.parse("-- head\n\n-- !Ups\n\nfirst;\n  second;\n");
        assertThat(EvolutionScript.lineAt(script.ups(), script.upsLines(), 0)).isEqualTo(5);
        assertThat(EvolutionScript.lineAt(
                        script.ups(), script.upsLines(), script.ups().indexOf("second")))
                .isEqualTo(6);
        assertThat(EvolutionScript.stored("a;\nb;", "").upsLines()).isEqualTo(List.of(1, 2));
    }

    @Test
    void play_hash_is_sha1_of_trimmed_downs_then_ups() {
        // printf '%s%s' 'drop table t;' 'create table t (id int);' | sha1sum
        assertThat(Evolution.hash("drop table t;", "create table t (id int);"))
                .isEqualTo("84045a01a98398815965adb25c73a9991a8a4a0b");
        assertThat(Evolution.hash("  drop table t;\n", "\ncreate table t (id int);  "))
                .isEqualTo("84045a01a98398815965adb25c73a9991a8a4a0b");
        // printf '' | sha1sum: an evolution without scripts
        assertThat(Evolution.hash("", "")).isEqualTo("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    }
}
