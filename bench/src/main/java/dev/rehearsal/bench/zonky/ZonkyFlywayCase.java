package dev.rehearsal.bench.zonky;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.FlywayPreparer;
import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.PreparedDbExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * zonky's way: {@code PreparedDbExtension} + {@code FlywayPreparer} as an instance field, so each of the 40 tests gets
 * a fresh database cloned from the one Flyway migrated (zonky prefetches them in the background).
 */
public class ZonkyFlywayCase {
    @RegisterExtension
    PreparedDbExtension db =
            EmbeddedPostgresExtension.preparedDatabase(FlywayPreparer.forClasspathLocation("db/migration"));

    @RepeatedTest(40)
    void test() throws SQLException {
        try (Connection connection = db.getTestDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM t100");
            try (ResultSet row = statement.executeQuery("SELECT count(*) FROM t001")) {
                row.next();
                assertEquals(FlywayMigrations.ROWS, row.getLong(1));
            }
        }
        Bodies.done("zonky");
    }
}
