package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.RoleHandling;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which TOC entries a restore runs, which of their parts, and in which order: pg_restore's serial order
 * ({@code RestoreArchive()} with {@code _tocEntryRequired()} and {@code _tocEntryRestorePass()} in
 * {@code pg_backup_archiver.c}) for a restore into an existing database without {@code --create}.
 *
 * <p>Three passes over the TOC in archive order (pg_dump already sorted it by dependencies): the main pass
 * (everything else), the ACL pass ({@code ACL}, {@code DEFAULT ACL}) and the post-ACL pass ({@code EVENT TRIGGER},
 * {@code MATERIALIZED VIEW DATA}, comments and security labels on event triggers, and pg_dump 18's post-data
 * {@code STATISTICS DATA}). Never restored: {@code ENCODING}, {@code STDSTRINGS} and {@code SEARCHPATH} (they make
 * the session's fixed settings), {@code DATABASE} and {@code DATABASE PROPERTIES} and the comments, ACLs and
 * security labels of the database itself (pg_restore restores them only with {@code --create}), and the obsolete
 * {@code <Init>}/{@code Max OID}. With {@link RoleHandling#SKIP}, ACL entries are left out ({@code --no-privileges}).
 *
 * <p>Thread-safe (immutable). Internal, not API.
 */
final class RestorePlan {

    /** The pass an entry runs in. */
    enum Pass {
        MAIN,
        ACL,
        POST_ACL
    }

    /**
     * One entry to restore.
     *
     * @param entry the TOC entry
     * @param schema whether its definition runs ({@code REQ_SCHEMA})
     * @param data whether its data part (or, for data-only entries such as {@code SEQUENCE SET}, its definition)
     *     runs ({@code REQ_DATA})
     * @param pass the pass it runs in
     */
    record Step(TocEntry entry, boolean schema, boolean data, Pass pass) {

        /** Whether the entry's definition is executed: as its schema part, or as the data part of a data-only entry. */
        boolean runsDefinition() {
            return schema || (data && !entry.hadDumper());
        }

        /** Whether the entry loads data from the archive: TABLE DATA or BLOBS with a data part. */
        boolean loadsData() {
            return data && entry.hadDumper();
        }
    }

    private final List<Step> steps;
    private final Map<Integer, TocEntry> byDumpId;
    private final Set<Integer> definitions = new HashSet<>();

    private RestorePlan(List<Step> steps, Map<Integer, TocEntry> byDumpId) {
        this.steps = steps;
        this.byDumpId = byDumpId;
        for (Step step : steps) {
            if (step.runsDefinition()) {
                definitions.add(step.entry().dumpId());
            }
        }
    }

    /** Plans the restore of {@code entries} (in archive order). */
    static RestorePlan of(List<TocEntry> entries, RoleHandling roles) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(roles, "roles");
        Map<Integer, TocEntry> byDumpId = new HashMap<>();
        List<Step> main = new ArrayList<>();
        List<Step> acl = new ArrayList<>();
        List<Step> postAcl = new ArrayList<>();
        for (TocEntry entry : entries) {
            byDumpId.put(entry.dumpId(), entry);
            int required = required(entry, roles);
            if (required == 0) {
                continue;
            }
            Pass pass = pass(entry);
            Step step = new Step(entry, (required & SCHEMA) != 0, (required & DATA) != 0, pass);
            switch (pass) {
                case MAIN -> main.add(step);
                case ACL -> acl.add(step);
                case POST_ACL -> postAcl.add(step);
            }
        }
        List<Step> steps = new ArrayList<>(main.size() + acl.size() + postAcl.size());
        steps.addAll(main);
        steps.addAll(acl);
        steps.addAll(postAcl);
        return new RestorePlan(Collections.unmodifiableList(steps), Map.copyOf(byDumpId));
    }

    /** The entries to restore, in the order they run. */
    List<Step> steps() {
        return steps;
    }

    /** Whether the plan runs the definition of {@code entry} (e.g. creates the table). */
    boolean restoresDefinition(TocEntry entry) {
        return definitions.contains(entry.dumpId());
    }

    /** The entry with {@code dumpId}, if the archive has one (restored or not). */
    TocEntry entry(int dumpId) {
        return byDumpId.get(dumpId);
    }

    private static final int SCHEMA = 1;
    private static final int DATA = 2;

    /** {@code _tocEntryRequired()} for a plain restore (no filters, no {@code --create}, schema and data). */
    static int required(TocEntry entry, RoleHandling roles) {
        String desc = entry.desc();
        String tag = entry.tag();
        if (isSpecial(desc)) {
            return 0;
        }
        if (desc.equals("DATABASE") || desc.equals("DATABASE PROPERTIES")) {
            return 0;
        }
        if (roles == RoleHandling.SKIP && isAcl(desc)) {
            return 0;
        }
        if ((desc.equals("ACL") || desc.equals("COMMENT") || desc.equals("SECURITY LABEL"))
                && tag.startsWith("DATABASE ")) {
            return 0;
        }
        if (desc.equals("<Init>") && tag.equals("Max OID")) {
            return 0;
        }
        int required = SCHEMA | DATA;
        if (!entry.hadDumper()) {
            boolean dataOnly = desc.equals("SEQUENCE SET")
                    || desc.equals("BLOB")
                    || desc.equals("BLOB METADATA")
                    || ((desc.equals("ACL") || desc.equals("COMMENT") || desc.equals("SECURITY LABEL"))
                            && tag.startsWith("LARGE OBJECT"));
            required &= dataOnly ? DATA : ~DATA;
        }
        String defn = entry.defn();
        if (defn.isEmpty() || defn.startsWith("-- load via partition root ")) {
            required &= ~SCHEMA;
        }
        return required;
    }

    /** {@code _tocEntryRestorePass()}. */
    static Pass pass(TocEntry entry) {
        String desc = entry.desc();
        if (isAcl(desc)) {
            return Pass.ACL;
        }
        if (desc.equals("EVENT TRIGGER") || desc.equals("MATERIALIZED VIEW DATA")) {
            return Pass.POST_ACL;
        }
        if ((desc.equals("COMMENT") || desc.equals("SECURITY LABEL"))
                && entry.tag().startsWith("EVENT TRIGGER ")) {
            return Pass.POST_ACL;
        }
        if (desc.equals("STATISTICS DATA") && entry.section() == TocSection.POST_DATA) {
            return Pass.POST_ACL;
        }
        return Pass.MAIN;
    }

    /** The entries that set the session up instead of being restored. */
    static boolean isSpecial(String desc) {
        return desc.equals("ENCODING") || desc.equals("STDSTRINGS") || desc.equals("SEARCHPATH");
    }

    /** {@code _tocEntryIsACL()}: the entries {@code --no-privileges} leaves out. */
    static boolean isAcl(String desc) {
        return desc.equals("ACL") || desc.equals("DEFAULT ACL") || desc.equals("ACL LANGUAGE");
    }
}
