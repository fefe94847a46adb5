package dev.rehearsal.internal.template;

import java.util.Map;

/**
 * The metadata of one published template, stored as JSON next to the persistent data directory ({@code
 * templates/<key>.json}): written only once the template is complete, so its presence is what makes the template
 * visible. Its file's modification time is the template's last use (least-recently-used eviction).
 *
 * <p>Internal, not API.
 *
 * @param format {@link #FORMAT}; an entry of another format is rebuilt
 * @param kind {@code restored} or {@code migrated}
 * @param key the content key ({@link TemplateKey#key()})
 * @param slot the request's slot ({@link TemplateKey#slot()})
 * @param database the template database; {@code null} for a failed restore (nothing to clone)
 * @param inputs the key's inputs, to explain the next miss of the same slot
 * @param tool the migration tool that ran (migrated templates)
 * @param buildMillis how long the restore or the migrations took
 * @param sizeBytes the template database's size when published
 * @param failure the failure that ended the restore or the migrations, if any
 * @param report what the migration run recorded for the run report (migrated templates; {@code null} in entries
 *     written before it was stored), so a cache hit reports the build's measurements
 */
record TemplateEntry(
        int format,
        String kind,
        String key,
        String slot,
        String database,
        Map<String, String> inputs,
        String tool,
        long buildMillis,
        long sizeBytes,
        CachedFailure failure,
        dev.rehearsal.internal.report.MigrationRecord report) {

    /** An entry without a report record (restored templates, failed restores). */
    TemplateEntry(
            int format,
            String kind,
            String key,
            String slot,
            String database,
            Map<String, String> inputs,
            String tool,
            long buildMillis,
            long sizeBytes,
            CachedFailure failure) {
        this(format, kind, key, slot, database, inputs, tool, buildMillis, sizeBytes, failure, null);
    }

    /** The metadata format; entries of any other value are rebuilt (with a log line). */
    static final int FORMAT = 3; // 2: migration failures carry their pre-flight findings; 3: exact committed rows
}
