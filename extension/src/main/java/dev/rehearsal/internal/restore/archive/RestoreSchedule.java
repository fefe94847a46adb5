package dev.rehearsal.internal.restore.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which a restore runs its plan when table data loads on worker sessions ({@link RestoreWorkers}),
 * the part of pg_restore {@code -j}'s scheduling that keeps the result the same as a serial restore's:
 *
 * <ul>
 *   <li>loads are handed to the workers as the plan reaches them, the largest of consecutive loads first (their
 *       stored size, like {@code _PrepParallelRestore()}), so that the longest load starts at once; but a table that
 *       depends on a function (a CHECK constraint calling one, which may read other tables) loads on the main
 *       session after every load before it, as in a serial restore;
 *   <li>an index or a primary key, unique or exclusion constraint whose table is still loading (pg_restore's {@code
 *       repoint_table_dependencies()}) is put off, and the main session goes on with the entries after it that do
 *       not depend on it: on a dump with one large table, the other tables' indexes are built while it loads;
 *   <li>every other entry outside the data section, and everything after it, waits until every load is done: pg_dump's dependencies do not say that, for example, a {@code NOT VALID} domain constraint must come
 *       after the data (pg_restore 15 {@code -j 2} fails on such an archive; this restore does not);
 *   <li>the ACL passes and the end wait for every load and every entry put off.
 * </ul>
 *
 * <p>So every entry runs after everything it depends on, and after all data where that matters. Thread-safe
 * (stateless). Internal, not API.
 */
final class RestoreSchedule {

    private RestoreSchedule() {}

    /** Runs the plan on {@code session}, handing table loads to {@code workers} when {@code parallel}. */
    static void run(
            RestorePlan plan,
            RestoreSteps steps,
            RestoreSession session,
            RestoreWorkers workers,
            boolean parallel,
            Archive archive) {
        List<RestorePlan.Step> order = parallel ? largestLoadsFirst(plan.steps(), archive) : plan.steps();
        List<RestorePlan.Step> putOff = new ArrayList<>();
        Set<Integer> putOffIds = new HashSet<>();
        boolean holding = false; // an entry waiting for all loads was put off: everything after it waits too
        for (RestorePlan.Step step : order) {
            boolean blocked = holding || dependsOnAny(step.entry(), putOffIds);
            if (parallel && RestoreWorkers.isParallelLoad(step) && !blocked) {
                if (!dependsOnFunction(step.entry(), plan)) {
                    workers.submit(step);
                    continue;
                }
                workers.awaitAll();
            } else if (step.pass() != RestorePlan.Pass.MAIN) {
                runPutOff(putOff, putOffIds, steps, session, workers);
                holding = false;
                workers.awaitAll();
            } else if (blocked) {
                putOff(step, putOff, putOffIds);
                continue;
            } else if (waitsForAllLoads(step)) {
                if (workers.busy()) {
                    putOff(step, putOff, putOffIds);
                    holding = true;
                    continue;
                }
                workers.awaitAll();
            } else if (workers.waitsForLoad(step.entry())) {
                putOff(step, putOff, putOffIds);
                continue;
            } else {
                workers.awaitDependencies(step.entry()); // reports a load that failed meanwhile
            }
            steps.restore(step, session);
        }
        runPutOff(putOff, putOffIds, steps, session, workers);
        workers.awaitAll();
    }

    /**
     * Whether an entry of the main pass must wait for every load: all but the entries of the data section and of no
     * section (sequence values, comments) and the post-data indexes and primary key, unique and exclusion
     * constraints ({@code CONSTRAINT}), which wait for their own tables' loads only.
     */
    private static boolean waitsForAllLoads(RestorePlan.Step step) {
        TocSection section = step.entry().section();
        String desc = step.entry().desc();
        if (section == TocSection.DATA || section == TocSection.NONE) {
            return false;
        }
        return section != TocSection.POST_DATA || !(desc.equals("INDEX") || desc.equals("CONSTRAINT"));
    }

    /**
     * Whether the table a TABLE DATA entry loads depends on a function, directly or through a domain of its
     * columns: a CHECK constraint or a generated column calls it.
     */
    private static boolean dependsOnFunction(TocEntry tableData, RestorePlan plan) {
        for (int tableId : tableData.dependencies()) {
            TocEntry table = plan.entry(tableId);
            if (table == null || !table.desc().equals("TABLE")) {
                continue;
            }
            for (int id : table.dependencies()) {
                TocEntry used = plan.entry(id);
                if (used != null && isFunctionOrDomainWithFunction(used, plan)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isFunctionOrDomainWithFunction(TocEntry entry, RestorePlan plan) {
        if (entry.desc().equals("FUNCTION")) {
            return true;
        }
        if (!entry.desc().equals("DOMAIN")) {
            return false;
        }
        for (int id : entry.dependencies()) {
            TocEntry used = plan.entry(id);
            if (used != null && used.desc().equals("FUNCTION")) {
                return true;
            }
        }
        return false;
    }

    private static void putOff(RestorePlan.Step step, List<RestorePlan.Step> putOff, Set<Integer> putOffIds) {
        putOff.add(step);
        putOffIds.add(step.entry().dumpId());
    }

    private static boolean dependsOnAny(TocEntry entry, Set<Integer> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        for (int id : entry.dependencies()) {
            if (ids.contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** Runs the entries put off, in plan order, each after the loads it depends on (all, where it must). */
    private static void runPutOff(
            List<RestorePlan.Step> putOff,
            Set<Integer> putOffIds,
            RestoreSteps steps,
            RestoreSession session,
            RestoreWorkers workers) {
        for (RestorePlan.Step step : putOff) {
            if (waitsForAllLoads(step)) {
                workers.awaitAll();
            } else {
                workers.awaitDependencies(step.entry());
            }
            steps.restore(step, session);
        }
        putOff.clear();
        putOffIds.clear();
    }

    /** The steps with each run of consecutive parallel loads sorted by stored data size, largest first. */
    static List<RestorePlan.Step> largestLoadsFirst(List<RestorePlan.Step> steps, Archive archive) {
        List<RestorePlan.Step> order = new ArrayList<>(steps.size());
        List<RestorePlan.Step> loads = new ArrayList<>();
        Map<Integer, Long> sizes = new HashMap<>();
        for (RestorePlan.Step step : steps) {
            if (RestoreWorkers.isParallelLoad(step)) {
                loads.add(step);
                sizes.put(step.entry().dumpId(), archive.storedSize(step.entry()));
                continue;
            }
            addLargestFirst(loads, sizes, order);
            order.add(step);
        }
        addLargestFirst(loads, sizes, order);
        return order;
    }

    private static void addLargestFirst(
            List<RestorePlan.Step> loads, Map<Integer, Long> sizes, List<RestorePlan.Step> order) {
        loads.sort(Comparator.comparingLong(
                        (RestorePlan.Step load) -> sizes.get(load.entry().dumpId()))
                .reversed()); // stable: archive order among equal sizes
        order.addAll(loads);
        loads.clear();
    }
}
