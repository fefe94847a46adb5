package dev.rehearsal.internal.restore.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Optional;

/**
 * The differential harness: restores one fixture twice on the test server, into two fresh databases, once by
 * Rehearsal and once by the reference tool (psql or pg_restore 15), and fails with every differing catalog item
 * and table content when the two {@link CatalogSnapshot}s differ.
 */
public final class Differential {
    /** The bootstrap superuser of the confined embedded server. */
    private static final String BOOTSTRAP_SUPERUSER = "rehearsal_admin";

    private Differential() {}

    /** Restores {@code fixture} both ways and asserts that the results are the same database. */
    public static void assertRestoresLikeReference(DifferentialFixture fixture, Path workDir) {
        String tool = fixture.reference() == DifferentialFixture.Reference.PSQL ? "psql" : "pg_restore";
        String toolVersion = ReferenceRestore.version(tool);
        Path file = fixture.referencePath();
        boolean skipRoles = fixture.roles() == RoleHandling.SKIP;
        // Confined (rehearsal.embedded.superuser=false), compared with the native tools run as the superuser.
        PostgresServer server =
                fixture.needsSuperuser() ? TestPostgres.superuserServer() : TestPostgres.confinedServer();
        try (TestDatabase ours = TestPostgres.newDatabase(server);
                TestDatabase reference = TestPostgres.newDatabase(server)) {
            if (skipRoles) {
                // roles = SKIP creates no roles; those that policies and user mappings name must exist already.
                createRolesIfMissing(ours.server(), DifferentialFixture.ROLES);
            }
            restoreWithRehearsal(fixture, ours);

            createRolesIfMissing(reference.server(), DifferentialFixture.ROLES);
            if (fixture.reference() == DifferentialFixture.Reference.PSQL) {
                ReferenceRestore.psql(reference.server(), reference.name(), file, workDir);
            } else {
                String[] options = skipRoles ? new String[] {"--no-owner", "--no-privileges"} : new String[0];
                ReferenceRestore.pgRestore(reference.server(), reference.name(), file, options);
            }

            CatalogSnapshot expected = CatalogSnapshot.of(reference.server(), reference.name());
            CatalogSnapshot found = CatalogSnapshot.of(ours.server(), ours.name());
            assertThat(expected.lines(CatalogSnapshot.TABLE_CONTENTS))
                    .as("tables restored by %s from %s", toolVersion, fixture)
                    .isNotEmpty();
            assertSame(expected, toolVersion, found, fixture.location());
        }
    }

    /**
     * Rehearsal's side, through the production entry point ({@link Fixtures#resolve} and {@link Restorer#restore}, as
     * {@code @RestoredFrom} does) for plain scripts and archives alike.
     */
    private static void restoreWithRehearsal(DifferentialFixture fixture, TestDatabase db) {
        Fixture resolved = Fixtures.resolve(fixture.location(), Differential.class.getClassLoader(), Path.of("."));
        Restorer.restore(resolved, db.server(), db.name(), new RestoreOptions(fixture.roles(), Optional.empty()));
    }

    /**
     * Fails listing every difference when {@code found} (Rehearsal's restore) differs from {@code expected}. On the
     * confined embedded server the reference tools run as its bootstrap superuser {@code
     * rehearsal_admin} and Rehearsal as the ordinary {@code postgres}; what a restore gives its restoring user
     * (extensions, objects of a {@code --no-owner} restore) and what the bootstrap superuser owns (plpgsql) are then
     * named differently on the two sides, or differently from a cluster whose bootstrap superuser is {@code postgres}.
     * Both snapshots therefore name {@code rehearsal_admin} {@code postgres} (Rehearsal never gives an object to a
     * superuser: ConfinedOwnershipTest).
     */
    public static void assertSame(
            CatalogSnapshot expected, String expectedBy, CatalogSnapshot found, String fixtureLocation) {
        SnapshotDifference difference = SnapshotDifference.between(
                expected.restoredAs(BOOTSTRAP_SUPERUSER, "postgres"),
                expectedBy,
                found.restoredAs(BOOTSTRAP_SUPERUSER, "postgres"),
                "Rehearsal");
        if (!difference.isEmpty()) {
            fail("Rehearsal's restore of " + fixtureLocation + " is not the database " + expectedBy
                    + " restores from it: " + difference.describe());
        }
    }

    /**
     * Creates the roles a fixture refers to as {@code NOLOGIN} roles when they do not exist yet, as a user would
     * before running pg_restore or psql (Rehearsal does the same on its own), as the server's administrator where
     * it has one (on PostgreSQL 15 and older the confined user has no CREATEROLE).
     */
    public static void createRolesIfMissing(PostgresServer server, Collection<String> roles) {
        try (Connection connection = administratorOrUser(server);
                Statement statement = connection.createStatement()) {
            for (String role : roles) {
                try {
                    statement.execute("CREATE ROLE \"" + role.replace("\"", "\"\"") + "\" NOLOGIN");
                } catch (SQLException e) {
                    // 42710: it exists; 23505: another test created it at the same moment.
                    if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the fixture roles " + roles + ": " + e.getMessage(), e);
        }
    }

    private static Connection administratorOrUser(PostgresServer server) throws SQLException {
        java.util.Optional<Connection> admin = server.connectAsAdministrator(server.maintenanceDatabase());
        return admin.isPresent() ? admin.get() : server.connect(server.maintenanceDatabase());
    }
}
