package dev.rehearsal.internal.restore.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.RoleHandling;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stored sizes of the real Pagila archives (pg_dump 15) in all three formats, and the order {@link
 * RestoreSchedule} hands their table loads to the workers: largest first, everything else where it was.
 */
class RestoreScheduleTest {

    private static final Path DIR = Path.of("src/test/resources/restore/differential");

    @ParameterizedTest
    @ValueSource(strings = {"pagila.custom", "pagila.dir", "pagila.tar"})
    void loads_go_largest_first_and_everything_else_keeps_its_place(String name) throws IOException {
        try (Archive archive = Archives.open(DIR.resolve(name))) {
            List<RestorePlan.Step> steps = RestorePlan.of(archive.entries(), RoleHandling.CREATE_MISSING)
                    .steps();
            List<RestorePlan.Step> order = RestoreSchedule.largestLoadsFirst(steps, archive);

            assertThat(order).containsExactlyInAnyOrderElementsOf(steps);
            List<RestorePlan.Step> loads = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                if (RestoreWorkers.isParallelLoad(steps.get(i))) {
                    loads.add(order.get(i));
                    assertThat(RestoreWorkers.isParallelLoad(order.get(i))).isTrue();
                } else {
                    assertThat(order.get(i)).isSameAs(steps.get(i));
                }
            }
            assertThat(loads).hasSizeGreaterThan(10);
            assertThat(loads)
                    .isSortedAccordingTo(
                            Comparator.comparingLong((RestorePlan.Step load) -> archive.storedSize(load.entry()))
                                    .reversed());
            TocEntry largest = loads.get(0).entry();
            assertThat(largest.tag()).isIn("rental", "payment_p2022_07", "film", "film_actor");
            long known = loads.stream()
                    .filter(load -> archive.storedSize(load.entry()) > 0)
                    .count();
            assertThat(known).as("loads with a known size").isGreaterThanOrEqualTo(loads.size() - 1);
        }
    }
}
