package dev.rehearsal.internal.preflight;

import dev.rehearsal.PreflightFinding;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the probes of one statement on the connection it would run on, at the moment it would run: each probe in a
 * savepoint when the connection is inside a transaction, so a probe that fails (or the function the type-change
 * probe creates in {@code pg_temp}) never changes the transaction's outcome.
 *
 * <p>Not thread-safe (one connection). Internal, not API.
 */
public final class Diagnostician {
    private final Connection connection;
    private final Probes probes;
    private boolean castFunctionCreated;

    public Diagnostician(Connection connection) {
        this.connection = connection;
        this.probes = new Probes(new Catalog(connection));
    }

    /** What blocks {@code statement} on the data as it is now, and what of it could not be analysed. */
    public StatementDiagnosis diagnose(String statement) throws SQLException {
        StatementParser.Parsed parsed = StatementParser.parse(statement);
        List<PreflightFinding> findings = new ArrayList<>();
        List<NotAnalysed> notAnalysed = new ArrayList<>(parsed.notAnalysed());
        for (Check check : parsed.checks()) {
            Probes.Result result = probes.probes(check);
            notAnalysed.addAll(result.notAnalysed());
            for (Probe probe : result.probes()) {
                try {
                    run(probe, findings);
                } catch (SQLException e) {
                    notAnalysed.add(new NotAnalysed(
                            statement.strip(),
                            "the diagnostic query failed: " + e.getMessage() + "; query: " + probe.query()));
                }
            }
        }
        return new StatementDiagnosis(statement.strip(), findings, notAnalysed);
    }

    /**
     * What blocked a statement that failed, on this (fresh) connection: the failed transaction's earlier statements are
     * replayed in a transaction that is rolled back afterwards, so the data is the data the statement saw. Only for
     * failures caused by data (SQLSTATE classes 22 and 23); empty otherwise.
     */
    public Optional<StatementDiagnosis> diagnose(FailedUnit failure) throws SQLException {
        String state = failure.sqlState() == null ? "" : failure.sqlState();
        if (!state.startsWith("22") && !state.startsWith("23")) {
            return Optional.empty();
        }
        String statement = failure.statement().strip();
        if (!failure.replayable()) {
            return Optional.of(new StatementDiagnosis(
                    statement, List.of(), List.of(new NotAnalysed(statement, failure.reason()))));
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement replay = connection.createStatement()) {
            for (String earlier : failure.before()) {
                try {
                    replay.execute(earlier);
                } catch (SQLException e) {
                    return Optional.of(new StatementDiagnosis(
                            statement,
                            List.of(),
                            List.of(new NotAnalysed(
                                    statement,
                                    "replaying the transaction's earlier statement failed: " + e.getMessage()))));
                }
            }
            return Optional.of(diagnose(statement));
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private void run(Probe probe, List<PreflightFinding> findings) throws SQLException {
        Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            if (probe.check() instanceof Check.TypeChange && !castFunctionCreated) {
                statement.execute(Probes.CAST_FUNCTION);
                castFunctionCreated = savepoint == null;
            }
            String total = probe.duplicates() ? "sum(copies) OVER ()" : "count(*) OVER ()";
            String order = String.join(", ", orderPositions(probe.keyColumns().size()));
            String sample = "SELECT " + total + ", q.* FROM (" + probe.query() + ") AS q ORDER BY " + order + " LIMIT "
                    + Probe.SAMPLE_SIZE;
            long rows = 0;
            List<String> keys = new ArrayList<>();
            try (ResultSet result = statement.executeQuery(sample)) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    rows = result.getLong(1);
                    keys.add(key(result, meta, probe));
                }
            }
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            if (rows > 0) {
                String query = probe.check() instanceof Check.TypeChange
                        ? Probes.CAST_FUNCTION + "; " + probe.query()
                        : probe.query();
                findings.add(new PreflightFinding(
                        risk(probe.check()),
                        null,
                        probe.check().statement(),
                        probe.table(),
                        probe.why(),
                        rows,
                        keys,
                        query));
            }
        } catch (SQLException e) {
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
            throw e;
        }
    }

    private static List<String> orderPositions(int keyColumns) {
        List<String> positions = new ArrayList<>();
        for (int i = 0; i < keyColumns; i++) {
            positions.add(String.valueOf(i + 2));
        }
        return positions;
    }

    private static String key(ResultSet result, ResultSetMetaData meta, Probe probe) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < probe.keyColumns().size(); i++) {
            names.add(meta.getColumnLabel(i + 2));
            String value = result.getString(i + 2);
            values.add(value == null ? "null" : value);
        }
        String key = "(" + String.join(", ", names) + ")=(" + String.join(", ", values) + ")";
        return probe.duplicates()
                ? key + " ×" + result.getLong(probe.keyColumns().size() + 2)
                : key;
    }

    private static PreflightFinding.Kind risk(Check check) {
        if (check instanceof Check.ForeignKey) {
            return PreflightFinding.Kind.FOREIGN_KEY;
        } else if (check instanceof Check.NotNull) {
            return PreflightFinding.Kind.NOT_NULL;
        } else if (check instanceof Check.Unique) {
            return PreflightFinding.Kind.UNIQUE;
        } else if (check instanceof Check.Condition) {
            return PreflightFinding.Kind.CHECK;
        } else if (check instanceof Check.TypeChange) {
            return PreflightFinding.Kind.TYPE_CHANGE;
        }
        return PreflightFinding.Kind.REFERENCED_ROWS;
    }
}
