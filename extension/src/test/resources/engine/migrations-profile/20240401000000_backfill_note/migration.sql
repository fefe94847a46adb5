-- Backfill
UPDATE "Customer" SET "note" = 'migrated';
