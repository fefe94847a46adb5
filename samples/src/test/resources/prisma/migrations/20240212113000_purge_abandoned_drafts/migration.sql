-- Purge drafts nobody has touched since before the 1.0 launch (issue #412):
-- they are a third of the "Document" table and slow down the dashboard.
-- Hand-written (`prisma migrate dev --create-only`); passes on every
-- developer database, which has no drafts older than a few days.

DELETE FROM "Document"
WHERE "status" = 'DRAFT'
  AND "updatedAt" < '2023-06-01';
