package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.sql.MetaCommand;
import dev.rehearsal.internal.sql.SqlPiece;
import dev.rehearsal.internal.sql.SqlStatement;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The first, read-only pass over a script, before anything runs: refuses shell-capable and unsupported
 * constructs ({@code \!}, {@code \o}, {@code \copy … program}, {@code COPY … PROGRAM}, unknown meta-commands,
 * restricted-mode violations) and collects the roles the script refers to but does not create.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class ScriptScan {

    /**
     * What the scan found.
     *
     * @param referencedRoles roles the script refers to but does not create
     * @param databaseAliases names of databases the script creates and then {@code \\connect}s to (pg_dump
     *     {@code -C}); they stand for the target database
     */
    record Result(Set<String> referencedRoles, Set<String> databaseAliases) {}

    private ScriptScan() {}

    /**
     * Reads the whole script once.
     *
     * @throws FixtureRestoreException naming file and line for the first refused construct
     */
    static Result scan(InputStream script, String location) {
        Set<String> referenced = new LinkedHashSet<>();
        Set<String> created = new LinkedHashSet<>();
        Set<String> createdDatabases = new LinkedHashSet<>();
        Set<String> aliases = new LinkedHashSet<>();
        MetaCommandPolicy policy = new MetaCommandPolicy(location);
        try (ScriptReader reader = new ScriptReader(script, location)) {
            for (SqlPiece piece = reader.next(); piece != null; piece = reader.next()) {
                if (piece instanceof MetaCommand command) {
                    if (policy.apply(command) == MetaCommandPolicy.Action.RECONNECT) {
                        reader.sessionRestarted();
                        String database = policy.lastConnectDatabase();
                        if (database != null && createdDatabases.contains(database)) {
                            aliases.add(database);
                            if (aliases.size() > 1) {
                                throw severalDatabases(command, aliases, location);
                            }
                        }
                    }
                } else {
                    SqlStatement statement = (SqlStatement) piece;
                    if (reader.kind() == ScriptStatements.Kind.COPY_PROGRAM) {
                        throw copyProgram(statement, location);
                    }
                    RoleReferences.collect(statement.text(), reader.standardConformingStrings(), referenced, created);
                    String database = ScriptStatements.createdOrDroppedDatabase(
                            statement.text(), reader.standardConformingStrings());
                    if (database != null
                            && ScriptStatements.firstWord(statement.text()).equals("CREATE")) {
                        createdDatabases.add(database);
                    }
                }
            }
        } catch (ScriptReader.MissingCopyEndException e) {
            throw new FixtureRestoreException(e.getMessage() + "; nothing was executed.", location, 0, e);
        } catch (IOException e) {
            throw new FixtureRestoreException("Could not read " + location + ": " + e.getMessage(), location, 0, e);
        }
        referenced.removeAll(created);
        return new Result(Collections.unmodifiableSet(referenced), Collections.unmodifiableSet(aliases));
    }

    private static FixtureRestoreException severalDatabases(MetaCommand command, Set<String> names, String location) {
        return new FixtureRestoreException(
                location + ":" + command.line() + ": the script creates and connects to several databases (" + names
                        + "), like a pg_dumpall script; Rehearsal restores one database per fixture. Dump the"
                        + " database you need with pg_dump.",
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
