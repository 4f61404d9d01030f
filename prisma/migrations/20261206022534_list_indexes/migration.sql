-- CreateIndex
CREATE INDEX "finding_dueDate_idx" ON "finding"("dueDate");

-- CreateIndex
CREATE INDEX "finding_inspectionId_number_idx" ON "finding"("inspectionId", "number");

-- CreateIndex
CREATE INDEX "qms_record_updatedAt_id_idx" ON "qms_record"("updatedAt" DESC, "id");
