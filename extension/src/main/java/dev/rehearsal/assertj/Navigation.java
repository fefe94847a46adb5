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

    abstract MigrationAssert migration(DatabaseMigration migration);

    abstract ForeignKeyAssert foreignKey(DatabaseForeignKey key);

    abstract IndexAssert index(DatabaseIndex index);

    abstract SequenceAssert sequence(DatabaseSequence sequence);

    abstract EnumTypeAssert enumType(DatabaseEnumType type);

    abstract SchemaAssert schema(RestoredDatabase database);

    abstract PreflightAssert preflight(RestoredDatabase database);

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
        MigrationAssert migration(DatabaseMigration migration) {
            return new MigrationAssert(migration);
        }

        @Override
        ForeignKeyAssert foreignKey(DatabaseForeignKey key) {
            return new ForeignKeyAssert(key);
        }

        @Override
        IndexAssert index(DatabaseIndex index) {
            return new IndexAssert(index);
        }

        @Override
        SequenceAssert sequence(DatabaseSequence sequence) {
            return new SequenceAssert(sequence);
        }

        @Override
        EnumTypeAssert enumType(DatabaseEnumType type) {
            return new EnumTypeAssert(type);
        }

        @Override
        SchemaAssert schema(RestoredDatabase database) {
            return new SchemaAssert(database);
        }

        @Override
        PreflightAssert preflight(RestoredDatabase database) {
            return new PreflightAssert(database);
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
        MigrationAssert migration(DatabaseMigration migration) {
            return softly.proxy(MigrationAssert.class, DatabaseMigration.class, migration);
        }

        @Override
        ForeignKeyAssert foreignKey(DatabaseForeignKey key) {
            return softly.proxy(ForeignKeyAssert.class, DatabaseForeignKey.class, key)
                    .navigation(this);
        }

        @Override
        IndexAssert index(DatabaseIndex index) {
            return softly.proxy(IndexAssert.class, DatabaseIndex.class, index).navigation(this);
        }

        @Override
        SequenceAssert sequence(DatabaseSequence sequence) {
            return softly.proxy(SequenceAssert.class, DatabaseSequence.class, sequence);
        }

        @Override
        EnumTypeAssert enumType(DatabaseEnumType type) {
            return softly.proxy(EnumTypeAssert.class, DatabaseEnumType.class, type);
        }

        @Override
        SchemaAssert schema(RestoredDatabase database) {
            return softly.proxy(SchemaAssert.class, RestoredDatabase.class, database);
        }

        @Override
        PreflightAssert preflight(RestoredDatabase database) {
            return softly.proxy(PreflightAssert.class, RestoredDatabase.class, database);
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
