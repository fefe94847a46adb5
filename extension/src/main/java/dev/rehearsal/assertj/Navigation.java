package dev.rehearsal.assertj;

import dev.rehearsal.RestoredDatabase;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * How an assert creates the asserts it navigates to: plainly (failures throw at once) or as soft-assertion proxies
 * of the same {@link SoftAssertionsProvider} (failures are collected), so navigation keeps working in soft mode.
 */
abstract class Navigation {
    /** Plain asserts: a failure throws at once. */
    static final Navigation DIRECT = new Direct();

    /** Asserts created through {@code softly}'s proxies: failures are collected. */
    static Navigation softly(SoftAssertionsProvider softly) {
        return new Soft(softly);
    }

    abstract TableAssert table(DatabaseTable table);

    abstract ColumnAssert column(DatabaseColumn column);

    abstract QueryAssert query(DatabaseQuery query);

    abstract MigrationsAssert migrations(RestoredDatabase database);

    abstract FailedMigrationAssert failedMigration(DatabaseMigration migration);

    /**
     * Runs an assertion made by a navigation method itself (e.g. {@code failedAt}); in soft mode its failure is
     * collected so the navigation still returns an assert.
     */
    abstract void check(Runnable assertion);

    private static final class Direct extends Navigation {
        @Override
        TableAssert table(DatabaseTable table) {
            return new TableAssert(table);
        }

        @Override
        ColumnAssert column(DatabaseColumn column) {
            return new ColumnAssert(column);
        }

        @Override
        QueryAssert query(DatabaseQuery query) {
            return new QueryAssert(query);
        }

        @Override
        MigrationsAssert migrations(RestoredDatabase database) {
            return new MigrationsAssert(database);
        }

        @Override
        FailedMigrationAssert failedMigration(DatabaseMigration migration) {
            return new FailedMigrationAssert(migration);
        }

        @Override
        void check(Runnable assertion) {
            assertion.run();
        }
    }

    private static final class Soft extends Navigation {
        private final SoftAssertionsProvider softly;

        Soft(SoftAssertionsProvider softly) {
            this.softly = softly;
        }

        @Override
        TableAssert table(DatabaseTable table) {
            return softly.proxy(TableAssert.class, DatabaseTable.class, table).navigation(this);
        }

        @Override
        ColumnAssert column(DatabaseColumn column) {
            return softly.proxy(ColumnAssert.class, DatabaseColumn.class, column)
                    .navigation(this);
        }

        @Override
        QueryAssert query(DatabaseQuery query) {
            return softly.proxy(QueryAssert.class, DatabaseQuery.class, query);
        }

        @Override
        MigrationsAssert migrations(RestoredDatabase database) {
            return softly.proxy(MigrationsAssert.class, RestoredDatabase.class, database)
                    .navigation(this);
        }

        @Override
        FailedMigrationAssert failedMigration(DatabaseMigration migration) {
            return softly.proxy(FailedMigrationAssert.class, DatabaseMigration.class, migration);
        }

        @Override
        void check(Runnable assertion) {
            try {
                assertion.run();
            } catch (AssertionError e) {
                softly.collectAssertionError(e);
            }
        }
    }
}
