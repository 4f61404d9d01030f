import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { planCompleteness } from "@/lib/documents/completeness/data";
import { requestMissing } from "@/lib/documents/requests/mutations";
import { submitAnnualReport } from "@/lib/reports/mutations";
import { annualReportSchema } from "@/lib/reports/schema";
import type { InspectionPlan } from "@/lib/generated/prisma/client";
import { insertPlan } from "@/tests/factories/plans";
import { createRecordFor, markLatest } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";
import { renderedEmailsTo, renderedNotifications } from "@/tests/support/messages";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-complete-"));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

let officer: Actor;
let officerC: Actor;
let unitB: string;
let inspector: Actor;
let plan: InspectionPlan;
let procedureList: string;

/** An open finding of the plan against a unit (an inspection of its target with one nonconforming item). */
async function openFinding(planId: string, agencyId: string) {
  const target = await db.planTarget.findUniqueOrThrow({ where: { planId_agencyId: { planId, agencyId } } });
  const item = await db.checklistItem.findFirstOrThrow();
  const inspection = await db.inspection.create({
    data: {
      planId,
      targetId: target.id,
      agencyId,
      kind: "ON_SITE",
      standardVersion: "ISO_9001_2015",
      status: "SIGNED_OFF",
    },
  });
  const row = await db.inspectionItem.create({
    data: { inspectionId: inspection.id, checklistItemId: item.id, position: 1, result: "MINOR_NC" },
  });
  await db.finding.create({
    data: { inspectionId: inspection.id, itemId: row.id, agencyId, number: 1, clause: "9.2", severity: "MINOR" },
  });
}

beforeAll(async () => {
  officer = (await createActor("AGENCY_OFFICER")).actor;
  officerC = (await createActor("AGENCY_OFFICER")).actor;
  inspector = (await createActor("DOST_INSPECTOR")).actor;
  unitB = (await createActor("AGENCY_OFFICER")).user.agencyId!;
  plan = await insertPlan({
    createdById: inspector.id,
    year: 2021,
    status: "APPROVED",
    targets: [{ agencyId: officer.agencyId! }, { agencyId: unitB }, { agencyId: officerC.agencyId! }],
  });
  const previous = await insertPlan({
    createdById: inspector.id,
    year: 2020,
    status: "APPROVED",
    targets: [{ agencyId: officer.agencyId! }],
  });
  await openFinding(plan.id, officerC.agencyId!);

  const announcement = await createRecordFor(officer, {
    category: "ANNOUNCEMENT_DECISION",
    planId: plan.id,
    periodFrom: "",
    periodTo: "",
    effectiveDate: "12/03/2018",
  });
  const policy = await createRecordFor(officer, {
    category: "QUALITY_POLICY",
    periodFrom: "",
    periodTo: "",
    effectiveDate: "05/01/2021",
  });
  procedureList = (await createRecordFor(officer, { category: "PROCEDURE_LIST", planId: plan.id })).id;
  const audit = await createRecordFor(officer, { category: "INTERNAL_AUDIT_REPORT" });
  const lastYear = await createRecordFor(officer, { category: "MANAGEMENT_REVIEW", planId: previous.id });
  const other = await createRecordFor(officer, { category: "OTHER" });
  await Promise.all([
    markLatest(announcement.id, "ACCEPTED"),
    markLatest(policy.id, "ACCEPTED"),
    markLatest(audit.id, "REVISION_REQUESTED"),
    markLatest(lastYear.id, "ACCEPTED"),
    markLatest(other.id, "ACCEPTED"),
  ]);
});

const unitOf = async (agencyId: string) =>
  (await planCompleteness(scopeFor(inspector), plan)).find((u) => u.agency.id === agencyId)!;

