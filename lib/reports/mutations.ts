import "server-only";
import { agencyIdFilter } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { tellReviewers, visibleRecords, type Ctx } from "@/lib/documents";
import { canRecord } from "@/lib/documents/policy";
import { AppError } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n";
import { annualReportYears } from "./data";
import type { AnnualReportInput } from "./schema";

const vi = createTranslator("vi");
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * The unit's annual report for a year: a new version of its ANNUAL_REPORT record of that year (the record
 * is created with the first report), covering 01/01–31/12, with the form's data; DOST reviews it like any
 * record. A lock per unit and year keeps two first submissions from making two records. Only the years of
 * the plans the unit is in are open (annualReportYears): any other is refused on its field.
 */
export async function submitAnnualReport(input: AnnualReportInput, { scope, ip }: Ctx) {
  const { actor } = scope;
  if (!canRecord(actor, "submitAnnualReport")) throw new AppError("FORBIDDEN", "documents.errors.ownUnitOnly");
  const agencyId = actor.agencyId!;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`annual-report:${agencyId}:${input.year}`}))`;
    if (!(await annualReportYears(scope, tx)).includes(input.year)) {
      throw new AppError("VALIDATION", "errors.VALIDATION", { year: ["documents.report.errors.yearNotInPlan"] });
    }
    // The unit and its report's record are read through the scope: outside it, nothing is found.
    const unit = await tx.agency.findFirst({
      where: { AND: [{ id: agencyId }, { id: agencyIdFilter(scope) }] },
      select: { name: true },
    });
    if (!unit) throw new AppError("NOT_FOUND");
    const existing = await tx.qmsRecord.findFirst({
      where: visibleRecords(scope, {
        agencyId,
        category: "ANNUAL_REPORT",
        versions: { some: { annualReport: { year: input.year } } },
      }),
      select: { id: true, title: true, latestVersion: true },
    });
    const record =
      existing ??
      (await tx.qmsRecord.create({
        data: {
          agencyId,
          category: "ANNUAL_REPORT",
          title: vi.raw("documents.report.recordTitle", { year: input.year }),
          createdById: actor.id,
          latestVersion: 0,
        },
        select: { id: true, title: true, latestVersion: true },
      }));
    const number = record.latestVersion + 1;
    const { count } = await tx.qmsRecord.updateMany({
      where: { id: record.id, latestVersion: record.latestVersion },
      data: { latestVersion: number, status: "SUBMITTED" },
    });
    if (count === 0) throw new AppError("CONFLICT", "documents.errors.changed");
    const { year, ...form } = input;
    const version = await tx.recordVersion.create({
      data: {
        recordId: record.id,
        number,
        periodFrom: utc(year, 1, 1),
        periodTo: utc(year, 12, 31),
        uploadedById: actor.id,
        annualReport: { create: { agencyId, year, ...form } },
      },
      select: { id: true },
    });
    await tx.recordEvent.create({
      data: { recordId: record.id, versionId: version.id, action: "submitted", actorId: actor.id },
    });
    await writeAudit(tx, {
      type: "record.annual_report_submitted",
      actorId: actor.id,
      target: { type: "record", id: record.id },
      data: { year, version: number },
      ip,
    });
    await tellReviewers(tx, record, unit.name, number, actor.id);
    return { id: record.id, version: number };
  });
}
