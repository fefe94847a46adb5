package dev.rehearsal.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A copy made by {@link DatabaseAdmin#cloneOf} has what CREATE DATABASE … TEMPLATE leaves out. */
class DatabasePropertiesTest {

    @Test
    void a_copy_has_the_owner_privileges_comment_and_settings_of_its_template() throws Exception {
        PostgresServer server = TestPostgres.server();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String owner = "rehearsal_owner_" + suffix;
        String reader = "rehearsal_reader_" + suffix;
        String copy = "rehearsal_test_copy_" + suffix;
        try (TestDatabase template = TestPostgres.newDatabase()) {
            admin(server, "CREATE ROLE " + owner + " NOLOGIN", "CREATE ROLE " + reader + " NOLOGIN");
            try {
                String db = DatabaseAdmin.quote(template.name());
                admin(
                        server,
                        "ALTER DATABASE " + db + " OWNER TO " + owner,
                        "REVOKE ALL ON DATABASE " + db + " FROM PUBLIC",
                        "GRANT CONNECT ON DATABASE " + db + " TO " + reader,
                        "GRANT TEMPORARY ON DATABASE " + db + " TO " + reader + " WITH GRANT OPTION",
                        "COMMENT ON DATABASE " + db + " IS 'the shop''s database'",
                        "ALTER DATABASE " + db + " SET search_path = \"$user\", app, public",
                        "ALTER DATABASE " + db + " SET default_transaction_read_only = on",
                        "ALTER ROLE " + reader + " IN DATABASE " + db + " SET work_mem = '8MB'");

                new DatabaseAdmin(server).cloneOf(template.name(), copy);

                assertThat(properties(server, copy)).isEqualTo(properties(server, template.name()));
                assertThat(settings(server, copy))
                        .isEqualTo(settings(server, template.name()))
                        .contains(
                                "=search_path=\"$user\", app, public",
                                "=default_transaction_read_only=on",
                                reader + "=work_mem=8MB");
            } finally {
                admin(server, "DROP DATABASE IF EXISTS " + copy + " WITH (FORCE)");
                template.close();
                admin(server, "DROP ROLE IF EXISTS " + reader, "DROP ROLE IF EXISTS " + owner);
            }
        }
    }

    @Test
    void an_item_of_the_access_list_becomes_grants() {
        assertThat(DatabaseProperties.grants("=Tc/postgres", "\"d\""))
                .containsExactly("GRANT TEMPORARY, CONNECT ON DATABASE \"d\" TO PUBLIC");
        assertThat(DatabaseProperties.grants("app=C*c/postgres", "\"d\""))
                .containsExactly(
                        "GRANT CONNECT ON DATABASE \"d\" TO \"app\"",
                        "GRANT CREATE ON DATABASE \"d\" TO \"app\" WITH GRANT OPTION");
        assertThat(DatabaseProperties.grants("\"odd name\"=c/postgres", "\"d\""))
                .containsExactly("GRANT CONNECT ON DATABASE \"d\" TO \"odd name\"");
    }

    private static List<String> properties(PostgresServer server, String database) throws SQLException {
        return rows(
                server,
                "SELECT pg_get_userbyid(datdba) || ' ' || coalesce(datacl::text, 'null') || ' '"
                        + " || coalesce(shobj_description(oid, 'pg_database'), '')"
                        + " FROM pg_database WHERE datname = ?",
                database);
    }

    private static List<String> settings(PostgresServer server, String database) throws SQLException {
        return rows(
                server,
                "SELECT coalesce(r.rolname, '') || '=' || c FROM pg_db_role_setting s"
                        + " JOIN pg_database d ON d.oid = s.setdatabase LEFT JOIN pg_roles r ON r.oid = s.setrole,"
                        + " unnest(s.setconfig) c WHERE d.datname = ? ORDER BY 1",
                database);
    }

    private static List<String> rows(PostgresServer server, String sql, String database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = server.connect(server.maintenanceDatabase());
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, database);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }

    private static void admin(PostgresServer server, String... statements) throws SQLException {
        try (Connection connection = server.connect(server.maintenanceDatabase());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
