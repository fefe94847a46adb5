package dev.rehearsal.internal.migrate.liquibase;

import static dev.rehearsal.internal.migrate.liquibase.LiquibaseTestSupport.copy;
import static dev.rehearsal.internal.migrate.liquibase.LiquibaseTestSupport.open;
import static dev.rehearsal.internal.migrate.liquibase.LiquibaseTestSupport.resource;
import static dev.rehearsal.internal.migrate.liquibase.LiquibaseTestSupport.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.util.LiquibaseUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rehearsal and plain Liquibase (the {@code liquibase.Liquibase} Java API a project calls, on the same liquibase-core)
 * write the same {@code DATABASECHANGELOG} rows: whatever version is on the classpath ({@code -Dliquibase.version=…}
 * in CI), the history is that version's own.
 */
class LiquibaseParityTest {
    /**
     * Everything but the execution time and the deployment id, which differ between two runs (whether a deployment
     * id is written at all is compared: some 4.2x versions, 4.24 among them, write none in update-count).
     */
    static final String HISTORY = "select concat_ws('|', id, author, filename, orderexecuted, exectype, md5sum,"
            + " description, comments, tag, liquibase, contexts, labels, deployment_id is null) from databasechangelog"
            + " order by orderexecuted";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"sql", "xml", "yaml"})
    void rehearsal_writes_the_history_liquibase_itself_writes(String format) throws Exception {
        try (TestDatabase rehearsal = TestPostgres.newDatabase();
                TestDatabase plain = TestPostgres.newDatabase()) {
            open(resource(format), rehearsal).deploy();
            plainUpdate(resource(format), plain, Optional.empty(), Map.of(), null, null);

            assertThat(strings(rehearsal, HISTORY)).isNotEmpty().isEqualTo(strings(plain, HISTORY));
            assertThat(strings(rehearsal, "select distinct liquibase from databasechangelog"))
                    .containsExactly(LiquibaseUtil.getBuildVersion());
            assertThat(strings(rehearsal, "select count(distinct deployment_id) from databasechangelog"))
                    .containsExactly("1");
            assertThat(strings(rehearsal, "select id || '|' || locked from databasechangeloglock"))
                    .isEqualTo(strings(plain, "select id || '|' || locked from databasechangeloglock"));
        }
    }

    @Test
    void a_partial_update_writes_what_update_count_writes() throws Exception {
        try (TestDatabase rehearsal = TestPostgres.newDatabase();
                TestDatabase plain = TestPostgres.newDatabase()) {
            open(resource("sql"), rehearsal).migrateTo("2");
            plainUpdate(resource("sql"), plain, Optional.of(2), Map.of(), null, null);

            assertThat(strings(rehearsal, HISTORY)).hasSize(2).isEqualTo(strings(plain, HISTORY));
        }
    }

    @Test
    void contexts_labels_and_parameters_reach_liquibase() throws Exception {
        Path folder = copy("filtered", temp);
        // Changelog parameters are found by listing keys: the project file (rehearsal.yml) or system properties.
        Files.writeString(
                folder.resolve("rehearsal.yml"),
                "liquibase:\n  contexts: prod\n  labels: \"!other\"\n  parameters:\n    table: invoice\n");
        try (TestDatabase rehearsal = TestPostgres.newDatabase();
                TestDatabase plain = TestPostgres.newDatabase()) {
            var migrations = open(folder, rehearsal);
            migrations.deploy();
            plainUpdate(folder, plain, Optional.empty(), Map.of("table", "invoice"), "prod", "!other");

            assertThat(strings(rehearsal, HISTORY)).hasSize(2).isEqualTo(strings(plain, HISTORY));
            assertThat(strings(
                            rehearsal,
                            "select id || ':' || coalesce(contexts, '') || ':' || coalesce(labels, '') from databasechangelog"
                                    + " order by orderexecuted"))
                    .containsExactly("1:prod:billing", "4::");
            assertThat(strings(rehearsal, "select count(*) from invoice")).containsExactly("1");
            assertThat(migrations.status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly(
                            "db.changelog-master.sql::1::erin=APPLIED",
                            "db.changelog-master.sql::2::erin=IGNORED",
                            "db.changelog-master.sql::3::erin=IGNORED",
                            "db.changelog-master.sql::4::erin=APPLIED");
        }
    }

    /** {@code liquibase update} (or {@code update-count}) as a project runs it through Liquibase's Java API. */
    private static void plainUpdate(
            Path folder,
            TestDatabase db,
            Optional<Integer> count,
            Map<String, String> parameters,
            String contexts,
            String labels)
            throws Exception {
        Map<String, Object> scope = new HashMap<>();
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        try (Connection connection = db.connection();
                DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(folder)) {
            Scope.child(scope, () -> {
                Database database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                Liquibase liquibase = new Liquibase(changelog(folder), accessor, database);
                parameters.forEach(liquibase.getChangeLogParameters()::set);
                if (count.isPresent()) {
                    liquibase.update(count.get(), new Contexts(contexts), new LabelExpression(labels));
                } else {
                    liquibase.update(new Contexts(contexts), new LabelExpression(labels));
                }
            });
        }
    }

    private static String changelog(Path folder) {
        for (String name : List.of("db.changelog-master.sql", "db.changelog-master.xml", "db.changelog-master.yaml")) {
            if (folder.resolve(name).toFile().isFile()) {
                return name;
            }
        }
        throw new IllegalStateException("no master changelog in " + folder);
    }
}
