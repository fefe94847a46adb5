-- AlterTable
ALTER TABLE "Customer" ADD COLUMN "email" TEXT;
