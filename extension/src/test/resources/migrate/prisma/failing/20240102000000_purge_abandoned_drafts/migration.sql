-- Purge drafts nobody will ever send.
CREATE TABLE "PurgeLog" ("id" INTEGER);

INSERT INTO "PurgeLog" VALUES (1);

-- The attachments are gone already, aren't they?
DELETE FROM "Draft" WHERE "status" = 'ABANDONED';
