package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.RoleHandling;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Restores one planned TOC entry on a session, like pg_restore's {@code restore_toc_entry()} and
 * {@code _printTocEntry()}: select the entry's search path, tablespace and table access method; run its
 * definition; set its owner with {@code ALTER … OWNER TO} (unless ownership is skipped); then load its data:
 * table data through COPY (or its INSERT statements), large objects through the large-object API.
 *
 * <p>Thread-safe (immutable; sessions are not shared). Internal, not API.
 */
final class RestoreSteps {

    private final RestoreContext context;
    private final RestorePlan plan;
    private final RoleHandling roles;

    RestoreSteps(RestoreContext context, RestorePlan plan, RoleHandling roles) {
        this.context = context;
        this.plan = plan;
        this.roles = roles;
    }

    /** Restores the entry of {@code step} on {@code session}. */
    void restore(RestorePlan.Step step, RestoreSession session) {
        TocEntry entry = step.entry();
        if (entry.desc().equals("WARNING")) {
            context.note(
                    "warning:" + entry.dumpId(),
                    entry,
                    "warning from the original dump: " + entry.defn().strip());
            return;
        }
        if (step.runsDefinition()) {
            definition(entry, session);
        }
        if (step.loadsData() && entry.hasData()) {
            data(entry, session);
        }
    }

    /** {@code _printTocEntry()}: session state, definition, owner. */
    private void definition(TocEntry entry, RestoreSession session) {
        session.select(entry);
        if (createsPublicSchema(entry)) {
            context.note(
                    "public-schema",
                    entry,
                    "CREATE SCHEMA public (a pg_dump -n public archive) run as CREATE SCHEMA IF NOT EXISTS public:"
                            + " every new database already has it");
        }
        for (String statement : statements(entry)) {
            session.executeDefinition(statement, entry);
        }
        if (roles == RoleHandling.CREATE_MISSING) {
            for (String statement : ownerStatements(entry)) {
                session.executeDefinition(statement, entry);
            }
        }
        if (entry.relkind() == 'p' && entry.tableAccessMethod().isPresent()) {
            session.execute(
                    RestoreStatements.partitionedTableAccessMethod(
                            entry, entry.tableAccessMethod().get()),
                    entry);
        }
    }

    /** The statements of an entry's definition, with pg_restore's special cases. */
    List<String> statements(TocEntry entry) {
        String desc = entry.desc();
        if (createsPublicSchema(entry)) {
            return List.of("CREATE SCHEMA IF NOT EXISTS public;");
        }
        if (roles == RoleHandling.SKIP && desc.equals("SCHEMA") && !entry.defn().startsWith("--")) {
            // --no-owner drops the AUTHORIZATION clause old pg_dump versions put into CREATE SCHEMA
            return List.of("CREATE SCHEMA " + RestoreStatements.quoteIdentifier(entry.tag()) + ";");
        }
        if (desc.equals("BLOB METADATA")) {
            return RestoreStatements.createLargeObjects(entry);
        }
        if (desc.equals("ACL") && entry.tag().startsWith("LARGE OBJECTS")) {
            TocEntry metadata = entry.dependencies().isEmpty()
                    ? null
                    : plan.entry(entry.dependencies().get(0));
            if (metadata == null || !metadata.desc().equals("BLOB METADATA")) {
                throw context.failure(
                        entry,
                        entry.defn(),
                        "finding the BLOB METADATA entry its large-object grants apply to",
                        new IllegalStateException("the first dependency of " + entry.describe() + " is "
                                + (metadata == null ? "missing" : metadata.describe())
                                + "; pg_dump 17+ makes it the BLOB METADATA entry of the same large objects"));
            }
            return RestoreStatements.perLargeObjectAcl(entry, metadata);
        }
        return RestoreStatements.split(entry.defn(), context.standardConformingStrings());
    }

