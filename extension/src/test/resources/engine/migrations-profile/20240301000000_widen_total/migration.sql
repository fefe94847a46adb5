-- AlterTable: a type change copies every row into a new file
ALTER TABLE "Order" ALTER COLUMN "total" TYPE BIGINT;
-- Prisma runs the script as one implicit transaction: the ACCESS EXCLUSIVE lock lasts until its end. The pause keeps
-- it held long enough for the profiler's 5 ms pg_locks poll to see it on a busy machine (60 rows rewrite in ~1 ms).
SELECT pg_sleep(0.3);
