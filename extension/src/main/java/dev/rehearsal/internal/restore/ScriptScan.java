package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.RoleHandling;
import dev.rehearsal.internal.sql.MetaCommand;
import dev.rehearsal.internal.sql.SqlPiece;
import dev.rehearsal.internal.sql.SqlStatement;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first, read-only pass over a script, before anything runs: refuses shell-capable and unsupported
 * constructs ({@code \!}, {@code \o}, {@code \copy … program}, {@code COPY … PROGRAM}, unknown meta-commands,
 * restricted-mode violations) and collects what the restore needs beforehand: the roles the script refers to but
 * does not create, and the extensions it creates. Only statements that can run under the restore's
 * {@link RoleHandling} count (see {@link StatementPolicy#mayRun}).
 *
 * <p>In a pg_dumpall cluster dump these are collected per database section (see {@link StatementPolicy#section}), so
 * that only the globals and the chosen database matter, and the databases of the dump are listed.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class ScriptScan {

    /** The key of the statements outside any database section: a cluster dump's globals, or a whole pg_dump script. */
    static final String GLOBALS = "";

    /** What one section of a script needs and holds. */
    static final class Section {
        final Set<String> referencedRoles = new LinkedHashSet<>();
        final Set<String> createdRoles = new LinkedHashSet<>();
        final List<Extensions.Use> extensions = new ArrayList<>();
        /** Statements that create or load something (not session settings, not database-level statements). */
        int contentStatements;
        /** Whether the section marks its database as a template ({@code ALTER DATABASE … IS_TEMPLATE = true}). */
        boolean template;
    }

    /**
     * What the scan found.
     *
     * @param sections by database name, {@link #GLOBALS} for everything outside a database section (for a
     *     script that is not a cluster dump: everything)
     * @param databases a cluster dump's databases, in the order the script connects to them; empty otherwise
     * @param databaseAliases names of databases a pg_dump {@code -C} script creates and then {@code \connect}s to;
     *     they stand for the target database (always empty for cluster dumps)
     */
    record Result(Map<String, Section> sections, List<String> databases, Set<String> databaseAliases) {

        /** The roles to exist before the globals and {@code database}'s section (null: globals only) run. */
        Set<String> referencedRoles(String database) {
            Set<String> referenced = new LinkedHashSet<>();
            Set<String> created = new LinkedHashSet<>();
            for (Section section : sections(database)) {
                referenced.addAll(section.referencedRoles);
                created.addAll(section.createdRoles);
            }
            referenced.removeAll(created);
            return referenced;
        }

        /** The {@code CREATE EXTENSION}s of the globals and {@code database}'s section. */
        List<Extensions.Use> extensions(String database) {
            List<Extensions.Use> uses = new ArrayList<>();
            for (Section section : sections(database)) {
                uses.addAll(section.extensions);
            }
            return uses;
        }

        private List<Section> sections(String database) {
            List<Section> result = new ArrayList<>();
            if (sections.containsKey(GLOBALS)) {
                result.add(sections.get(GLOBALS));
            }
            if (database != null && sections.containsKey(database)) {
                result.add(sections.get(database));
            }
            return result;
        }
    }

    private ScriptScan() {}

    /** Scans a script that is run as written ({@code RestoredDatabase.runScript}). */
    static Result scan(InputStream script, String location) {
        return scan(script, location, RoleHandling.CREATE_MISSING, false);
    }

    /**
     * Reads the whole script once.
     *
     * @param cluster whether the script is a pg_dumpall cluster dump (sections per database)
     * @throws FixtureRestoreException naming file and line for the first refused construct
     */
    static Result scan(InputStream script, String location, RoleHandling roles, boolean cluster) {
        Map<String, Section> sections = new LinkedHashMap<>();
        List<String> databases = new ArrayList<>();
        Set<String> createdDatabases = new LinkedHashSet<>();
        Set<String> aliases = new LinkedHashSet<>();
        MetaCommandPolicy policy = new MetaCommandPolicy(location);
        String current = null;
        try (ScriptReader reader = new ScriptReader(script, location)) {
            for (SqlPiece piece = reader.next(); piece != null; piece = reader.next()) {
                if (piece instanceof MetaCommand command) {
                    if (policy.apply(command) == MetaCommandPolicy.Action.RECONNECT) {
                        reader.sessionRestarted();
                        String database = policy.lastConnectDatabase();
                        if (database == null) {
                            continue;
                        }
                        current = database;
                        if (cluster) {
                            if (!databases.contains(database)) {
                                databases.add(database);
                            }
                        } else if (createdDatabases.contains(database)) {
                            aliases.add(database);
                            if (aliases.size() > 1) {
                                throw severalDatabases(command, aliases, location);
                            }
                        }
                    }
                    continue;
                }
                SqlStatement statement = (SqlStatement) piece;
                if (reader.kind() == ScriptStatements.Kind.COPY_PROGRAM) {
                    throw copyProgram(statement, location);
                }
                boolean scs = reader.standardConformingStrings();
                StatementClass type = StatementClass.of(statement.text(), scs);
                if (type.category() == StatementClass.Category.DATABASE_LIFECYCLE
                        && type.database() != null
                        && ScriptStatements.firstWord(statement.text()).equals("CREATE")) {
                    createdDatabases.add(type.database());
                }
                String key = cluster ? StatementPolicy.section(type, current) : null;
                Section section = sections.computeIfAbsent(key == null ? GLOBALS : key, k -> new Section());
                record(section, statement, type, scs, roles, reader.kind(), location);
            }
        } catch (ScriptReader.MissingCopyEndException e) {
            throw new FixtureRestoreException(e.getMessage() + "; nothing was executed.", location, 0, e);
        } catch (IOException e) {
            throw new FixtureRestoreException("Could not read " + location + ": " + e.getMessage(), location, 0, e);
        }
        return new Result(
                Collections.unmodifiableMap(sections),
                List.copyOf(databases),
                cluster ? Set.of() : Collections.unmodifiableSet(aliases));
    }

    private static void record(
            Section section,
            SqlStatement statement,
            StatementClass type,
            boolean scs,
            RoleHandling roles,
            ScriptStatements.Kind kind,
            String location) {
        String text = statement.text();
        if (type.category() == StatementClass.Category.DATABASE_FLAGS && isTemplateFlag(text)) {
            section.template = true;
        }
        if (!StatementPolicy.mayRun(type, roles)) {
            return;
        }
        RoleReferences.collect(text, scs, section.referencedRoles, section.createdRoles);
        if (type.category() == StatementClass.Category.EXTENSION && type.name() != null) {
            section.extensions.add(
                    new Extensions.Use(type.name(), statement.line(), location + ":" + statement.line(), text));
        }
        String first = ScriptStatements.firstWord(text);
        boolean content = (type.category() == StatementClass.Category.OTHER
                        || type.category() == StatementClass.Category.EXTENSION)
                && kind != ScriptStatements.Kind.CLIENT_ENCODING
                && !first.equals("SET")
                && !first.equals("RESET")
                && !text.startsWith("SELECT pg_catalog.set_config(");
        if (content) {
            section.contentStatements++;
        }
    }

    private static boolean isTemplateFlag(String text) {
        return text.toLowerCase(java.util.Locale.ROOT)
                .matches("(?s).*\\bis_template\\s*(=\\s*)?(true|on|1|'true')\\b.*");
    }

    private static FixtureRestoreException severalDatabases(MetaCommand command, Set<String> names, String location) {
        return new FixtureRestoreException(
                location + ":" + command.line() + ": the script creates and connects to several databases (" + names
                        + "), like a pg_dumpall script, but lacks pg_dumpall's header (-- PostgreSQL database cluster"
                        + " dump); Rehearsal restores one database per fixture. Dump the database you need with"
                        + " pg_dump, or use the unedited pg_dumpall output and pick the database with"
                        + " @RestoredFrom(database = \"…\").",
                location,
                command.line(),
                null);
    }

    static FixtureRestoreException copyProgram(SqlStatement statement, String location) {
        return new FixtureRestoreException(
                location + ":" + statement.line() + ": COPY … PROGRAM runs a shell command on the database server: "
                        + FixtureRestoreException.excerpt(statement.text()) + "\nRehearsal never runs shell commands"
                        + " from a script; nothing was executed. Remove the statement (pg_dump never writes it).",
                location,
                statement.line(),
                null);
    }
}
