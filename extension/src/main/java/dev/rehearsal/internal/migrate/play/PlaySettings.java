package dev.rehearsal.internal.migrate.play;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.spi.MigrationContext;
import java.util.Locale;
import java.util.Optional;

/**
 * The Play Evolutions settings Rehearsal mirrors, read from {@code rehearsal.play.*} (Rehearsal does not read the
 * application's {@code application.conf}: copy the values of {@code play.evolutions.db.<db>.*} that differ from
 * Play's defaults).
 *
 * @param database {@value #DB}: the database folder to use when the location holds several
 * @param schema {@value #SCHEMA}: the schema of {@code play_evolutions} (Play: {@code schema}, default none)
 * @param metaTable {@value #META_TABLE}: Play's {@code metaTable}, default {@code play_evolutions}
 * @param autocommit {@value #AUTOCOMMIT}: Play's {@code autocommit}, default {@code true} (each statement commits on
 *     its own); {@code false} runs the whole evolve in one transaction
 * @param useLocks {@value #USE_LOCKS}: Play's {@code useLocks}, default {@code false}
 * @param skipApplyDownsOnly {@value #SKIP_APPLY_DOWNS_ONLY}: Play's {@code skipApplyDownsOnly}, default {@code false}
 * @param substitutions {@code rehearsal.play.substitutions.prefix}, {@code .suffix}, {@code .escapeEnabled} and
 *     {@code .mappings.<name>}
 * @param allowDowns Play's {@code autoApplyDowns} ({@value ConfigurationKeys.Play#AUTO_APPLY_DOWNS})
 */
record PlaySettings(
        Optional<String> database,
        String schema,
        String metaTable,
        boolean autocommit,
        boolean useLocks,
        boolean skipApplyDownsOnly,
        Substitutions substitutions,
        boolean allowDowns) {

    static final String DB = ConfigurationKeys.Play.DB;
    static final String SCHEMA = ConfigurationKeys.Play.SCHEMA;
    static final String META_TABLE = ConfigurationKeys.Play.META_TABLE;
    static final String AUTOCOMMIT = ConfigurationKeys.Play.AUTOCOMMIT;
    static final String USE_LOCKS = ConfigurationKeys.Play.USE_LOCKS;
    static final String SKIP_APPLY_DOWNS_ONLY = ConfigurationKeys.Play.SKIP_APPLY_DOWNS_ONLY;
    static final String SUBSTITUTIONS = ConfigurationKeys.Play.SUBSTITUTIONS;

    static PlaySettings defaults() {
        return new PlaySettings(
                Optional.empty(), "", "play_evolutions", true, false, false, Substitutions.defaults(), false);
    }

    static PlaySettings from(MigrationContext context) {
        return new PlaySettings(
                context.text(DB),
                context.setting(SCHEMA).orElse(""),
                context.setting(META_TABLE).orElse("play_evolutions"),
                bool(context, AUTOCOMMIT, true),
                bool(context, USE_LOCKS, false),
                bool(context, SKIP_APPLY_DOWNS_ONLY, false),
                new Substitutions(
                        context.setting(SUBSTITUTIONS + "prefix").orElse(Substitutions.DEFAULT_PREFIX),
                        context.setting(SUBSTITUTIONS + "suffix").orElse(Substitutions.DEFAULT_SUFFIX),
                        bool(context, SUBSTITUTIONS + "escapeEnabled", true),
                        context.settingsUnder(SUBSTITUTIONS + "mappings.")),
                bool(context, ConfigurationKeys.Play.AUTO_APPLY_DOWNS, false));
    }

    /** Play's {@code ${schema}${evolutions_table}}: {@code schema.} when a schema is set, the table (blank: default). */
    String table() {
        String name = metaTable.isBlank() ? "play_evolutions" : metaTable.strip();
        return schema.isBlank() ? name : schema.strip() + "." + name;
    }

    /** Play's lock table: the meta table's name with {@code _lock}. */
    String lockTable() {
        return table() + "_lock";
    }

    /** Everything that changes what an evolve does, for the template cache key. */
    String fingerprint() {
        return table() + "|" + autocommit + "|" + useLocks + "|" + skipApplyDownsOnly + "|" + allowDowns + "|"
                + substitutions.fingerprint();
    }

    private static boolean bool(MigrationContext context, String key, boolean fallback) {
        Optional<String> value = context.setting(key);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new MigrationSetupException("The setting " + key + " is \"" + value.get()
                        + "\"; expected true or false (Play's play.evolutions.db.<db>." + key.substring(15)
                        + ", default " + fallback + ").");
        };
    }
}
