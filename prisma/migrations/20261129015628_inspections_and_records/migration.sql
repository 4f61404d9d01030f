-- CreateEnum
CREATE TYPE "TemplateStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "InspectionKind" AS ENUM ('DOSSIER', 'ON_SITE');

-- CreateEnum
CREATE TYPE "InspectionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'SIGNED_OFF');

-- CreateEnum
CREATE TYPE "ItemResult" AS ENUM ('CONFORM', 'MINOR_NC', 'MAJOR_NC', 'RECOMMENDATION', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "OverallResult" AS ENUM ('CONFORMING', 'CONFORMING_WITH_FINDINGS', 'NOT_CONFORMING');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('RECORD', 'FILE');

-- CreateEnum
CREATE TYPE "FindingSeverity" AS ENUM ('MINOR', 'MAJOR', 'RECOMMENDATION');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "RecordCategory" AS ENUM ('ANNOUNCEMENT_DECISION', 'QUALITY_POLICY', 'PROCEDURE_LIST', 'INTERNAL_AUDIT_REPORT', 'MANAGEMENT_REVIEW', 'ANNUAL_REPORT', 'CORRECTIVE_ACTION', 'OTHER');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED');

-- AlterTable
ALTER TABLE "checklist_template" ADD COLUMN     "basedOnId" UUID,
ADD COLUMN     "createdById" UUID,
ADD COLUMN     "lockVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "note" TEXT,
ADD COLUMN     "publishedAt" TIMESTAMPTZ(3),
ADD COLUMN     "status" "TemplateStatus" NOT NULL DEFAULT 'PUBLISHED',
ADD COLUMN     "usedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "checklist_item" ADD COLUMN     "clauseGroup" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "guidanceEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "kindCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "standardVersions" "StandardVersion"[] DEFAULT ARRAY[]::"StandardVersion"[];

-- CreateTable
CREATE TABLE "clause_crosswalk" (
    "id" UUID NOT NULL,
    "iso2008Clause" TEXT NOT NULL,
    "iso2015Clause" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "clause_crosswalk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inspection" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "targetId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "status" "InspectionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "standardVersion" "StandardVersion" NOT NULL,
    "recordDate" DATE,
    "representativeName" TEXT,
    "representativeTitle" TEXT,
    "overallResult" "OverallResult",
    "strengths" TEXT NOT NULL DEFAULT '',
    "shortcomings" TEXT NOT NULL DEFAULT '',
    "recommendations" TEXT NOT NULL DEFAULT '',
    "startedAt" TIMESTAMPTZ(3),
    "signedOffAt" TIMESTAMPTZ(3),
    "signedOffById" UUID,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inspection_assignee" (
    "inspectionId" UUID NOT NULL,
    "memberId" UUID NOT NULL,

    CONSTRAINT "inspection_assignee_pkey" PRIMARY KEY ("inspectionId","memberId")
);

-- CreateTable
CREATE TABLE "inspection_item" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "checklistItemId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "result" "ItemResult",
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3),

    CONSTRAINT "inspection_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inspection_evidence" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "recordVersionId" UUID,
    "fileKey" TEXT,
    "fileName" TEXT,
    "fileSize" INTEGER,
    "contentType" TEXT,
    "sha256" TEXT,
    "caption" TEXT NOT NULL DEFAULT '',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inspection_evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inspection_event" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "comment" TEXT,
    "actorId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inspection_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "clause" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "severity" "FindingSeverity" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "requiredAction" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE,
    "status" "FindingStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "qms_record" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "category" "RecordCategory" NOT NULL,
    "title" TEXT NOT NULL,
    "planId" UUID,
    "status" "ReviewStatus" NOT NULL DEFAULT 'SUBMITTED',
    "latestVersion" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "qms_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "record_version" (
    "id" UUID NOT NULL,
    "recordId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "periodFrom" DATE,
    "periodTo" DATE,
    "effectiveDate" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "ReviewStatus" NOT NULL DEFAULT 'SUBMITTED',
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewComment" TEXT,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "record_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "record_file" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" BIGINT NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "record_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "record_event" (
    "id" UUID NOT NULL,
    "recordId" UUID NOT NULL,
    "versionId" UUID,
    "action" TEXT NOT NULL,
    "comment" TEXT,
    "actorId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "record_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "record_request" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "planId" UUID,
    "categories" "RecordCategory"[],
    "comment" TEXT,
    "requestedById" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "record_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_report" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "scopeDescription" TEXT NOT NULL DEFAULT '',
    "procedureCount" INTEGER NOT NULL,
    "internalAuditDate" DATE,
    "managementReviewDate" DATE,
    "scopeChanged" BOOLEAN NOT NULL DEFAULT false,
    "reannouncementNumber" TEXT,
    "reannouncementDate" DATE,
    "improvements" TEXT NOT NULL DEFAULT '',
    "difficulties" TEXT NOT NULL DEFAULT '',
    "proposals" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "annual_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "clause_crosswalk_iso2015Clause_idx" ON "clause_crosswalk"("iso2015Clause");

-- CreateIndex
CREATE UNIQUE INDEX "clause_crosswalk_iso2008Clause_iso2015Clause_key" ON "clause_crosswalk"("iso2008Clause", "iso2015Clause");

-- CreateIndex
CREATE INDEX "inspection_planId_status_idx" ON "inspection"("planId", "status");

-- CreateIndex
CREATE INDEX "inspection_agencyId_idx" ON "inspection"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_targetId_kind_key" ON "inspection"("targetId", "kind");

-- CreateIndex
CREATE INDEX "inspection_item_inspectionId_position_idx" ON "inspection_item"("inspectionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_item_inspectionId_checklistItemId_key" ON "inspection_item"("inspectionId", "checklistItemId");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_evidence_fileKey_key" ON "inspection_evidence"("fileKey");

-- CreateIndex
CREATE INDEX "inspection_evidence_itemId_idx" ON "inspection_evidence"("itemId");

-- CreateIndex
CREATE INDEX "inspection_evidence_inspectionId_idx" ON "inspection_evidence"("inspectionId");

-- CreateIndex
CREATE INDEX "inspection_event_inspectionId_at_idx" ON "inspection_event"("inspectionId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "finding_itemId_key" ON "finding"("itemId");

-- CreateIndex
CREATE INDEX "finding_agencyId_status_idx" ON "finding"("agencyId", "status");

-- CreateIndex
CREATE INDEX "qms_record_agencyId_category_idx" ON "qms_record"("agencyId", "category");

-- CreateIndex
CREATE INDEX "qms_record_status_updatedAt_idx" ON "qms_record"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "qms_record_planId_idx" ON "qms_record"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "record_version_recordId_number_key" ON "record_version"("recordId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "record_file_storageKey_key" ON "record_file"("storageKey");

-- CreateIndex
CREATE INDEX "record_file_versionId_idx" ON "record_file"("versionId");

-- CreateIndex
CREATE INDEX "record_event_recordId_at_idx" ON "record_event"("recordId", "at");

-- CreateIndex
CREATE INDEX "record_request_agencyId_at_idx" ON "record_request"("agencyId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "annual_report_versionId_key" ON "annual_report"("versionId");

-- CreateIndex
CREATE INDEX "annual_report_agencyId_year_idx" ON "annual_report"("agencyId", "year");

-- AddForeignKey
ALTER TABLE "checklist_template" ADD CONSTRAINT "checklist_template_basedOnId_fkey" FOREIGN KEY ("basedOnId") REFERENCES "checklist_template"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection" ADD CONSTRAINT "inspection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "inspection_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection" ADD CONSTRAINT "inspection_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "plan_target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection" ADD CONSTRAINT "inspection_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_assignee" ADD CONSTRAINT "inspection_assignee_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_assignee" ADD CONSTRAINT "inspection_assignee_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "plan_member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_item" ADD CONSTRAINT "inspection_item_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_item" ADD CONSTRAINT "inspection_item_checklistItemId_fkey" FOREIGN KEY ("checklistItemId") REFERENCES "checklist_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_evidence" ADD CONSTRAINT "inspection_evidence_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_evidence" ADD CONSTRAINT "inspection_evidence_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "inspection_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_evidence" ADD CONSTRAINT "inspection_evidence_recordVersionId_fkey" FOREIGN KEY ("recordVersionId") REFERENCES "record_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_event" ADD CONSTRAINT "inspection_event_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "inspection_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qms_record" ADD CONSTRAINT "qms_record_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qms_record" ADD CONSTRAINT "qms_record_planId_fkey" FOREIGN KEY ("planId") REFERENCES "inspection_plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_version" ADD CONSTRAINT "record_version_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "qms_record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_file" ADD CONSTRAINT "record_file_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "record_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_event" ADD CONSTRAINT "record_event_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "qms_record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_request" ADD CONSTRAINT "record_request_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_request" ADD CONSTRAINT "record_request_planId_fkey" FOREIGN KEY ("planId") REFERENCES "inspection_plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "record_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;
