-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('VISIBLE', 'HIDDEN');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "visibility" "Visibility";
