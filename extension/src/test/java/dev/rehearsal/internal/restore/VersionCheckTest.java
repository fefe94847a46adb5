package dev.rehearsal.internal.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.FixtureRestoreException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The version decisions; pure, no server (real pg_dump 18 output against a real server: RestoreOptionsTest). */
class VersionCheckTest {

    private static Optional<String> problem(String from, String server) {
        return VersionCheck.problem(Optional.ofNullable(from), "backups/x.sql", server);
    }

    private static Optional<String> newerPgDump(String by, String server) {
        return VersionCheck.newerPgDump(Optional.ofNullable(by), "backups/x.sql", server);
    }

    @Test
    void majors_are_read_like_postgresql_numbers_them() {
        assertThat(VersionCheck.major("15.18 (Debian 15.18-0+deb12u1)")).hasValue(new VersionCheck.Major(15, 0));
        assertThat(VersionCheck.major("18beta1")).hasValue(new VersionCheck.Major(18, 0));
        assertThat(VersionCheck.major("17devel")).hasValue(new VersionCheck.Major(17, 0));
        assertThat(VersionCheck.major("9.6.24")).hasValue(new VersionCheck.Major(9, 6));
        assertThat(VersionCheck.major("10.23")).hasValue(new VersionCheck.Major(10, 0));
        assertThat(VersionCheck.major("EnterpriseDB 15")).isEmpty();
        assertThat(VersionCheck.major("123456")).isEmpty();
        assertThat(VersionCheck.major(null)).isEmpty();
    }

    @Test
    void a_dump_from_the_same_or_an_older_major_restores() {
        assertThat(problem("17.6", "17.6")).isEmpty();
        assertThat(problem("17.9", "17.2")).as("minor versions do not matter").isEmpty();
        assertThat(problem("15.18 (Debian 15.18-0+deb12u1)", "17.6")).isEmpty();
        assertThat(problem("9.6.24", "17.6")).isEmpty();
        assertThat(problem(null, "17.6")).as("no header: nothing to check").isEmpty();
        assertThat(problem("18.1", "not a version")).isEmpty();
    }

    @Test
    void a_dump_from_a_newer_major_names_both_versions_and_the_fix() {
        assertThat(problem("18.1", "17.6"))
                .hasValue("backups/x.sql was dumped from PostgreSQL 18.1, a newer major version than the server's"
                        + " (17.6); a dump restores only into a server of the same or a newer major version, so nothing"
                        + " was restored. Restore it into PostgreSQL 18 or newer: point rehearsal.external.url (env"
                        + " REHEARSAL_JDBC_URL) at such a server.");
        assertThat(problem("9.6.24", "9.5.3"))
                .hasValueSatisfying(m -> assertThat(m).contains("PostgreSQL 9.6 or newer"));
        assertThatThrownBy(() -> VersionCheck.check(Optional.of("18.1"), "backups/x.sql", "17.6"))
                .isInstanceOf(FixtureRestoreException.class)
                .hasMessageStartingWith("backups/x.sql was dumped from PostgreSQL 18.1")
                .satisfies(e ->
                        assertThat(((FixtureRestoreException) e).location()).isEqualTo("backups/x.sql"));
    }

    @Test
    void a_newer_pg_dump_is_a_warning_naming_both_versions_and_the_fixes() {
        assertThat(newerPgDump("17.6", "17.6")).isEmpty();
        assertThat(newerPgDump("15.18", "17.6")).isEmpty();
        assertThat(newerPgDump(null, "17.6")).isEmpty();
        assertThat(newerPgDump("18.0", "17.6"))
                .hasValue("backups/x.sql was written by pg_dump 18.0, a newer major version than the server's (17.6)."
                        + " PostgreSQL does not guarantee that pg_dump's output loads into an older server: statements"
                        + " pg_dump adds itself may use what the server lacks (pg_dump 18's --statistics calls"
                        + " pg_restore_relation_stats()). If the restore fails there, re-create the dump with pg_dump 17"
                        + " (or without such options), or restore it into PostgreSQL 18 or newer: point"
                        + " rehearsal.external.url at such a server.");
    }

    @Test
    void the_note_joins_a_failed_statement_s_details_and_keeps_its_fields() {
        FixtureRestoreException failure = new FixtureRestoreException(
                "backups/x.sql", 12, "SELECT f();", "42883", "function f() does not exist", "HINT: add it", null);
        FixtureRestoreException noted = VersionCheck.withNote(failure, "pg_dump is newer");
        assertThat(noted.getMessage()).contains("  DETAIL: HINT: add it\n  NOTE: pg_dump is newer\n");
        assertThat(noted.line()).isEqualTo(12);
        assertThat(noted.sqlState()).hasValue("42883");
        assertThat(noted.statement()).hasValue("SELECT f();");
        FixtureRestoreException plain = new FixtureRestoreException("it broke", "backups/x.sql", 0, null);
        assertThat(VersionCheck.withNote(plain, "pg_dump is newer").getMessage())
                .isEqualTo("it broke\n  NOTE: pg_dump is newer");
    }
}
