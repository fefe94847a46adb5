package dev.rehearsal;

import java.sql.SQLException;

/** A statement run through {@link RestoredDatabase#query} or {@link RestoredDatabase#execute} failed. */
public class RehearsalSqlException extends RehearsalException {
    private static final long serialVersionUID = 1L;

    private final String sql;
    private final String sqlState;

    public RehearsalSqlException(String sql, String where, SQLException cause) {
        super(
                "SQL failed on " + where + "\n  " + sql.strip() + "\n  ERROR " + cause.getSQLState() + ": "
                        + cause.getMessage(),
                cause);
        this.sql = sql;
        this.sqlState = cause.getSQLState();
    }

    /** The SQL that failed. */
    public String sql() {
        return sql;
    }

    /** The server's SQLSTATE. */
    public String sqlState() {
        return sqlState;
    }
}
