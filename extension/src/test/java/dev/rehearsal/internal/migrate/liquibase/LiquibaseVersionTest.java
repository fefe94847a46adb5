package dev.rehearsal.internal.migrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import org.junit.jupiter.api.Test;

class LiquibaseVersionTest {

    @Test
    void versions_older_than_4_20_are_refused_naming_the_version_and_the_oldest() {
        assertThatThrownBy(() -> LiquibaseVersion.parse("4.17.2").requireSupported("db/changelog"))
                .isInstanceOf(MigrationSetupException.class)
                .hasMessage("Liquibase 4.17.2 is on the test classpath, but Rehearsal runs Liquibase 4.20.0 to 4.33.x"
                        + " (the migrations in db/changelog were not run). Use the liquibase-core version the"
                        + " application runs in production, 4.20.0 or newer (Spring Boot 3.1 ships 4.20.0, 3.2 ships"
                        + " 4.24.0).");
        assertThatThrownBy(() -> LiquibaseVersion.parse("3.10.3").requireSupported("x"))
                .isInstanceOf(MigrationSetupException.class);
    }

    @Test
    void the_supported_range_runs_without_a_warning() {
        for (String version : new String[] {"4.20.0", "4.24.0", "4.27.0", "4.29.2", "4.31.1", "4.33.0"}) {
            LiquibaseVersion parsed = LiquibaseVersion.parse(version);
            parsed.requireSupported("x");
            assertThat(parsed.untested()).as(version).isEmpty();
        }
    }

    @Test
    void liquibase_5_and_development_builds_run_with_a_warning() {
        assertThat(LiquibaseVersion.parse("5.0.1").untested())
                .hasValueSatisfying(w -> assertThat(w)
                        .startsWith("Liquibase 5.0.1 is newer than the versions Rehearsal is tested with (4.20.0 to"
                                + " 4.33.x; Liquibase 5 is not open source)")
                        .contains("Pin org.liquibase:liquibase-core 4.33.x"));
        assertThat(LiquibaseVersion.parse("DEV").untested())
                .hasValueSatisfying(w -> assertThat(w).startsWith("Liquibase reports its version as \"DEV\""));
    }

    @Test
    void what_the_version_on_the_classpath_lacks_is_a_warning() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = LiquibaseTestSupport.open(LiquibaseTestSupport.resource("sql"), db);
            LiquibaseVersion version = LiquibaseBridge.version();
            if (version.major() == 4 && version.minor() < 21) {
                assertThat(migrations.warnings())
                        .singleElement()
                        .asString()
                        .startsWith("Liquibase " + version + "'s update command has no database, changelogParameters,"
                                + " changeExecListener arguments (before 4.21 it wraps Liquibase's command line and"
                                + " takes a URL): Rehearsal runs liquibase.Liquibase#update instead");
            } else {
                assertThat(migrations.warnings()).isEmpty();
            }
        }
    }
}
