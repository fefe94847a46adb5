-- AlterTable: a type change copies every row into a new file
ALTER TABLE "Order" ALTER COLUMN "total" TYPE BIGINT;
