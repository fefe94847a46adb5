package dev.rehearsal.internal.migrate.sqlx;

import static dev.rehearsal.internal.migrate.scripts.NativeToolTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.FlywayMoves;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sqlx's moves are {@code sqlx migrate run} with or without a target version: nothing to resolve a migration. */
class SqlxMovesTest {

    @Test
    void moves_lists_only_what_sqlx_has(@TempDir Path dir) {
        write(dir, "1_a.sql", "CREATE TABLE a (id int);\n");
        SqlxMigrations migrations = SqlxMigrations.open(DefaultMigrationContext.filesOnly(
                new MigrationsLocation(dir, "migrations", "given"), MigrationOptions.defaults()));

        assertThat(migrations.moves()).containsExactly("deploy()", "migrateTo(version)");
        assertThatThrownBy(() -> migrations.resolveApplied("1"))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("sqlx has no resolveApplied(\"1\") move")
                .hasMessageContaining("by hand, as its Dirty message says")
                .hasMessageEndingWith("Its moves: deploy(), migrateTo(version).");
        assertThatThrownBy(() -> migrations.as(FlywayMoves.class))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("sqlx has no FlywayMoves. Its moves: deploy(), migrateTo(version).");
    }
}
