package dev.rehearsal.internal.report;

import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Report} as one self-contained HTML page (inline CSS and SVG, no script, no external asset): per
 * fixture a timeline of the restore and each migration with durations, the failures with their whole message, and
 * the row counts before and after.
 *
 * <p>Internal, not API.
 */
final class HtmlReport {
    private static final String STYLE = "body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1d1d1f}"
            + "h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 4px;border-top:1px solid #ddd;"
            + "padding-top:16px}h3{font-size:15px;margin:16px 0 6px}.meta{color:#555}"
            + "table{border-collapse:collapse;margin:6px 0}td,th{border:1px solid #ddd;padding:3px 8px;"
            + "text-align:left;vertical-align:top}th{background:#f4f4f6}td.n{text-align:right;"
            + "font-variant-numeric:tabular-nums}"
            + "pre.failure{background:#fdecea;border-left:4px solid #c62828;padding:10px 12px;white-space:pre-wrap;"
            + "font:13px/1.4 ui-monospace,monospace}.ok{color:#2e7d32}.bad{color:#c62828;font-weight:600}"
            + ".cached{color:#6a4fa3}.changed{background:#fff8e1}svg text{font:12px system-ui,sans-serif}";
    private static final int LABEL_WIDTH = 380;
    private static final int BAR_WIDTH = 460;
    private static final int ROW = 22;

    private HtmlReport() {}

