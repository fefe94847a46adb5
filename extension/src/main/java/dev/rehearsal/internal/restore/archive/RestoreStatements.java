package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlPiece;
import dev.rehearsal.internal.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL pg_restore adds around a TOC entry's own definition ({@code _printTocEntry()} and its helpers in
 * {@code pg_backup_archiver.c}): the {@code ALTER … OWNER TO} that follows a definition, and the per-large-object
 * commands of pg_dump 17+ {@code BLOB METADATA} entries and their {@code LARGE OBJECTS} ACLs.
 *
 * <p>Identifiers are always double-quoted (pg_restore quotes only where needed; the meaning is the same).
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class RestoreStatements {

    private RestoreStatements() {}

    /**
     * The {@code ALTER … OWNER TO} pg_restore (without {@code --no-owner} and {@code
     * --use-set-session-authorization}) issues after an entry's definition: only for entries with an owner and a
     * drop statement (anything without one is not separately ownable), and not for {@code BLOB METADATA} (see
     * {@link #perLargeObject}). Empty when the entry type has no owner of its own.
     */
    static Optional<String> alterOwner(TocEntry entry) {
        if (entry.owner().isEmpty()
                || entry.dropStmt().isEmpty()
                || entry.desc().equals("BLOB METADATA")) {
            return Optional.empty();
        }
        return objectDescription(entry)
                .map(object -> "ALTER " + object + " OWNER TO " + quoteIdentifier(entry.owner()) + ";");
    }

    /** {@code _getObjectDescription()}: how {@code ALTER … OWNER TO} names the entry's object. */
    static Optional<String> objectDescription(TocEntry entry) {
        String type = entry.desc();
        // ALTER TABLE works for views and sequences too; pg_restore uses it for them.
        if (type.equals("VIEW") || type.equals("SEQUENCE") || type.equals("MATERIALIZED VIEW")) {
            type = "TABLE";
        }
        switch (type) {
            case "COLLATION",
                    "CONVERSION",
                    "DOMAIN",
                    "FOREIGN TABLE",
                    "TABLE",
                    "TYPE",
                    "TEXT SEARCH CONFIGURATION",
                    "TEXT SEARCH DICTIONARY",
                    "STATISTICS",
                    "DATABASE",
                    "PROCEDURAL LANGUAGE",
                    "SCHEMA",
                    "EVENT TRIGGER",
                    "FOREIGN DATA WRAPPER",
                    "SERVER",
                    "PUBLICATION",
                    "SUBSCRIPTION" -> {
                String name = entry.namespace()
                        .filter(namespace -> !namespace.isEmpty())
                        .map(namespace -> quoteIdentifier(namespace) + "." + quoteIdentifier(entry.tag()))
                        .orElse(quoteIdentifier(entry.tag()));
                return Optional.of(type + " " + name);
            }
            case "BLOB" -> {
                return Optional.of("LARGE OBJECT " + entry.tag());
            }
            case "AGGREGATE", "FUNCTION", "OPERATOR", "OPERATOR CLASS", "OPERATOR FAMILY", "PROCEDURE" -> {
                // The name with its argument types is exactly what the DROP statement holds.
                String drop = entry.dropStmt();
                if (!drop.startsWith("DROP ")) {
                    return Optional.empty();
                }
                int end = drop.length();
                while (end > 5 && (drop.charAt(end - 1) == '\n' || drop.charAt(end - 1) == ';')) {
                    end--;
                }
                return Optional.of(drop.substring(5, end));
            }
            default -> {
                // CAST, constraints, DEFAULT, INDEX, RULE, TRIGGER, POLICY, USER MAPPING, … have no owner of their
                // own; pg_restore warns about types it does not know and sets no owner either.
                return Optional.empty();
            }
        }
    }

    /**
     * {@code IssueCommandPerBlob()}: a {@code BLOB METADATA} definition is a list of large-object OIDs, one per
     * line; this makes {@code begin + oid + end + ";"} for each of them.
     */
    static List<String> perLargeObject(TocEntry blobMetadata, String begin, String end) {
        List<String> statements = new ArrayList<>();
        for (String oid : blobMetadata.defn().split("\n")) {
            if (!oid.isBlank()) {
                statements.add(begin + oid.strip() + end + ";");
            }
        }
        return statements;
    }

    /** The {@code lo_create} calls of a {@code BLOB METADATA} entry. */
    static List<String> createLargeObjects(TocEntry blobMetadata) {
        return perLargeObject(blobMetadata, "SELECT pg_catalog.lo_create('", "')");
    }

    /** The per-object {@code ALTER LARGE OBJECT … OWNER TO} of a {@code BLOB METADATA} entry, if it has an owner. */
    static List<String> largeObjectOwners(TocEntry blobMetadata) {
        if (blobMetadata.owner().isEmpty() || blobMetadata.dropStmt().isEmpty()) {
            return List.of();
        }
        return perLargeObject(
                blobMetadata, "ALTER LARGE OBJECT ", " OWNER TO " + quoteIdentifier(blobMetadata.owner()));
    }

    /**
     * {@code IssueACLPerBlob()}: an ACL entry tagged {@code LARGE OBJECTS …} (pg_dump 17+) holds the GRANT/REVOKE
     * commands for the first large object of the {@code BLOB METADATA} entry it depends on; they apply to each of
     * its objects. Each command is split at {@code LARGE OBJECT <oid>} and repeated with every OID; double-quoted
     * role names are skipped over.
     */
    static List<String> perLargeObjectAcl(TocEntry acl, TocEntry blobMetadata) {
        List<String> statements = new ArrayList<>();
        String text = acl.defn();
        boolean inQuotes = false;
        int start = 0;
        String firstHalf = null;
        int secondStart = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            }
            if (inQuotes) {
                i++;
                continue;
            }
            if (text.startsWith("LARGE OBJECT ", i)) {
                i += "LARGE OBJECT ".length();
                firstHalf = text.substring(start, i);
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                secondStart = i;
            } else if (c == ';') {
                if (firstHalf == null) {
                    throw new IllegalArgumentException(acl.describe() + " holds a command without LARGE OBJECT <oid>: "
                            + text.substring(start, i + 1).strip());
                }
                statements.addAll(perLargeObject(blobMetadata, firstHalf, text.substring(secondStart, i)));
                i++;
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                start = i;
                firstHalf = null;
            } else {
                i++;
            }
        }
        return statements;
    }

    /** {@code SET search_path = schema, pg_catalog} as pg_restore sets it per entry for archives without SEARCHPATH. */
    static String searchPath(String schema) {
        return "SET search_path = " + quoteIdentifier(schema) + (schema.equals("pg_catalog") ? "" : ", pg_catalog");
    }

    /**
     * {@code SET default_tablespace = ''}: the database's default tablespace, which the restore uses for every entry
     * (a test server has none of production's tablespaces).
     */
    static final String DEFAULT_TABLESPACE = "SET default_tablespace = ''";

    /** {@code SET default_table_access_method}. */
    static String defaultTableAccessMethod(String accessMethod) {
        return "SET default_table_access_method = " + quoteIdentifier(accessMethod);
    }

    /**
     * {@code _printTableAccessMethodNoStorage()} (pg_restore 17+): a partitioned table has no storage, so its access
     * method is set after creation.
     */
    static String partitionedTableAccessMethod(TocEntry table, String accessMethod) {
        String name = table.namespace()
                .map(namespace -> quoteIdentifier(namespace) + "." + quoteIdentifier(table.tag()))
                .orElse(quoteIdentifier(table.tag()));
        return "ALTER TABLE " + name + " SET ACCESS METHOD " + quoteIdentifier(accessMethod) + ";";
    }

    /** {@code TRUNCATE TABLE ONLY schema.table}, which pg_restore puts before loading a table it created. */
    static String truncateOnly(TocEntry tableData) {
        String name = tableData
                .namespace()
                .map(namespace -> quoteIdentifier(namespace) + "." + quoteIdentifier(tableData.tag()))
                .orElse(quoteIdentifier(tableData.tag()));
        return "TRUNCATE TABLE ONLY " + name;
    }

    /**
     * The statements of a definition, split like psql splits a script (pg_restore sends a definition as one
     * multi-statement query; sent one by one they do the same in autocommit mode).
     */
    static List<String> split(String sql, boolean standardConformingStrings) {
        SqlLexer lexer = SqlLexer.forSql();
        lexer.setStandardConformingStrings(standardConformingStrings);
        List<String> statements = new ArrayList<>();
        for (SqlPiece piece : lexer.feed(sql, 1)) {
            statements.add(((SqlStatement) piece).text());
        }
        lexer.finish().ifPresent(last -> statements.add(last.text()));
        return statements;
    }

    static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
