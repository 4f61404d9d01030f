-- AlterTable
ALTER TABLE "inspection" ADD COLUMN     "recordNumber" TEXT;

-- Hand-written: a record's number is unique within its plan (records without a number are left out).
CREATE UNIQUE INDEX "inspection_plan_record_number_key" ON "inspection"("planId", "recordNumber") WHERE "recordNumber" IS NOT NULL;
