package dev.rehearsal.internal.restore.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.RoleHandling;
import dev.rehearsal.internal.restore.Fixture;
import dev.rehearsal.internal.restore.Fixtures;
import dev.rehearsal.internal.restore.RestoreOptions;
import dev.rehearsal.internal.restore.Restorer;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pg_dumpall fixture (cluster.sql: roles, databases diffcluster_shop and diffcluster_crm). The reference is the
 * whole script replayed by psql 15 on a scratch embedded server ({@link ScratchCluster}, once for the class); each
 * database Rehearsal restores from the script, chosen by its name, must equal that database of the scratch cluster,
 * including the database's owner, privileges, comment and settings (also per role), and the cluster's roles
 * (attributes and memberships).
 *
 * <p>One difference is wanted: server-wide role settings ({@code ALTER ROLE … SET}, without {@code IN DATABASE})
 * are cluster-wide settings, which issue 3 says Rehearsal skips with a logged note, as they would change the shared
 * server for every test; psql applies them. The test checks both sides of that on its own.
 */
class ClusterDifferentialTest {
    private static final DifferentialFixture CLUSTER =
            new DifferentialFixture("cluster.sql", DifferentialFixture.Reference.PSQL);
    private static final List<String> ROLES =
            List.of("diffcluster_admin", "diffcluster_app", "diffcluster_readonly", "diffcluster Auditors");

    private static ScratchCluster scratch;
    private static String psql;

    @BeforeAll
    static void replayTheWholeClusterWithPsql() {
        psql = ReferenceRestore.version("psql");
        scratch = ScratchCluster.start();
        scratch.replay(CLUSTER.path());
    }

    @AfterAll
    static void stopTheScratchCluster() {
        if (scratch != null) {
            scratch.close();
        }
    }

    private static List<String> serverWideRoleSettings(PostgresServer server) {
        String sql = "SELECT r.rolname || ' | ' || s.setconfig::text FROM pg_db_role_setting s"
                + " JOIN pg_roles r ON r.oid = s.setrole WHERE s.setdatabase = 0 AND r.rolname = ANY (?) ORDER BY 1";
        try (Connection connection = server.connect(server.maintenanceDatabase());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", ROLES.toArray()));
            List<String> settings = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    settings.add(rows.getString(1));
                }
            }
            return settings;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the role settings on " + server + ": " + e.getMessage(), e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"diffcluster_shop", "diffcluster_crm"})
    void rehearsal_restores_a_database_of_the_cluster_like_psql_replaying_the_cluster(String database) {
        try (TestDatabase ours = TestPostgres.newDatabase()) {
            Fixture fixture = Fixtures.resolve(CLUSTER.location(), getClass().getClassLoader(), Path.of("."));
            Restorer.restore(
                    fixture,
                    ours.server(),
                    ours.name(),
                    new RestoreOptions(RoleHandling.CREATE_MISSING, Optional.of(database)));

            CatalogSnapshot expected = CatalogSnapshot.of(scratch.server(), database, ROLES);
            CatalogSnapshot found = CatalogSnapshot.of(ours.server(), ours.name(), ROLES);
            assertThat(expected.lines(CatalogSnapshot.TABLE_CONTENTS)).isNotEmpty();
            assertThat(expected.lines(CatalogSnapshot.ROLES)).hasSize(ROLES.size());
            Differential.assertSame(
                    expected, psql + " replaying the whole cluster", found, CLUSTER.location() + " (" + database + ")");
            assertThat(serverWideRoleSettings(scratch.server()))
                    .containsExactly("diffcluster_app | {statement_timeout=30s,\"search_path=shop, public\"}");
            assertThat(serverWideRoleSettings(ours.server())).isEmpty();
        }
    }
}
