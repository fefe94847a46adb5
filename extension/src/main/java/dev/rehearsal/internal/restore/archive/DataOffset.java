package dev.rehearsal.internal.restore.archive;

/**
 * Where a custom archive stores an entry's data block ({@code K_OFFSET_*} in pg_backup_archiver.h).
 *
 * @param state whether the entry has data and whether pg_dump recorded its position
 * @param position the byte offset of the block header, meaningful only when {@code state} is {@link State#SET}
 */
record DataOffset(State state, long position) {

    static final DataOffset NOT_SET = new DataOffset(State.NOT_SET, 0);
    static final DataOffset NO_DATA = new DataOffset(State.NO_DATA, 0);

    enum State {
        /** The entry has data but pg_dump could not seek back to record where (it wrote to a pipe). */
        NOT_SET,
        /** The entry's data block starts at {@link #position}. */
        SET,
        /** The entry has no data block. */
        NO_DATA
    }
}
