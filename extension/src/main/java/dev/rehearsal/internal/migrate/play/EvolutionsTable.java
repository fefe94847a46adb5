package dev.rehearsal.internal.migrate.play;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code play_evolutions} table, read and written with the statements Play's {@code DatabaseEvolutions} uses (the
 * table name is spliced in unquoted, as Play does: {@code ${schema}${evolutions_table}}).
 */
final class EvolutionsTable {

    /** Play's DDL for PostgreSQL (and every database without its own variant), {@code DefaultEvolutionsApi}. */
    static final String CREATE = """
            create table %s (
                id int not null primary key,
                hash varchar(255) not null,
                applied_at timestamp not null,
                apply_script text,
                revert_script text,
                state varchar(255),
                last_problem text
            )""";

    /**
     * One row.
     *
     * @param state {@code applying_up}, {@code applied} or {@code applying_down}
     * @param appliedAt {@code applied_at}, a {@code timestamp} Play writes in the JVM's time zone
     */
    record Row(
            int id,
            String hash,
            Instant appliedAt,
            String applyScript,
            String revertScript,
            String state,
            String lastProblem) {

        /** The row as Play reads it back: {@code Evolution(id, apply_script, revert_script)}, nulls as "". */
        Evolution evolution() {
            return new Evolution(
                    id,
                    EvolutionScript.stored(
                            applyScript == null ? "" : applyScript, revertScript == null ? "" : revertScript),
                    "play_evolutions");
        }

        boolean applying() {
            return state != null && state.startsWith("applying_");
        }
    }

    private final String table;

    EvolutionsTable(String table) {
        this.table = table;
    }

    String name() {
        return table;
    }

    /**
     * Play's {@code checkEvolutionsState}: the first row in an {@code applying_%} state, if any; when the select fails
     * (no table yet) the table is created, and a failure to create it is ignored (Play only logs it).
     */
    Optional<Row> checkState(Connection connection) {
        try {
            List<Row> applying = select(connection, " where state like 'applying_%' order by id");
            return applying.stream().findFirst();
        } catch (SQLException missing) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE.formatted(table));
            } catch (SQLException ignored) {
                // Play logs "could not create … table" and carries on; the next statement reports the problem
            }
            return Optional.empty();
        }
    }

    /** Every row by id, or empty when the table does not exist (read-only: nothing is created). */
    List<Row> rowsIfPresent(Connection connection) throws SQLException {
        try {
            return select(connection, " order by id");
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState()) || "3F000".equals(e.getSQLState())) {
                return List.of();
            }
            throw e;
        }
    }

    List<Row> rows(Connection connection) throws SQLException {
        return select(connection, " order by id");
    }

    void recordApplyingUp(Connection connection, Evolution evolution, Timestamp now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table
                + " (id, hash, applied_at, apply_script, revert_script, state, last_problem) values(?, ?, ?, ?, ?, ?,"
                + " ?)")) {
            insert.setInt(1, evolution.revision());
            insert.setString(2, evolution.hash());
            insert.setTimestamp(3, now);
            insert.setString(4, evolution.ups());
            insert.setString(5, evolution.downs());
            insert.setString(6, "applying_up");
            insert.setString(7, "");
            insert.execute();
        }
    }

    void recordApplied(Connection connection, int revision) throws SQLException {
        execute(connection, "update " + table + " set state = 'applied' where id = " + revision);
    }

    void recordApplyingDown(Connection connection, int revision) throws SQLException {
        execute(connection, "update " + table + " set state = 'applying_down' where id = " + revision);
    }

    void recordReverted(Connection connection, int revision) throws SQLException {
        execute(connection, "delete from " + table + " where id = " + revision);
    }

    void recordProblem(Connection connection, int revision, String message) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("update " + table + " set last_problem = ? where id = ?")) {
            update.setString(1, message);
            update.setInt(2, revision);
            update.execute();
        }
    }

    /** Play's {@code resolve(revision)}: applying_up becomes applied, an applying_down row is deleted. */
    void resolve(Connection connection, int revision) throws SQLException {
        execute(
                connection,
                "update " + table + " set state = 'applied' where state = 'applying_up' and id = " + revision);
        execute(connection, "delete from " + table + " where state = 'applying_down' and id = " + revision);
    }

    private List<Row> select(Connection connection, String suffix) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id, hash, applied_at, apply_script, revert_script,"
                        + " state, last_problem from " + table + suffix)) {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                Timestamp appliedAt = rs.getTimestamp(3);
                rows.add(new Row(
                        rs.getInt(1),
                        rs.getString(2),
                        appliedAt == null ? null : appliedAt.toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)));
            }
            return rows;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
