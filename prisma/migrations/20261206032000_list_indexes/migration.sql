-- CreateIndex
CREATE INDEX IF NOT EXISTS "finding_dueDate_idx" ON "finding"("dueDate");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "finding_inspectionId_number_idx" ON "finding"("inspectionId", "number");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "qms_record_updatedAt_id_idx" ON "qms_record"("updatedAt" DESC, "id");
