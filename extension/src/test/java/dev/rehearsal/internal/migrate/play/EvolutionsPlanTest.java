package dev.rehearsal.internal.migrate.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Play's {@code DatabaseEvolutions.scripts}, with the cases of Play's own EvolutionsSpec. */
class EvolutionsPlanTest {
    static final Evolution A1 =
            evolution(1, "create table test (id bigint not null, name varchar(255));", "drop table test;");
    static final Evolution A2 = evolution(2, "alter table test add column age int;", "alter table test drop age;");
    static final Evolution A3 = evolution(3, "insert into test values (1, 'a', 42);", "delete from test;");
    static final Evolution B1 =
            evolution(1, "create table test (id bigint not null, content varchar(255));", "drop table test;");
    static final Evolution B3 = evolution(3, "insert into test values (1, 'bob', 42);", "delete from test;");

    @Test
    void a_fresh_database_gets_every_up_in_order() {
        EvolutionsPlan plan = EvolutionsPlan.of(List.of(A1, A2, A3), List.of());
        assertThat(plan.downs()).isEmpty();
        assertThat(plan.ups()).containsExactly(A1, A2, A3);
    }

    @Test
    void only_new_evolutions_are_applied() {
        EvolutionsPlan plan = EvolutionsPlan.of(List.of(A1, A2, A3), List.of(stored(A1), stored(A2)));
        assertThat(plan.downs()).isEmpty();
        assertThat(plan.ups()).containsExactly(A3);
    }

    @Test
    void a_changed_lowest_evolution_reverts_and_reapplies_everything_above_it() {
        EvolutionsPlan plan = EvolutionsPlan.of(List.of(B1, A2, B3), List.of(stored(A1), stored(A2), stored(A3)));
        assertThat(plan.downs()).extracting(d -> d.recorded().revision()).containsExactly(3, 2, 1);
        assertThat(plan.downs().get(1).reason()).contains("unchanged, but an evolution below it changed");
        assertThat(plan.downs().get(2).reason()).contains("its scripts changed in");
        assertThat(plan.ups()).containsExactly(B1, A2, B3);
    }

    @Test
    void evolutions_the_code_no_longer_has_are_reverted_highest_first() {
        EvolutionsPlan plan = EvolutionsPlan.of(List.of(A1), List.of(stored(A1), stored(A2), stored(A3)));
        assertThat(plan.downs()).extracting(d -> d.recorded().revision()).containsExactly(3, 2);
        assertThat(plan.downs().get(0).reason()).isEqualTo("the code has no evolution 3 any more");
        assertThat(plan.ups()).isEmpty();
    }

    @Test
    void without_code_evolutions_play_does_nothing() {
        assertThat(EvolutionsPlan.of(List.of(), List.of(stored(A1))).isEmpty()).isTrue();
    }

    @Test
    void an_edit_that_changes_only_whitespace_inside_a_line_changes_the_hash() {
        Evolution edited = evolution(2, "alter table test  add column age int;", A2.downs());
        EvolutionsPlan plan = EvolutionsPlan.of(List.of(A1, edited), List.of(stored(A1), stored(A2)));
        assertThat(plan.downs()).extracting(d -> d.recorded().revision()).containsExactly(2);
        assertThat(plan.ups()).containsExactly(edited);
    }

    static Evolution evolution(int revision, String ups, String downs) {
        return new Evolution(revision, EvolutionScript.stored(ups, downs), revision + ".sql");
    }

    static Evolution stored(Evolution e) {
        return new Evolution(e.revision(), EvolutionScript.stored(e.ups(), e.downs()), "play_evolutions");
    }
}
