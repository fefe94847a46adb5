package dev.rehearsal.internal.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.FixtureRestoreException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The version decision; pure, no server (the real-server checks are in RestoreOptionsTest). */
class VersionCheckTest {

    private static Optional<String> problem(String from, String by, String server) {
        return VersionCheck.problem(Optional.ofNullable(from), Optional.ofNullable(by), "backups/x.sql", server);
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
    void the_same_or_an_older_major_restores() {
        assertThat(problem("17.6", "17.6", "17.6")).isEmpty();
        assertThat(problem("17.9", "17.9", "17.2"))
                .as("minor versions do not matter")
                .isEmpty();
        assertThat(problem("15.18 (Debian 15.18-0+deb12u1)", "15.18 (Debian 15.18-0+deb12u1)", "17.6"))
                .isEmpty();
        assertThat(problem("12.1", "16.4", "17.0")).isEmpty();
        assertThat(problem("9.6.24", "9.6.24", "17.6")).isEmpty();
        assertThat(problem(null, null, "17.6"))
                .as("no header: nothing to check")
                .isEmpty();
        assertThat(problem("18.1", "18.1", "not a version")).isEmpty();
    }

    @Test
    void a_dump_from_a_newer_major_names_both_versions_and_the_fix() {
        assertThat(problem("18.1", "18.1", "17.6"))
                .hasValue("backups/x.sql was dumped from PostgreSQL 18.1, a newer major version than the server's"
                        + " (17.6); a dump restores only into a server of the same or a newer major version, so nothing"
                        + " was restored. Restore it into PostgreSQL 18 or newer: point rehearsal.external.url (env"
                        + " REHEARSAL_JDBC_URL) at such a server.");
        assertThat(problem("9.6.24", null, "9.5.3"))
                .hasValueSatisfying(m -> assertThat(m).contains("PostgreSQL 9.6 or newer"));
    }

    @Test
    void a_dump_written_by_a_newer_pg_dump_fails_too() {
        assertThat(problem("17.6", "18.0", "17.6"))
                .hasValue("backups/x.sql was written by pg_dump 18.0, a newer major version than the server's (17.6),"
                        + " from PostgreSQL 17.6; PostgreSQL does not guarantee that pg_dump's output loads into an"
                        + " older server (it may use syntax the server lacks), so nothing was restored. Restore it into"
                        + " PostgreSQL 18 or newer: point rehearsal.external.url (env REHEARSAL_JDBC_URL) at such a"
                        + " server. Or re-create the dump with pg_dump 17.");
        assertThat(problem(null, "17.0", "16.4"))
                .hasValueSatisfying(m -> assertThat(m)
                        .startsWith("backups/x.sql was written by pg_dump 17.0, a newer major version than the server's"
                                + " (16.4); "));
    }

    @Test
    void check_throws_a_restore_exception_naming_the_fixture() {
        assertThatThrownBy(() -> VersionCheck.check(Optional.of("18.1"), Optional.of("18.1"), "backups/x.sql", "17.6"))
                .isInstanceOf(FixtureRestoreException.class)
                .hasMessageStartingWith("backups/x.sql was dumped from PostgreSQL 18.1")
                .satisfies(e ->
                        assertThat(((FixtureRestoreException) e).location()).isEqualTo("backups/x.sql"));
    }
}
