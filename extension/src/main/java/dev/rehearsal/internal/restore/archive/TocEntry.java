package dev.rehearsal.internal.restore.archive;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an archive's table of contents ({@code TocEntry} in pg_dump), with every field pg_dump stores.
 *
 * <p>Strings that pg_dump may store as NULL are empty here when absence and emptiness mean the same to pg_restore
 * ({@code tag}, {@code desc}, {@code defn}, {@code dropStmt}, {@code copyStmt}, {@code owner}), and {@link
 * Optional} where they differ ({@code namespace}: {@code -} in {@code pg_restore -l}; {@code tablespace}: empty
 * means "the default tablespace", absent means "not applicable"; {@code tableAccessMethod}). All text is decoded
 * with the archive's encoding (its ENCODING entry).
 *
 * <p>Entries come in pg_dump's order, which is already topologically sorted: PRE_DATA, then DATA, then POST_DATA,
 * with NONE entries (comments, ACLs) after what they annotate.
 *
 * <p>Thread-safe (immutable). Internal, not API.
 *
 * @param dumpId the entry's id, unique within the archive and greater than 0 ({@code 3342} in {@code pg_restore
 *     -l})
 * @param hadDumper whether pg_dump had a data dumper for the entry (TABLE DATA, BLOBS, …)
 * @param tableOid the OID of the system catalog the object lives in (e.g. 1259 for pg_class), 0 if none
 * @param oid the object's OID, 0 if none
 * @param tag the object's name as pg_restore lists it, e.g. {@code legacy} or {@code shout(text)}
 * @param desc the entry type, e.g. {@code TABLE}, {@code TABLE DATA}, {@code BLOBS}, {@code ACL}
 * @param section the section the entry belongs to
 * @param defn the SQL that creates the object (may hold several statements; empty if none)
 * @param dropStmt the SQL that drops it (empty if none)
 * @param copyStmt for COPY-style table data, the {@code COPY … FROM stdin;} statement that loads {@link
 *     Archive#openData}; empty for INSERT-style data and other entries
 * @param namespace the schema the object lives in, if any
 * @param tablespace the tablespace: empty string = the default tablespace; absent = not applicable
 * @param tableAccessMethod the table access method (tables and materialized views only), e.g. {@code heap}
 * @param relkind for tables, the {@code pg_class.relkind} character code (e.g. {@code 'r'}, {@code 'p'}); 0 for
 *     other entries and for archives before 1.16, which do not store it
 * @param owner the role that owns the object (empty if none)
 * @param dependencies the dump ids this entry depends on, in archive order
 * @param hasData whether the archive holds a data part for this entry, to read with {@link Archive#openData} or
 *     (for {@code BLOBS}) {@link Archive#readLargeObjects}
 */
public record TocEntry(
        int dumpId,
        boolean hadDumper,
        long tableOid,
        long oid,
        String tag,
        String desc,
        TocSection section,
        String defn,
        String dropStmt,
        String copyStmt,
        Optional<String> namespace,
        Optional<String> tablespace,
        Optional<String> tableAccessMethod,
        int relkind,
        String owner,
        List<Integer> dependencies,
        boolean hasData) {

    public TocEntry {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(desc, "desc");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(defn, "defn");
        Objects.requireNonNull(dropStmt, "dropStmt");
        Objects.requireNonNull(copyStmt, "copyStmt");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(tablespace, "tablespace");
        Objects.requireNonNull(tableAccessMethod, "tableAccessMethod");
        Objects.requireNonNull(owner, "owner");
        dependencies = List.copyOf(dependencies);
    }

    /** Whether this entry holds large objects ({@code BLOBS}): read them with {@link Archive#readLargeObjects}. */
    public boolean isLargeObjects() {
        return desc.equals("BLOBS");
    }

    /**
     * A short description for messages, like the one pg_restore prints: {@code TOC entry 3342 (TABLE DATA public
     * legacy)}.
     */
    public String describe() {
        return "TOC entry " + dumpId + " (" + desc + " " + namespace.orElse("-") + " " + tag + ")";
    }
}
