package dev.rehearsal.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.rehearsal.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs fixture test classes through the real Jupiter engine, with Rehearsal pointed at the test suite's server
 * (as an external server), and checks that a run leaves no database of its own behind.
 */
final class EngineRuns {
    private EngineRuns() {}

    static EngineExecutionResults run(Class<?> testCase) {
        return run(testCase, java.util.Map.of());
    }

    static EngineExecutionResults run(Class<?> testCase, java.util.Map<String, String> parameters) {
        var server = TestPostgres.server();
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testCase))
                .configurationParameters(parameters)
                .configurationParameter("rehearsal.provider", "external")
                .configurationParameter("rehearsal.external.url", server.jdbcUrl("postgres"))
                .configurationParameter("rehearsal.external.user", server.username())
                .configurationParameter("rehearsal.external.password", server.password())
                .execute();
        return results;
    }

    /** Databases created by Rehearsal runs (not the test suite's own rehearsal_test_* ones). */
    static List<String> leftoverDatabases() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = TestPostgres.server().connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'rehearsal\\_%'"
                                + " AND datname NOT LIKE 'rehearsal\\_test\\_%' ORDER BY 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    static void assertNothingLeftBehind() throws Exception {
        assertThat(leftoverDatabases()).as("databases left behind by the run").isEmpty();
    }
}
