-- CreateEnum
CREATE TYPE "PlanPaperKind" AS ENUM ('TEAM_DECISION', 'CHECK_DECISION', 'REQUEST_LETTER', 'CORRECTION_LETTER');

-- CreateTable
CREATE TABLE "plan_paper" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "PlanPaperKind" NOT NULL,
    "agencyId" UUID,
    "recordRequestId" UUID,
    "number" TEXT,
    "date" DATE,
    "issuedAt" TIMESTAMPTZ(3),
    "issuedById" UUID,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "plan_paper_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "plan_paper_recordRequestId_key" ON "plan_paper"("recordRequestId");

-- CreateIndex
CREATE INDEX "plan_paper_agencyId_idx" ON "plan_paper"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "plan_paper_planId_kind_number_key" ON "plan_paper"("planId", "kind", "number");

-- AddForeignKey
ALTER TABLE "plan_paper" ADD CONSTRAINT "plan_paper_planId_fkey" FOREIGN KEY ("planId") REFERENCES "inspection_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_paper" ADD CONSTRAINT "plan_paper_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_paper" ADD CONSTRAINT "plan_paper_recordRequestId_fkey" FOREIGN KEY ("recordRequestId") REFERENCES "record_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;
