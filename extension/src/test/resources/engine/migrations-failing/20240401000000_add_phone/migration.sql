-- AlterTable
ALTER TABLE "Customer" ADD COLUMN "phone" TEXT;
