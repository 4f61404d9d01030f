-- CreateEnum
CREATE TYPE "YearReportKind" AS ENUM ('NOVEMBER_CONSOLIDATION', 'MINISTRY_ANNUAL');

-- CreateEnum
CREATE TYPE "YearReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'SENT', 'ACKNOWLEDGED', 'APPROVED_FOR_MINISTRY', 'RETURNED_BY_COMMITTEE');

-- CreateTable
CREATE TABLE "year_report" (
    "id" UUID NOT NULL,
    "kind" "YearReportKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "asOf" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "previousId" UUID,
    "status" "YearReportStatus" NOT NULL DEFAULT 'DRAFT',
    "narrative" JSONB NOT NULL DEFAULT '{}',
    "figures" JSONB,
    "frozenAt" TIMESTAMPTZ(3),
    "approvalNumber" TEXT,
    "approvalDate" DATE,
    "committeeNumber" TEXT,
    "committeeDate" DATE,
    "returnComment" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" UUID,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "sentById" UUID,
    "sentAt" TIMESTAMPTZ(3),
    "committeeById" UUID,
    "committeeAt" TIMESTAMPTZ(3),
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "year_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "year_report_event" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "comment" TEXT,
    "actorId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "year_report_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "year_report_previousId_key" ON "year_report"("previousId");

-- CreateIndex
CREATE INDEX "year_report_year_kind_idx" ON "year_report"("year", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "year_report_kind_year_version_key" ON "year_report"("kind", "year", "version");

-- CreateIndex
CREATE INDEX "year_report_event_reportId_at_idx" ON "year_report_event"("reportId", "at");

-- AddForeignKey
ALTER TABLE "year_report" ADD CONSTRAINT "year_report_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "year_report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "year_report_event" ADD CONSTRAINT "year_report_event_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "year_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
