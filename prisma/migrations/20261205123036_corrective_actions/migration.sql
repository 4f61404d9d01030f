-- CreateEnum
CREATE TYPE "FindingResolution" AS ENUM ('ACCEPTED', 'ACKNOWLEDGED', 'CLOSED_AT_FOLLOW_UP');

-- CreateEnum
CREATE TYPE "AnswerKind" AS ENUM ('CORRECTIVE_ACTION', 'ACKNOWLEDGEMENT');

-- CreateEnum
CREATE TYPE "AnswerStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'CHECK_NEXT_TIME');

-- CreateEnum
CREATE TYPE "ExtensionStatus" AS ENUM ('REQUESTED', 'GRANTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('DUE_IN_14', 'DUE_IN_3', 'OVERDUE', 'ESCALATION');

-- CreateEnum
CREATE TYPE "FollowUpOutcome" AS ENUM ('PENDING', 'CLOSED', 'RERAISED');

-- CreateEnum
CREATE TYPE "ProposalDecision" AS ENUM ('ACCEPTED', 'CHANGED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "FindingStatus" ADD VALUE 'ANSWERED';
ALTER TYPE "FindingStatus" ADD VALUE 'REJECTED';
ALTER TYPE "FindingStatus" ADD VALUE 'CHECK_NEXT_TIME';

-- AlterTable
ALTER TABLE "user_account" ADD COLUMN     "digestsEnabled" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "finding" ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ADD COLUMN     "repeatOfId" UUID,
ADD COLUMN     "resolution" "FindingResolution";

-- CreateTable
CREATE TABLE "corrective_report" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "submittedById" UUID NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "corrective_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corrective_answer" (
    "id" UUID NOT NULL,
    "findingId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "kind" "AnswerKind" NOT NULL DEFAULT 'CORRECTIVE_ACTION',
    "cause" TEXT NOT NULL DEFAULT '',
    "correction" TEXT NOT NULL DEFAULT '',
    "action" TEXT NOT NULL DEFAULT '',
    "plannedDate" DATE,
    "responsible" TEXT NOT NULL DEFAULT '',
    "status" "AnswerStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submittedById" UUID NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verifiedById" UUID,
    "verifiedAt" TIMESTAMPTZ(3),
    "verdictNote" TEXT,

    CONSTRAINT "corrective_answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corrective_evidence" (
    "id" UUID NOT NULL,
    "answerId" UUID NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "recordVersionId" UUID,
    "fileKey" TEXT,
    "fileName" TEXT,
    "fileSize" INTEGER,
    "contentType" TEXT,
    "sha256" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "corrective_evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "due_date_extension" (
    "id" UUID NOT NULL,
    "findingId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "previousDueDate" DATE NOT NULL,
    "requestedDate" DATE NOT NULL,
    "status" "ExtensionStatus" NOT NULL DEFAULT 'REQUESTED',
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "grantedDate" DATE,
    "decisionNote" TEXT,

    CONSTRAINT "due_date_extension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_event" (
    "id" UUID NOT NULL,
    "findingId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "comment" TEXT,
    "data" JSONB,
    "actorId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finding_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_reminder" (
    "findingId" UUID NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "dueDate" DATE NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finding_reminder_pkey" PRIMARY KEY ("findingId","kind","dueDate")
);

-- CreateTable
CREATE TABLE "digest_delivery" (
    "kind" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "digest_delivery_pkey" PRIMARY KEY ("kind","period","userId")
);

-- CreateTable
CREATE TABLE "inspection_follow_up" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "findingId" UUID NOT NULL,
    "outcome" "FollowUpOutcome" NOT NULL DEFAULT 'PENDING',
    "note" TEXT NOT NULL DEFAULT '',
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "inspection_follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "on_site_proposal" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "score" INTEGER NOT NULL,
    "proposed" BOOLEAN NOT NULL,
    "category" "OnSiteCategory",
    "reasons" JSONB NOT NULL,
    "decision" "ProposalDecision",
    "decisionNote" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "on_site_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "corrective_report_inspectionId_submittedAt_idx" ON "corrective_report"("inspectionId", "submittedAt");

-- CreateIndex
CREATE INDEX "corrective_report_agencyId_idx" ON "corrective_report"("agencyId");

-- CreateIndex
CREATE INDEX "corrective_answer_reportId_idx" ON "corrective_answer"("reportId");

-- CreateIndex
CREATE INDEX "corrective_answer_status_submittedAt_idx" ON "corrective_answer"("status", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "corrective_answer_findingId_round_key" ON "corrective_answer"("findingId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "corrective_evidence_fileKey_key" ON "corrective_evidence"("fileKey");

-- CreateIndex
CREATE INDEX "corrective_evidence_answerId_idx" ON "corrective_evidence"("answerId");

-- CreateIndex
CREATE INDEX "due_date_extension_findingId_requestedAt_idx" ON "due_date_extension"("findingId", "requestedAt");

-- CreateIndex
CREATE INDEX "due_date_extension_status_idx" ON "due_date_extension"("status");

-- CreateIndex
CREATE INDEX "finding_event_findingId_at_idx" ON "finding_event"("findingId", "at");

-- CreateIndex
CREATE INDEX "inspection_follow_up_findingId_idx" ON "inspection_follow_up"("findingId");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_follow_up_inspectionId_findingId_key" ON "inspection_follow_up"("inspectionId", "findingId");

-- CreateIndex
CREATE UNIQUE INDEX "on_site_proposal_planId_agencyId_key" ON "on_site_proposal"("planId", "agencyId");

-- CreateIndex
CREATE INDEX "finding_status_dueDate_idx" ON "finding"("status", "dueDate");

-- CreateIndex
CREATE INDEX "finding_repeatOfId_idx" ON "finding"("repeatOfId");

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_repeatOfId_fkey" FOREIGN KEY ("repeatOfId") REFERENCES "finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrective_report" ADD CONSTRAINT "corrective_report_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrective_answer" ADD CONSTRAINT "corrective_answer_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrective_answer" ADD CONSTRAINT "corrective_answer_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "corrective_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrective_evidence" ADD CONSTRAINT "corrective_evidence_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "corrective_answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrective_evidence" ADD CONSTRAINT "corrective_evidence_recordVersionId_fkey" FOREIGN KEY ("recordVersionId") REFERENCES "record_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "due_date_extension" ADD CONSTRAINT "due_date_extension_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_event" ADD CONSTRAINT "finding_event_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_reminder" ADD CONSTRAINT "finding_reminder_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_follow_up" ADD CONSTRAINT "inspection_follow_up_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_follow_up" ADD CONSTRAINT "inspection_follow_up_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "on_site_proposal" ADD CONSTRAINT "on_site_proposal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "inspection_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "on_site_proposal" ADD CONSTRAINT "on_site_proposal_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Partial unique indexes Prisma's schema cannot express: at most one answer waiting for verification and at
-- most one extension request waiting for a decision per finding (two officers submitting at once: one wins).
CREATE UNIQUE INDEX "corrective_answer_one_waiting_key" ON "corrective_answer"("findingId") WHERE "status" = 'SUBMITTED';
CREATE UNIQUE INDEX "due_date_extension_one_waiting_key" ON "due_date_extension"("findingId") WHERE "status" = 'REQUESTED';
-- A proposal's reasons are a list of catalogue messages.
ALTER TABLE "on_site_proposal" ADD CONSTRAINT "on_site_proposal_reasons_array" CHECK (jsonb_typeof("reasons") = 'array');