describe("planCompleteness", () => {
  it("counts, per unit of the dossier scope, the required categories present and accepted, and lists the missing", async () => {
    const units = await planCompleteness(scopeFor(inspector), plan);
    expect(units.map((u) => u.agency.id).sort()).toEqual([officer.agencyId, unitB, officerC.agencyId].sort());
    const a = units.find((u) => u.agency.id === officer.agencyId)!;
    expect(a).toMatchObject({
      present: ["ANNOUNCEMENT_DECISION", "QUALITY_POLICY", "PROCEDURE_LIST", "INTERNAL_AUDIT_REPORT"],
      accepted: ["ANNOUNCEMENT_DECISION", "QUALITY_POLICY"],
      missing: ["MANAGEMENT_REVIEW", "ANNUAL_REPORT"],
      percent: 33,
      openFindings: 0,
    });
    expect(units.find((u) => u.agency.id === unitB)).toMatchObject({ percent: 0, required: expect.any(Array) });
    const c = units.find((u) => u.agency.id === officerC.agencyId)!;
    expect(c).toMatchObject({ openFindings: 1, percent: 0 });
    expect(c.missing).toContain("CORRECTIVE_ACTION");
  });

  it("rises as records are accepted, and counts the annual report submitted as a form for that year", async () => {
    await markLatest(procedureList, "ACCEPTED");
    expect((await unitOf(officer.agencyId!)).percent).toBe(50);
    const report = annualReportSchema.parse({
      year: "2021",
      scopeDescription: "Toàn bộ TTHC",
      procedureCount: "120",
      internalAuditDate: "15/10/2021",
      managementReviewDate: "",
    });
    const first = await submitAnnualReport(report, { scope: scopeFor(officer), ip: null });
    expect((await unitOf(officer.agencyId!)).present).toContain("ANNUAL_REPORT");
    const second = await submitAnnualReport({ ...report, procedureCount: 125 }, { scope: scopeFor(officer), ip: null });
    expect(second).toEqual({ id: first.id, version: 2 });
    const rows = await db.annualReport.findMany({
      where: { agencyId: officer.agencyId!, year: 2021 },
      orderBy: { procedureCount: "asc" },
    });
    expect(rows.map((r) => r.procedureCount)).toEqual([120, 125]);
    await markLatest(first.id, "ACCEPTED");
    expect((await unitOf(officer.agencyId!)).percent).toBe(66);
  });

  it("shows an officer their own unit only", async () => {
    const units = await planCompleteness(scopeFor(officer), plan);
    expect(units.map((u) => u.agency.id)).toEqual([officer.agencyId]);
  });
});

describe("requestMissing", () => {
  it("asks one unit for its missing categories: a request row, an audit row, a notification and an e-mail to its officers", async () => {
    const missing = (await unitOf(officer.agencyId!)).missing;
    expect(
      await requestMissing(
        { planId: plan.id, agencyId: officer.agencyId, comment: "Hạn chót 30/6/2021" },
        { scope: scopeFor(inspector), ip: null },
      ),
    ).toEqual({ units: 1 });
    const [request] = await db.recordRequest.findMany({ where: { agencyId: officer.agencyId!, planId: plan.id } });
    expect(request).toMatchObject({ categories: missing, comment: "Hạn chót 30/6/2021", requestedById: inspector.id });
    expect(
      (await auditRowsFor({ type: "agency", id: officer.agencyId! }, "record.missing_requested")).at(-1)?.data,
    ).toEqual({ planId: plan.id, categories: missing, comment: "Hạn chót 30/6/2021" });
    const [note] = await renderedNotifications({ userId: officer.id, type: "record.requested" });
    expect(note!.body).toContain("Biên bản xem xét của lãnh đạo");
    expect((await renderedNotifications({ userId: officer.id, type: "record.requested" }, "en"))[0]!.body).toContain(
      "Management review minutes",
    );
    expect((await renderedEmailsTo(officer.email)).filter((m) => m.subject.includes(plan.number))).toHaveLength(1);
  });

  it("asks every unit with something missing at once, and refuses when no unit misses anything", async () => {
    const before = await db.recordRequest.count({ where: { planId: plan.id } });
    expect(
      await requestMissing({ planId: plan.id, agencyId: null, comment: "" }, { scope: scopeFor(inspector), ip: null }),
    ).toEqual({ units: 3 });
    expect(await db.recordRequest.count({ where: { planId: plan.id } })).toBe(before + 3);
    expect(await db.notification.count({ where: { userId: officerC.id, type: "record.requested" } })).toBe(1);

    const full = await createActor("AGENCY_OFFICER");
    const fullPlan = await insertPlan({
      createdById: inspector.id,
      year: 2021,
      status: "APPROVED",
      targets: [{ agencyId: full.actor.agencyId! }],
    });
    for (const category of [
      "ANNOUNCEMENT_DECISION",
      "QUALITY_POLICY",
      "PROCEDURE_LIST",
      "INTERNAL_AUDIT_REPORT",
      "MANAGEMENT_REVIEW",
    ])
      await createRecordFor(full.actor, { category, planId: fullPlan.id });
    await submitAnnualReport(
      annualReportSchema.parse({ year: "2021", scopeDescription: "Toàn bộ TTHC", procedureCount: "80" }),
      { scope: scopeFor(full.actor), ip: null },
    );
    expect(
      await appError(
        requestMissing({ planId: fullPlan.id, agencyId: null, comment: "" }, { scope: scopeFor(inspector), ip: null }),
      ),
    ).toMatchObject({ code: "CONFLICT", messageKey: "documents.errors.nothingMissing" });
    expect(await db.recordRequest.count({ where: { planId: fullPlan.id } })).toBe(0);
  });

  it("is DOST's: an officer is refused; a unit outside the plan is not found", async () => {
    expect(
      (
        await appError(
          requestMissing(
            { planId: plan.id, agencyId: officer.agencyId, comment: "" },
            { scope: scopeFor(officer), ip: null },
          ),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const outside = (await createActor("AGENCY_OFFICER")).user.agencyId!;
    expect(
      (
        await appError(
          requestMissing({ planId: plan.id, agencyId: outside, comment: "" }, { scope: scopeFor(inspector), ip: null }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });
});
