-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "OnSiteCategory" AS ENUM ('MANDATORY', 'ENCOURAGED');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('LEAD', 'MEMBER', 'SECRETARY');

-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('TEAM_SETUP', 'DOSSIER_DEADLINE', 'ONSITE_START', 'ONSITE_END', 'CONSOLIDATION', 'REPORT');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "inspection_plan" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "previousId" UUID,
    "issuedOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "legalBases" TEXT NOT NULL DEFAULT '',
    "objectives" TEXT NOT NULL DEFAULT '',
    "requirements" TEXT NOT NULL DEFAULT '',
    "leadAgencyId" UUID NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "teamDecisionNumber" TEXT,
    "teamDecisionDate" DATE,
    "approvalNumber" TEXT,
    "approvalDate" DATE,
    "approvedById" UUID,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "inspection_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_coordinator" (
    "planId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,

    CONSTRAINT "plan_coordinator_pkey" PRIMARY KEY ("planId","agencyId")
);

-- CreateTable
CREATE TABLE "plan_milestone" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "MilestoneKind" NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT,

    CONSTRAINT "plan_milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_target" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "inDossier" BOOLEAN NOT NULL DEFAULT true,
    "dossierReason" TEXT,
    "onSite" BOOLEAN NOT NULL DEFAULT false,
    "onSiteCategory" "OnSiteCategory",
    "rationale" TEXT,

    CONSTRAINT "plan_target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_member" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "TeamRole" NOT NULL,

    CONSTRAINT "plan_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_visit" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "targetId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "plan_visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_visit_member" (
    "visitId" UUID NOT NULL,
    "memberId" UUID NOT NULL,

    CONSTRAINT "plan_visit_member_pkey" PRIMARY KEY ("visitId","memberId")
);

-- CreateTable
CREATE TABLE "plan_event" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "comment" TEXT,
    "actorId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_outbox" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "email_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "inspection_plan_previousId_key" ON "inspection_plan"("previousId");

-- CreateIndex
CREATE INDEX "inspection_plan_status_idx" ON "inspection_plan"("status");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_plan_year_number_version_key" ON "inspection_plan"("year", "number", "version");

-- CreateIndex
CREATE UNIQUE INDEX "plan_milestone_planId_kind_key" ON "plan_milestone"("planId", "kind");

-- CreateIndex
CREATE INDEX "plan_target_agencyId_idx" ON "plan_target"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "plan_target_planId_agencyId_key" ON "plan_target"("planId", "agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "plan_member_planId_userId_key" ON "plan_member"("planId", "userId");

-- CreateIndex
CREATE INDEX "plan_visit_planId_startsAt_idx" ON "plan_visit"("planId", "startsAt");

-- CreateIndex
CREATE INDEX "plan_event_planId_at_idx" ON "plan_event"("planId", "at");

-- CreateIndex
CREATE INDEX "email_outbox_status_createdAt_idx" ON "email_outbox"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "inspection_plan" ADD CONSTRAINT "inspection_plan_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "inspection_plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_plan" ADD CONSTRAINT "inspection_plan_leadAgencyId_fkey" FOREIGN KEY ("leadAgencyId") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_coordinator" ADD CONSTRAINT "plan_coordinator_planId_fkey" FOREIGN KEY ("planId") REFERENCES "inspection_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_coordinator" ADD CONSTRAINT "plan_coordinator_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_milestone" ADD CONSTRAINT "plan_milestone_planId_fkey" FOREIGN KEY ("planId") REFERENCES "inspection_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_target" ADD CONSTRAINT "plan_target_planId_fkey" FOREIGN KEY ("planId") REFERENCES "inspection_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_target" ADD CONSTRAINT "plan_target_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_member" ADD CONSTRAINT "plan_member_planId_fkey" FOREIGN KEY ("planId") REFERENCES "inspection_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_member" ADD CONSTRAINT "plan_member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_visit" ADD CONSTRAINT "plan_visit_planId_fkey" FOREIGN KEY ("planId") REFERENCES "inspection_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_visit" ADD CONSTRAINT "plan_visit_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "plan_target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_visit_member" ADD CONSTRAINT "plan_visit_member_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "plan_visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_visit_member" ADD CONSTRAINT "plan_visit_member_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "plan_member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_event" ADD CONSTRAINT "plan_event_planId_fkey" FOREIGN KEY ("planId") REFERENCES "inspection_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
