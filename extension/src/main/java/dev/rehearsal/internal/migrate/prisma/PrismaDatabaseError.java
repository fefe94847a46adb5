package dev.rehearsal.internal.migrate.prisma;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The {@code Database error code} and {@code Database error} of a P3018, rendered as Prisma 6's schema engine
 * renders a tokio-postgres {@code DbError} ({@code flavour/postgres/connection.rs apply_migration_script}): the
 * {@code Display} form ({@code ERROR: message}, {@code DETAIL:}, {@code HINT:}), a {@code Position:} block when the
 * server reported a position in the script, a blank line, then the {@code Debug} form ({@code DbError { … }}).
 *
 * @param code the SQLSTATE, or {@code none}
 * @param text the rendered error
 */
record PrismaDatabaseError(String code, String text) {

    /** The span trace Prisma 6's schema engine appends to the logs of a failed migration. */
    static String spanTrace(String migrationName) {
        String name = debugString(migrationName);
        return "   0: sql_schema_connector::apply_migration::apply_script\n"
                + "           with migration_name=" + name + "\n"
                + "             at schema-engine/connectors/sql-schema-connector/src/apply_migration.rs:113\n"
                + "   1: schema_commands::commands::apply_migrations::Applying migration\n"
                + "           with migration_name=" + name + "\n"
                + "             at schema-engine/commands/src/commands/apply_migrations.rs:95\n"
                + "   2: schema_core::state::ApplyMigrations\n"
                + "             at schema-engine/core/src/state.rs:255";
    }

    /**
     * Renders {@code failure}.
     *
     * @param script the whole migration script (what Prisma sent as one query)
     * @param scriptPosition the server's error position translated to the whole script (1-based characters), or 0
     */
    static PrismaDatabaseError of(SQLException failure, String script, int scriptPosition) {
        ServerErrorMessage server = failure instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        if (server == null) {
            String code = failure.getSQLState() == null ? "none" : failure.getSQLState();
            return new PrismaDatabaseError(code, String.valueOf(failure.getMessage()));
        }
        StringBuilder text = new StringBuilder();
        text.append(server.getSeverity()).append(": ").append(server.getMessage());
        if (server.getDetail() != null) {
            text.append("\nDETAIL: ").append(server.getDetail());
        }
        if (server.getHint() != null) {
            text.append("\nHINT: ").append(server.getHint());
        }
        if (scriptPosition > 0) {
            text.append(positionBlock(script, scriptPosition));
        }
        text.append("\n\n").append(debug(server, scriptPosition));
        return new PrismaDatabaseError(server.getSQLState(), text.toString());
    }

    /**
     * Prisma's {@code Position:} block: up to five previous lines numbered, then the error's line in bold red. Like
     * Prisma it compares the server's character position with a running UTF-8 byte count over {@code lines()}.
     */
    static String positionBlock(String script, int position) {
        String[] previous = {"", "", "", "", ""};
        long byteIndex = 0;
        List<String> lines = rustLines(script);
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            int lineNumber = index + 1;
            byteIndex += line.getBytes(StandardCharsets.UTF_8).length + 1;
            if (position <= byteIndex) {
                List<String> numbered = new ArrayList<>();
                for (int i = 0; i < previous.length; i++) {
                    int number = lineNumber - (previous.length - i);
                    if (number >= 0) {
                        String shown = previous[i];
                        numbered.add("\u001b[1m" + String.format("%3d", number) + "\u001b[0m"
                                + (shown.isEmpty() ? "" : " ") + shown);
                    }
                }
                return "\n\nPosition:\n" + String.join("\n", numbered) + "\n\u001b[1m"
                        + String.format("%3d", lineNumber) + "\u001b[1;31m " + line + "\u001b[0m";
            }
            System.arraycopy(previous, 1, previous, 0, previous.length - 1);
            previous[previous.length - 1] = line;
        }
        return "";
    }

    /** Rust's {@code str::lines}: split on LF, drop one trailing CR per line, no empty last line. */
    private static List<String> rustLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lines.add(line);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return lines;
    }

    /** tokio-postgres' derived {@code Debug} of {@code DbError}. */
    private static String debug(ServerErrorMessage server, int scriptPosition) {
        String position;
        if (scriptPosition > 0) {
            position = "Some(Original(" + scriptPosition + "))";
        } else if (server.getInternalPosition() > 0) {
            position = "Some(Internal { position: " + server.getInternalPosition() + ", query: "
                    + debugString(server.getInternalQuery()) + " })";
        } else {
            position = "None";
        }
        return "DbError { severity: " + debugString(server.getSeverity())
                + ", parsed_severity: " + parsedSeverity(server.getSeverity())
                + ", code: SqlState(E" + server.getSQLState() + ")"
                + ", message: " + debugString(server.getMessage())
                + ", detail: " + option(server.getDetail())
                + ", hint: " + option(server.getHint())
                + ", position: " + position
                + ", where_: " + option(server.getWhere())
                + ", schema: " + option(server.getSchema())
                + ", table: " + option(server.getTable())
                + ", column: " + option(server.getColumn())
                + ", datatype: " + option(server.getDatatype())
                + ", constraint: " + option(server.getConstraint())
                + ", file: " + option(server.getFile())
                + ", line: " + (server.getLine() > 0 ? "Some(" + server.getLine() + ")" : "None")
                + ", routine: " + option(server.getRoutine()) + " }";
    }

    private static String parsedSeverity(String severity) {
        if (severity == null) {
            return "None";
        }
        return switch (severity) {
            case "PANIC" -> "Some(Panic)";
            case "FATAL" -> "Some(Fatal)";
            case "ERROR" -> "Some(Error)";
            case "WARNING" -> "Some(Warning)";
            case "NOTICE" -> "Some(Notice)";
            case "DEBUG" -> "Some(Debug)";
            case "INFO" -> "Some(Info)";
            case "LOG" -> "Some(Log)";
            default -> "None";
        };
    }

    private static String option(String value) {
        return value == null ? "None" : "Some(" + debugString(value) + ")";
    }

    /** Rust's {@code Debug} of a {@code str}: quoted, with {@code \" \\ \n \r \t \0} and other controls escaped. */
    static String debugString(String value) {
        if (value == null) {
            return "\"\"";
        }
        StringBuilder text = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case 0 -> text.append("\\0");
                default -> {
                    if (Character.isISOControl(c)) {
                        text.append("\\u{").append(Integer.toHexString(c)).append('}');
                    } else {
                        text.appendCodePoint(c);
                    }
                }
            }
        });
        return text.append('"').toString();
    }
}