    static String render(Report report) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Rehearsal report</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>Rehearsal report</h1>\n<p class=\"meta\">")
                .append(escape(report.generatedAt()))
                .append(" · ")
                .append(escape(report.server()))
                .append(" · ")
                .append(report.fixtures().size())
                .append(report.fixtures().size() == 1 ? " fixture" : " fixtures")
                .append(" · ");
        if (report.runs() > 1) {
            html.append(report.runs()).append(" runs of this build · ");
        }
        long failures = report.failures();
        html.append(
                        failures == 0
                                ? "<span class=\"ok\">no failure</span>"
                                : "<span class=\"bad\">" + failures + (failures == 1 ? " failure" : " failures")
                                        + "</span>")
                .append("</p>\n");
        for (Report.FixtureReport fixture : report.fixtures()) {
            fixture(html, fixture);
        }
        return html.append("</body></html>\n").toString();
    }

    private static void fixture(StringBuilder html, Report.FixtureReport fixture) {
        html.append("<section class=\"fixture\"><h2>");
        if (fixture.freshInstall()) {
            html.append("Fresh install</h2>\n<p class=\"meta\">Not a backup: an empty database Rehearsal migrated"
                    + " with the same migrations for <code>schema().matchesFreshInstall()</code>, to compare the"
                    + " upgraded schema with the one a fresh install gets.</p>\n<p class=\"meta\">");
        } else {
            html.append(escape(fixture.location())).append("</h2>\n<p class=\"meta\">");
        }
        html.append(escape(fixture.format()))
                .append(" · sha256 ")
                .append(escape(fixture.sha256()
                        .substring(0, Math.min(12, fixture.sha256().length()))))
                .append('…');
        if (fixture.dumpedBy() != null) {
            html.append(" · pg_dump ").append(escape(fixture.dumpedBy()));
        }
        html.append("</p>\n");
        Timeline.svg(html, fixture);
        Report.Restore restore = fixture.restore();
        if (restore != null && restore.failure() != null) {
            html.append("<h3 class=\"bad\">Restore failed</h3>\n");
            failure(html, restore.failure(), restore.cached());
        }
        for (Report.Migrations run : fixture.migrations()) {
            migrations(html, run);
        }
        html.append("</section>\n");
    }

    private static void migrations(StringBuilder html, Report.Migrations run) {
        html.append("<h3>Migrations ")
                .append(escape(run.location()))
                .append(" (")
                .append(escape(run.tool()))
                .append(", target ")
                .append(escape(run.target()))
                .append("): ");
        if (run.failure() != null) {
            html.append("<span class=\"bad\">failed</span>");
        } else {
            long applied = run.steps().stream()
                    .filter(s -> "APPLIED".equals(s.state()))
                    .count();
            html.append("<span class=\"ok\">")
                    .append(applied)
                    .append(applied == 1 ? " migration" : " migrations")
                    .append(" applied</span>");
        }
        html.append(" in ").append(duration(run.millis()));
        if (run.cached()) {
            html.append(
                    " <span class=\"cached\">(from the template cache: durations from the run that built it)</span>");
        }
        html.append("</h3>\n<p class=\"meta\">")
                .append(run.appliedBefore())
                .append(" already applied in the backup. Profiles: tables whose relfilenode changed, ACCESS EXCLUSIVE"
                        + " holds seen by polling pg_locks every 5 ms (short holds can be missed), rows the migration's"
                        + " committed transactions changed (counted on PostgreSQL 15 or later; a rolled-back migration"
                        + " changed none).</p>\n");
        if (!run.steps().isEmpty()) {
            html.append("<table class=\"steps\"><tr><th>#</th><th>Migration</th><th>State</th><th>Duration</th>"
                    + "<th>Tables rewritten</th><th>ACCESS EXCLUSIVE locks</th><th>Rows changed</th></tr>\n");
            int index = 1;
            for (MigrationRecord.Step step : run.steps()) {
                boolean failed = "FAILED".equals(step.state());
                html.append("<tr><td class=\"n\">")
                        .append(index++)
                        .append("</td><td>")
                        .append(escape(step.id()))
                        .append("</td><td")
                        .append(failed ? " class=\"bad\">" : ">")
                        .append(escape(step.state().toLowerCase(Locale.ROOT).replace('_', ' ')))
                        .append("</td><td class=\"n\">")
                        .append(step.millis() == null ? "not recorded" : duration(step.millis()))
                        .append("</td>");
                profile(html, step.profile());
                html.append("</tr>\n");
            }
            html.append("</table>\n");
        }
        if (run.failure() != null) {
            failure(html, run.failure(), run.cached());
        }
        rows(html, run.tables());
    }

    private static void profile(StringBuilder html, MigrationRecord.Profile profile) {
        if (profile == null) {
            html.append("<td colspan=\"3\" class=\"meta\">not profiled</td>");
            return;
        }
        html.append(
                        profile.rewritten().isEmpty()
                                ? "<td>none</td>"
                                : "<td class=\"bad\">" + escape(String.join(", ", profile.rewritten())) + "</td>")
                .append("<td>");
        if (profile.locks().isEmpty()) {
            html.append("none");
        }
        for (int i = 0; i < profile.locks().size(); i++) {
            MigrationRecord.Lock lock = profile.locks().get(i);
            html.append(i == 0 ? "" : "<br>")
                    .append(escape(lock.table()))
                    .append(' ')
                    .append(duration(lock.millis()));
        }
        html.append("</td><td>");
        if (profile.rows() == null) {
            html.append("<span class=\"meta\">not counted</span></td>");
            return;
        }
        if (profile.rows().isEmpty()) {
            html.append("none");
        }
        for (int i = 0; i < profile.rows().size(); i++) {
            MigrationRecord.Rows rows = profile.rows().get(i);
            List<String> parts = new java.util.ArrayList<>();
            if (rows.inserted() != 0) {
                parts.add(String.format(Locale.ROOT, "%,d inserted", rows.inserted()));
            }
            if (rows.updated() != 0) {
                parts.add(String.format(Locale.ROOT, "%,d updated", rows.updated()));
            }
            if (rows.deleted() != 0) {
                parts.add(String.format(Locale.ROOT, "%,d deleted", rows.deleted()));
            }
            html.append(i == 0 ? "" : "<br>")
                    .append(escape(rows.table()))
                    .append(": ")
                    .append(String.join(", ", parts));
        }
        html.append("</td>");
    }

    private static void failure(StringBuilder html, String message, boolean cached) {
        html.append("<pre class=\"failure\">").append(escape(message)).append("</pre>\n");
        if (cached) {
            html.append("<p class=\"cached\">This failure was remembered by the template cache from the run that built"
                    + " the template.</p>\n");
        }
    }

    private static void rows(StringBuilder html, List<MigrationRecord.TableRows> tables) {
        if (tables.isEmpty()) {
            return;
        }
        html.append("<details open><summary>Row counts before and after the migrations (")
                .append(tables.size())
                .append(tables.size() == 1 ? " table" : " tables")
                .append(")</summary>\n<table class=\"rows\"><tr><th>Table</th><th>Before</th><th>After</th></tr>\n");
        for (MigrationRecord.TableRows table : tables) {
            boolean changed = table.before() == null
                    || table.after() == null
                    || !table.before().equals(table.after());
            html.append(changed ? "<tr class=\"changed\"><td>" : "<tr><td>")
                    .append(escape(table.table()))
                    .append("</td><td class=\"n\">")
                    .append(count(table.before()))
                    .append("</td><td class=\"n\">")
                    .append(count(table.after()))
                    .append("</td></tr>\n");
        }
        html.append("</table></details>\n");
    }

    private static String count(Long count) {
        return count == null ? "–" : String.format(Locale.ROOT, "%,d", count);
    }

    /** {@code 850 ms}, {@code 12.4 s}, {@code 3 min 5 s}. */
    static String duration(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return millis / 60_000 + " min " + (millis % 60_000) / 1000 + " s";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The timeline picture: one row per step, bars placed one after another on a shared time scale. */
    private static final class Timeline {
        private Timeline() {}

        static void svg(StringBuilder html, Report.FixtureReport fixture) {
            Report.Restore restore = fixture.restore();
            long restoreMillis = restore == null ? 0 : restore.millis();
            // each migration run starts from the restored template: runs are branches after the restore, not a queue
            long longestRun = 0;
            int rows = restore == null ? 0 : 1;
            for (Report.Migrations run : fixture.migrations()) {
                long known = run.steps().stream()
                        .mapToLong(s -> s.millis() == null ? 0 : s.millis())
                        .sum();
                longestRun = Math.max(longestRun, Math.max(run.millis(), known));
                rows += 1 + run.steps().size();
            }
            if (rows == 0) {
                return;
            }
            long total = restoreMillis + longestRun;
            double scale = total == 0 ? 0 : (double) BAR_WIDTH / total;
            int height = rows * ROW + 26;
            html.append("<svg class=\"timeline\" role=\"img\" width=\"")
                    .append(LABEL_WIDTH + BAR_WIDTH + 120)
                    .append("\" height=\"")
                    .append(height)
                    .append("\" viewBox=\"0 0 ")
                    .append(LABEL_WIDTH + BAR_WIDTH + 120)
                    .append(' ')
                    .append(height)
                    .append("\"><title>Timeline of ")
                    .append(escape(fixture.location()))
                    .append(
                            "</title>\n<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                                    + " patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" fill=\"#fff\""
                                    + " fill-opacity=\"0.55\"/></pattern></defs>\n");
            int row = 0;
            if (restore != null) {
                String label = "restore" + (restore.cached() ? " (cached)" : "");
                String color = restore.failure() != null ? "#c62828" : "#1565c0";
                bar(html, row++, label, 0, restore.millis() * scale, color, restore.cached(), restore.millis());
            }
            for (Report.Migrations run : fixture.migrations()) {
                double x = restoreMillis * scale;
                String color = run.failure() != null ? "#c62828" : "#2e7d32";
                String label = run.location() + " (" + run.tool() + (run.cached() ? ", cached" : "") + ")";
                bar(html, row++, label, x, run.millis() * scale, color, run.cached(), run.millis());
                for (MigrationRecord.Step step : run.steps()) {
                    String stepColor = switch (step.state()) {
                        case "FAILED" -> "#c62828";
                        case "APPLIED" -> "#66bb6a";
                        default -> "#bdbdbd";
                    };
                    long millis = step.millis() == null ? 0 : step.millis();
                    bar(html, row++, "  " + step.id(), x, millis * scale, stepColor, run.cached(), step.millis());
                    x += millis * scale;
                }
            }
            html.append("<line x1=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y1=\"")
                    .append(rows * ROW + 4)
                    .append("\" x2=\"")
                    .append(LABEL_WIDTH + BAR_WIDTH)
                    .append("\" y2=\"")
                    .append(rows * ROW + 4)
                    .append("\" stroke=\"#888\"/>\n<text x=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y=\"")
                    .append(rows * ROW + 19)
                    .append("\">0</text><text x=\"")
                    .append(LABEL_WIDTH + BAR_WIDTH)
                    .append("\" y=\"")
                    .append(rows * ROW + 19)
                    .append("\" text-anchor=\"end\">")
                    .append(duration(total))
                    .append("</text>\n</svg>\n");
        }

        private static void bar(
                StringBuilder html,
                int row,
                String label,
                double x,
                double width,
                String color,
                boolean cached,
                Long millis) {
            int y = row * ROW;
            String shown = label.length() > 54 ? label.substring(0, 53) + "…" : label;
            html.append("<g><title>")
                    .append(escape(label))
                    .append(": ")
                    .append(millis == null ? "duration not recorded" : duration(millis))
                    .append("</title><text x=\"")
                    .append(LABEL_WIDTH - 8)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" text-anchor=\"end\">")
                    .append(escape(shown))
                    .append("</text>");
            double left = LABEL_WIDTH + x;
            double drawn = Math.max(2, width);
            html.append("<rect x=\"")
                    .append(format(left))
                    .append("\" y=\"")
                    .append(y + 4)
                    .append("\" width=\"")
                    .append(format(drawn))
                    .append("\" height=\"")
                    .append(ROW - 8)
                    .append("\" fill=\"")
                    .append(color)
                    .append("\"/>");
            if (cached) {
                html.append("<rect x=\"")
                        .append(format(left))
                        .append("\" y=\"")
                        .append(y + 4)
                        .append("\" width=\"")
                        .append(format(drawn))
                        .append("\" height=\"")
                        .append(ROW - 8)
                        .append("\" fill=\"url(#hatch)\"/>");
            }
            html.append("<text x=\"")
                    .append(format(left + drawn + 6))
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\">")
                    .append(millis == null ? "not recorded" : duration(millis))
                    .append("</text></g>\n");
        }

        private static String format(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }
}
