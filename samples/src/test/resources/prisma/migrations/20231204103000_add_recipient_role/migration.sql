-- CreateEnum
CREATE TYPE "RecipientRole" AS ENUM ('SIGNER', 'VIEWER', 'CC');

-- AlterTable
ALTER TABLE "Recipient" ADD COLUMN     "role" "RecipientRole" NOT NULL DEFAULT 'SIGNER';
