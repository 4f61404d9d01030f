-- AlterTable
ALTER TABLE "year_report" ADD COLUMN     "figuresComputedAt" TIMESTAMPTZ(3);

-- Hand-written: figures stored so far were frozen at submission, and computed then.
UPDATE "year_report" SET "figuresComputedAt" = "frozenAt" WHERE "figures" IS NOT NULL;
