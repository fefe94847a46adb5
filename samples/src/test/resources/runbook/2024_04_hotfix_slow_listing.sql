-- Hotfix 2024-04, applied by hand in production and never written as a migration:
-- the document listing timed out, so an index was built on the spot, and a customer's long address needed a wider
-- column than the code's. Production has had both ever since; a fresh install has neither.

CREATE INDEX CONCURRENTLY "Document_userId_status_idx" ON "Document" ("userId", "status");

ALTER TABLE "User" ALTER COLUMN "email" TYPE varchar(320);
