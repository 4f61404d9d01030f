-- AlterTable
ALTER TABLE "agency" ADD COLUMN     "qmsSince" DATE;

-- The five provincial bodies that built their QMS from 12/2020 to 02/2021 (QĐ 2944/QĐ-UBND of 17/12/2020),
-- after the 2021 plan's list was drawn up, were kept out of plans by a note. Their QMS dates from the end of
-- that build; plans now read this date instead of the note.
UPDATE "agency" SET "qmsSince" = DATE '2021-02-28'
 WHERE "validFrom" = DATE '2000-01-01' AND "qmsSince" IS NULL AND "note" LIKE 'Xây dựng HTQLCL 12/2020–02/2021%';
