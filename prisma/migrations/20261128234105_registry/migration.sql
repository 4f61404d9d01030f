-- CreateEnum
CREATE TYPE "SuccessionKind" AS ENUM ('MERGE', 'SPLIT', 'CONTINUE');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PREVIEW', 'COMMITTED', 'DISCARDED');

-- DropIndex
DROP INDEX "agency_code_key";

-- AlterTable
ALTER TABLE "agency" ADD COLUMN     "sortKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "reorganisation" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "appliedAt" TIMESTAMPTZ(3),
    "appliedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reorganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agency_succession" (
    "id" UUID NOT NULL,
    "predecessorId" UUID NOT NULL,
    "successorId" UUID NOT NULL,
    "kind" "SuccessionKind" NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "reorganisationId" UUID,

    CONSTRAINT "agency_succession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agency_import" (
    "id" UUID NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'PREVIEW',
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "createCount" INTEGER NOT NULL,
    "updateCount" INTEGER NOT NULL,
    "errorCount" INTEGER NOT NULL,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "rows" JSONB NOT NULL DEFAULT '[]',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" TIMESTAMPTZ(3),

    CONSTRAINT "agency_import_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "reorganisation_key_key" ON "reorganisation"("key");

-- CreateIndex
CREATE INDEX "agency_succession_successorId_idx" ON "agency_succession"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "agency_succession_predecessorId_successorId_key" ON "agency_succession"("predecessorId", "successorId");

-- CreateIndex
CREATE INDEX "agency_import_createdById_createdAt_idx" ON "agency_import"("createdById", "createdAt");

-- CreateIndex
CREATE INDEX "agency_sortKey_idx" ON "agency"("sortKey");

-- CreateIndex
CREATE UNIQUE INDEX "agency_code_validFrom_key" ON "agency"("code", "validFrom");

-- AddForeignKey
ALTER TABLE "agency_succession" ADD CONSTRAINT "agency_succession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency_succession" ADD CONSTRAINT "agency_succession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency_succession" ADD CONSTRAINT "agency_succession_reorganisationId_fkey" FOREIGN KEY ("reorganisationId") REFERENCES "reorganisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: one unit in force per code (a 2025 unit may reuse the code of a unit that has ended).
CREATE UNIQUE INDEX "agency_active_code_key" ON "agency"("code") WHERE "validTo" IS NULL;
