package dev.rehearsal.internal.migrate.play;

import dev.rehearsal.internal.migrate.scripts.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
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
        Sql.update(
                connection,
                "insert into " + table + " (id, hash, applied_at, apply_script, revert_script, state, last_problem)"
                        + " values(?, ?, ?, ?, ?, ?, ?)",
                evolution.revision(),
                evolution.hash(),
                now,
                evolution.ups(),
                evolution.downs(),
                "applying_up",
                "");
    }

    void recordApplied(Connection connection, int revision) throws SQLException {
        Sql.update(connection, "update " + table + " set state = 'applied' where id = " + revision);
    }

    void recordApplyingDown(Connection connection, int revision) throws SQLException {
        Sql.update(connection, "update " + table + " set state = 'applying_down' where id = " + revision);
    }

    void recordReverted(Connection connection, int revision) throws SQLException {
        Sql.update(connection, "delete from " + table + " where id = " + revision);
    }

    void recordProblem(Connection connection, int revision, String message) throws SQLException {
        Sql.update(connection, "update " + table + " set last_problem = ? where id = ?", message, revision);
    }

    /** Play's {@code resolve(revision)}: applying_up becomes applied, an applying_down row is deleted. */
    void resolve(Connection connection, int revision) throws SQLException {
        Sql.update(
                connection,
                "update " + table + " set state = 'applied' where state = 'applying_up' and id = " + revision);
        Sql.update(connection, "delete from " + table + " where state = 'applying_down' and id = " + revision);
    }

    private List<Row> select(Connection connection, String suffix) throws SQLException {
        return Sql.query(
                connection,
                "select id, hash, applied_at, apply_script, revert_script, state, last_problem from " + table + suffix,
                rs -> new Row(
                        rs.getInt(1),
                        rs.getString(2),
                        Optional.ofNullable(rs.getTimestamp(3))
                                .map(Timestamp::toInstant)
                                .orElse(null),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)));
    }
}
