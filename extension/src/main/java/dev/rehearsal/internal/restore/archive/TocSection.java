package dev.rehearsal.internal.restore.archive;

/**
 * The section of a TOC entry ({@code teSection} in pg_dump): pre-data objects are created before the data is
 * loaded, post-data objects (indexes, constraints, triggers…) after it; {@link #NONE} entries (comments, ACLs)
 * belong to whatever they annotate.
 *
 * <p>Archives before 1.11 do not store the section; the reader then infers it from the entry type as pg_restore
 * does. Internal, not API.
 */
public enum TocSection {
    NONE,
    PRE_DATA,
    DATA,
    POST_DATA
}
