/*
  Warnings:

  - Made the column `visibility` on table `Document` required. This step will fail if there are existing NULL values in that column.

*/
-- Backfill (added by hand): documents created before 20240507094500_add_document_visibility
-- have no visibility, so the dashboard's `WHERE "visibility" = 'VISIBLE'` hid them (issue #538).
UPDATE "Document" SET "visibility" = 'VISIBLE' WHERE "visibility" IS NULL;

-- AlterTable
ALTER TABLE "Document" ALTER COLUMN "visibility" SET NOT NULL,
ALTER COLUMN "visibility" SET DEFAULT 'VISIBLE';
