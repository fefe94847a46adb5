/**
 * AssertJ assertions on restored and migrated databases: start with {@link
 * dev.rehearsal.assertj.RehearsalAssertions#assertThat(dev.rehearsal.RestoredDatabase)}, or {@link
 * dev.rehearsal.assertj.RehearsalSoftAssertions} for soft assertions.
 *
 * <p>Aggregates (row counts, NULL counts) are computed in the database, never by streaming tables into the JVM.
 * Every failure message says what was expected, what was found, where (table, column or SQL) and where the database
 * came from: its fixture and its migration state.
 */
package dev.rehearsal.assertj;