    /**
     * Whether the entry is the {@code CREATE SCHEMA public;} that {@code pg_dump -n public} writes: it fails with
     * 42P06 on every database made from template0 (pg_restore reports it and, without {@code --exit-on-error},
     * carries on), so the restore tolerates it (pg-dump spec 1.7).
     */
    static boolean createsPublicSchema(TocEntry entry) {
        return entry.desc().equals("SCHEMA")
                && entry.tag().equals("public")
                && entry.defn().strip().equals("CREATE SCHEMA public;");
    }

    /** The {@code ALTER … OWNER TO} statements for an entry (none when its type has no owner of its own). */
    static List<String> ownerStatements(TocEntry entry) {
        if (entry.desc().equals("BLOB METADATA")) {
            return RestoreStatements.largeObjectOwners(entry);
        }
        Optional<String> alter = RestoreStatements.alterOwner(entry);
        return alter.map(List::of).orElse(List.of());
    }

    /** The data part: large objects, or table data by COPY or INSERT statements. */
    private void data(TocEntry entry, RestoreSession session) {
        if (entry.isLargeObjects()) {
            session.selectSchemaForArchiveWithoutSearchPath("pg_catalog", entry);
            session.writeLargeObjects(entry, context.archive());
            return;
        }
        session.select(entry);
        InputStream stream;
        try {
            stream = context.withProgress(context.archive().openData(entry), entry);
        } catch (IOException e) {
            throw context.failure(entry, null, "opening the data of " + context.tableName(entry), e);
        }
        try (InputStream data = stream) {
            if (entry.copyStmt().isEmpty()) {
                session.insertData(entry, data);
            } else if (createdInThisRestore(entry) && !loadsViaPartitionRoot(entry)) {
                session.truncateAndCopyIn(entry, data);
            } else {
                session.copyIn(entry, data);
            }
        } catch (IOException e) {
            throw context.failure(entry, null, "closing the data of " + context.tableName(entry), e);
        }
    }

    /**
     * Whether the table this TABLE DATA entry loads was created by this restore ({@code te->created} in
     * pg_restore): then it is empty, and {@code TRUNCATE} + {@code COPY} in one transaction lets the server skip
     * WAL for the COPY ({@code wal_level=minimal}).
     */
    private boolean createdInThisRestore(TocEntry tableData) {
        if (!tableData.desc().equals("TABLE DATA")) {
            return false;
        }
        for (int id : tableData.dependencies()) {
            TocEntry table = plan.entry(id);
            if (table != null
                    && table.desc().equals("TABLE")
                    && plan.restoresDefinition(table)
                    && table.tag().equals(tableData.tag())
                    && table.namespace().equals(tableData.namespace())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code is_load_via_partition_root()}: the data of a partition dumped with {@code --load-via-partition-root}
     * is loaded through the root table and may land in other partitions, so its nominal table must not be
     * truncated.
     */
    static boolean loadsViaPartitionRoot(TocEntry tableData) {
        if (tableData.defn().startsWith("-- load via partition root ")) {
            return true;
        }
        String copy = tableData.copyStmt();
        String tag = tableData.tag();
        String schema = tableData.namespace().orElse("");
        for (String name : List.of(
                qualified(schema, RestoreStatements.quoteIdentifier(tag), true),
                qualified(schema, simpleOrQuoted(tag), false))) {
            if (copy.startsWith("COPY " + name + " ")) {
                return false;
            }
        }
        return true;
    }

    private static String qualified(String schema, String table, boolean quoteSchema) {
        if (schema.isEmpty()) {
            return table;
        }
        return (quoteSchema ? RestoreStatements.quoteIdentifier(schema) : simpleOrQuoted(schema)) + "." + table;
    }

    /** The name as pg_dump's {@code fmtId()} writes it when it needs no quotes; quoted otherwise. */
    private static String simpleOrQuoted(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") ? name : RestoreStatements.quoteIdentifier(name);
    }
}
