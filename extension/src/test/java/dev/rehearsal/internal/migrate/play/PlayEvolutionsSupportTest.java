package dev.rehearsal.internal.migrate.play;

import static dev.rehearsal.internal.migrate.play.PlayTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layout detection, the location choices and the {@code rehearsal.play.*} settings. */
class PlayEvolutionsSupportTest {
    final PlayEvolutionsSupport support = new PlayEvolutionsSupport();

    @TempDir
    Path temp;

    @Test
    void detects_a_database_folder_and_the_conf_evolutions_folder_above_it() {
        assertThat(support.detect(resource("shop/conf/evolutions/default")))
                .hasValue("4 files named <revision>.sql, 4 with a \"-- !Ups\" / \"# --- !Ups\" marker");
        assertThat(support.detect(resource("shop/conf/evolutions")))
                .hasValue("the database folder default/ holding 4 files named <revision>.sql, 4 with a \"-- !Ups\" /"
                        + " \"# --- !Ups\" marker");
        assertThat(MigrationTools.detect(resource("shop/conf/evolutions"), "conf/evolutions"))
                .isEqualTo(MigrationTool.PLAY_EVOLUTIONS);
    }

    @Test
    void does_not_detect_other_layouts() throws IOException {
        assertThat(support.detect(resource("shop"))).isEmpty();
        Files.writeString(temp.resolve("1.sql"), "CREATE TABLE t (id int);");
        assertThat(support.detect(temp))
                .as("numbered SQL files without markers")
                .isEmpty();
        assertThat(support.detect(temp.resolve("missing"))).isEmpty();
    }

    @Test
    void several_database_folders_need_a_choice() throws IOException {
        Files.createDirectories(temp.resolve("default"));
        Files.createDirectories(temp.resolve("audit"));
        Files.writeString(temp.resolve("default/1.sql"), "-- !Ups\nCREATE TABLE a (id int);\n");
        Files.writeString(temp.resolve("audit/1.sql"), "-- !Ups\nCREATE TABLE b (id int);\n");
        assertThatThrownBy(() -> open(temp, Map.of()))
                .isInstanceOf(MigrationSetupException.class)
                .hasMessage("conf/evolutions holds the evolutions of several Play databases (audit, default);"
                        + " Rehearsal migrates one database per test. Point @MigratesTo(migrations = …) at one of them"
                        + " (e.g. conf/evolutions/audit) or set rehearsal.play.db.");
        ToolMigrations audit = open(temp, Map.of("rehearsal.play.db", "audit"));
        assertThat(audit.location()).isEqualTo("conf/evolutions/audit");
        assertThatThrownBy(() -> open(temp, Map.of("rehearsal.play.db", "billing")))
                .isInstanceOf(MigrationSetupException.class)
                .hasMessageContaining("has no folder billing/ holding evolution scripts (N.sql); its database folders"
                        + " are audit, default.");
    }

    @Test
    void settings_come_from_the_configuration_and_rehearsal_yml() throws IOException {
        Files.writeString(
                temp.resolve("rehearsal.yml"),
                "play:\n  schema: meta\n  substitutions:\n    prefix: '${'\n    suffix: '}'\n    mappings:\n"
                        + "      table: users\n");
        Settings settings = Settings.of(
                key -> Optional.ofNullable(
                        Map.of("rehearsal.play.autocommit", "false").get(key)),
                temp);
        PlaySettings play = PlaySettings.from(context(resource("shop/conf/evolutions"), settings, true));
        assertThat(play.table()).isEqualTo("meta.play_evolutions");
        assertThat(play.lockTable()).isEqualTo("meta.play_evolutions_lock");
        assertThat(play.autocommit()).isFalse();
        assertThat(play.allowDowns()).isTrue();
        assertThat(play.substitutions().apply("select * from ${TABLE}")).isEqualTo("select * from users");
    }

    @Test
    void auto_apply_downs_is_plays_own_setting_and_the_deprecated_attribute_still_sets_it() {
        Settings withKey = Settings.of(
                key -> Optional.ofNullable(
                        Map.of(ConfigurationKeys.Play.AUTO_APPLY_DOWNS, "true").get(key)),
                temp);
        Settings without = Settings.of(key -> Optional.empty(), temp);
        Path folder = resource("shop/conf/evolutions");

        assertThat(PlaySettings.from(context(folder, withKey, false)).allowDowns())
                .isTrue();
        assertThat(PlaySettings.from(context(folder, without, true)).allowDowns())
                .isTrue();
        assertThat(PlaySettings.from(context(folder, without, false)).allowDowns())
                .isFalse();
        assertThat(support.open(context(folder, withKey, false)).fingerprint())
                .as("part of the template key")
                .isNotEqualTo(support.open(context(folder, without, false)).fingerprint());
    }

    @Test
    void a_wrong_boolean_fails_fast_naming_the_key() {
        Settings settings = Settings.of(
                key -> Optional.ofNullable(
                        Map.of("rehearsal.play.useLocks", "yes").get(key)),
                temp);
        assertThatThrownBy(() -> PlaySettings.from(context(resource("shop/conf/evolutions"), settings, false)))
                .isInstanceOf(MigrationSetupException.class)
                .hasMessage("The setting rehearsal.play.useLocks is \"yes\"; expected true or false (Play's"
                        + " play.evolutions.db.<db>.useLocks, default false).");
    }

    @Test
    void settings_change_the_fingerprint() {
        Path folder = resource("shop/conf/evolutions");
        String plain = open(folder, Map.of()).fingerprint();
        assertThat(open(folder, Map.of()).fingerprint()).isEqualTo(plain);
        assertThat(open(folder, Map.of("rehearsal.play.autocommit", "false")).fingerprint())
                .isNotEqualTo(plain);
    }

    private ToolMigrations open(Path folder, Map<String, String> values) {
        Settings settings = Settings.of(key -> Optional.ofNullable(values.get(key)), temp);
        return support.open(context(folder, settings, false));
    }

    private static DefaultMigrationContext context(Path folder, Settings settings, boolean allowDowns) {
        return DefaultMigrationContext.filesOnly(
                new MigrationsLocation(folder, "conf/evolutions", "test"),
                new MigrationOptions(
                        allowDowns ? Map.of(ConfigurationKeys.Play.AUTO_APPLY_DOWNS, "true") : Map.of(), settings));
    }
}
