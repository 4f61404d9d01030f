-- AlterTable
ALTER TABLE "inspection_plan" ADD COLUMN     "approvalFileKey" TEXT,
ADD COLUMN     "approvalFileName" TEXT,
ADD COLUMN     "approvalFileSha256" TEXT,
ADD COLUMN     "approvalFileSize" INTEGER;
