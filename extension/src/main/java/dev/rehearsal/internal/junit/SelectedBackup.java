package dev.rehearsal.internal.junit;

/**
 * The backup one invocation of a {@link dev.rehearsal.BackupMatrix} class runs on, kept in the invocation's Store.
 * Its own type (not nested in {@link BackupMatrixExtension}) so that reading it never loads a JUnit 5.13 interface.
 *
 * @param location the backup as {@code @RestoredFrom} lists it
 * @param index its position in the list, from 1
 * @param of how many backups the list has
 */
record SelectedBackup(String location, int index, int of) {}
