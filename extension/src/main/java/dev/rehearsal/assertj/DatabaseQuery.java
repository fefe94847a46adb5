package dev.rehearsal.assertj;

import dev.rehearsal.RestoredDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A query with its positional ({@code ?}) parameters against a {@link RestoredDatabase}: the subject of {@link
 * QueryAssert}. The query runs when an assertion runs, once per assertion.
 *
 * <p>A value: immutable and safe to share between threads (the arguments themselves are shared as given).
 *
 * @param database the database to run the query on
 * @param sql the query
 * @param args the parameters, bound with {@code PreparedStatement.setObject}; may contain {@code null}
 */
public record DatabaseQuery(RestoredDatabase database, String sql, List<Object> args) {

    public DatabaseQuery {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(args, "args");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** A query with its arguments as varargs. */
    public static DatabaseQuery of(RestoredDatabase database, String sql, Object... args) {
        return new DatabaseQuery(database, sql, args == null ? List.of() : Arrays.asList(args));
    }
}
