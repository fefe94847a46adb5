-- AlterTable: a nullable column without default is a catalog change, no rewrite
ALTER TABLE "Customer" ADD COLUMN "note" TEXT;
