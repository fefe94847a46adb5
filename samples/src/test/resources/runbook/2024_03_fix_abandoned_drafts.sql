-- Runbook 2024-03: the release-2.0 deploy stopped at 20240212113000_purge_abandoned_drafts.
--
--   prisma migrate deploy -> P3018, Database error code: 23503
--   update or delete on table "Document" violates foreign key constraint "Recipient_documentId_fkey"
--
-- Abandoned drafts (status DRAFT, untouched since 2023-06-01: the migration's own condition) can have
-- recipients: the sender added them and never sent the document. Those recipients were never emailed,
-- so they go with their drafts. Then:
--
--   1. psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f runbook/2024_03_fix_abandoned_drafts.sql
--   2. npx prisma migrate resolve --rolled-back 20240212113000_purge_abandoned_drafts
--   3. npx prisma migrate deploy

BEGIN;

-- Stop if an abandoned draft's recipient was ever sent anything: that would need a human decision.
DO $$
BEGIN
    IF EXISTS (SELECT 1
               FROM "Recipient" r
               JOIN "Document" d ON d."id" = r."documentId"
               WHERE d."status" = 'DRAFT' AND d."updatedAt" < '2023-06-01'
                 AND r."sendStatus" <> 'NOT_SENT') THEN
        RAISE EXCEPTION 'an abandoned draft has a recipient who was sent the document: resolve it by hand';
    END IF;
END
$$;

-- Fields and signatures of those recipients ("Field"/"Signature" reference "Recipient" ON DELETE CASCADE,
-- but "Field" also references "Document" ON DELETE RESTRICT: delete them explicitly).
DELETE FROM "Field"
WHERE "documentId" IN (SELECT "id" FROM "Document" WHERE "status" = 'DRAFT' AND "updatedAt" < '2023-06-01');

DELETE FROM "Recipient"
WHERE "documentId" IN (SELECT "id" FROM "Document" WHERE "status" = 'DRAFT' AND "updatedAt" < '2023-06-01');

COMMIT;
