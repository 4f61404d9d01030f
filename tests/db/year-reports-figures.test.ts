import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { figuresOf, getYearReport } from "@/lib/year-reports/data";
import type { NovemberFigures } from "@/lib/year-reports/figures/types";
import { createYearReport, refreshYearReportFigures, transitionYearReport } from "@/lib/year-reports/mutations";
import { createAgency } from "@/tests/factories/agencies";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
/** Years of their own: a report is one per kind and year, and its figures count the whole year. */
let nextYear = 4000 + Math.floor(Math.random() * 900);
const uniqueYear = () => nextYear++;
const ctx = (actor: Actor) => ({ scope: scopeFor(actor), ip: "198.51.100.41" });

let admin: Actor;
let inspector: Actor;
let committee: Actor;
let officer: Actor;

beforeAll(async () => {
  const actor = (role: Parameters<typeof createActor>[0]) => createActor(role).then((a) => a.actor);
  [admin, inspector, committee, officer] = await Promise.all([
    actor("DOST_ADMIN"),
    actor("DOST_INSPECTOR"),
    actor("COMMITTEE_VIEWER"),
    actor("AGENCY_OFFICER"),
  ]);
});

/** A year with one plan inspecting one unit, and its November draft. */
async function draftWithOneUnit() {
  const year = uniqueYear();
  const plan = await insertPlan({ createdById: admin.id, year, status: "APPROVED" });
  await insertInspection({
    planId: plan.id,
    agencyId: (await createAgency()).id,
    kind: "DOSSIER",
    items: [{ code: "QD-01", result: "CONFORM" }],
  });
  const { id } = await createYearReport(
    { kind: "NOVEMBER_CONSOLIDATION", year, asOf: utc(year, 11, 15) },
    ctx(inspector),
  );
  return { id, plan };
}

/** The figures as the page, DOCX, PDF and XLSX read them (figuresOf on the report in the reader's scope). */
async function viewed(actor: Actor, id: string) {
  const report = (await getYearReport(scopeFor(actor), id))!;
  return { report, figures: (await figuresOf(scopeFor(actor), report)) as NovemberFigures };
}

describe("a draft report's figures", () => {
  it("are computed when the draft is created and stored with the time", async () => {
    const started = new Date();
    const { id } = await draftWithOneUnit();
    const row = await db.yearReport.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DRAFT", frozenAt: null });
    expect(row.figuresComputedAt!.getTime()).toBeGreaterThanOrEqual(started.getTime() - 1000);
    expect((row.figures as NovemberFigures).completeness.units).toBe(1);
  });

  it("stay as computed while the data changes; a refresh stores the new ones, with its history and audit rows", async () => {
    const { id, plan } = await draftWithOneUnit();
    const before = await db.yearReport.findUniqueOrThrow({ where: { id } });
    await insertInspection({
      planId: plan.id,
      agencyId: (await createAgency()).id,
      kind: "DOSSIER",
      items: [{ code: "QD-01", result: "CONFORM" }],
    });

    // Every view reads the stored figures: the new unit is not counted yet.
    const stale = await viewed(inspector, id);
    expect(stale.figures.completeness.units).toBe(1);
    expect(stale.report.figuresComputedAt).toEqual(before.figuresComputedAt);

    const refreshed = await refreshYearReportFigures({ id }, ctx(inspector));
    const fresh = await viewed(admin, id);
    expect(fresh.figures.completeness.units).toBe(2);
    expect(fresh.report.figuresComputedAt).toEqual(refreshed.computedAt);
    expect(fresh.report.figuresComputedAt!.getTime()).toBeGreaterThan(before.figuresComputedAt!.getTime());
    expect(fresh.report).toMatchObject({ status: "DRAFT", frozenAt: null, lockVersion: before.lockVersion });
    expect(fresh.report.events.map((e) => e.action)).toEqual(["create", "refreshFigures"]);
    const audit = await auditRowsFor({ type: "yearReport", id }, "yearReport.figures_refreshed");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: inspector.id, ip: "198.51.100.41" });
    expect(audit[0]!.data).toMatchObject({ computedAt: refreshed.computedAt.toISOString() });
  });

  it("are computed again and frozen at submission; a submitted report's figures cannot be refreshed", async () => {
    const { id, plan } = await draftWithOneUnit();
    await insertInspection({
      planId: plan.id,
      agencyId: (await createAgency()).id,
      kind: "DOSSIER",
      items: [{ code: "QD-01", result: "CONFORM" }],
    });
    await transitionYearReport({ action: "submit", id }, ctx(inspector));
    const submitted = await db.yearReport.findUniqueOrThrow({ where: { id } });
    expect(submitted.frozenAt).toBeInstanceOf(Date);
    expect((submitted.figures as NovemberFigures).completeness.units).toBe(2);

    await insertInspection({
      planId: plan.id,
      agencyId: (await createAgency()).id,
      kind: "DOSSIER",
      items: [{ code: "QD-01", result: "CONFORM" }],
    });
    expect(await appError(refreshYearReportFigures({ id }, ctx(inspector)))).toMatchObject({
      code: "CONFLICT",
      messageKey: "yearReports.errors.notDraft",
    });
    expect(await db.yearReport.findUniqueOrThrow({ where: { id } })).toEqual(submitted);
    expect((await viewed(admin, id)).figures.completeness.units).toBe(2);
    expect(await auditRowsFor({ type: "yearReport", id }, "yearReport.figures_refreshed")).toHaveLength(0);
  });

  it("are refreshed by DOST staff only: the Committee and an officer do not see a draft (404)", async () => {
    const { id } = await draftWithOneUnit();
    const before = await db.yearReport.findUniqueOrThrow({ where: { id } });
    expect((await appError(refreshYearReportFigures({ id }, ctx(committee)))).code).toBe("NOT_FOUND");
    expect((await appError(refreshYearReportFigures({ id }, ctx(officer)))).code).toBe("NOT_FOUND");
    expect(await db.yearReport.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });
});

describe("the same step taken twice at once (a double click)", () => {
  it("stores one transition and one history row; the other is told the step is already done", async () => {
    const { id } = await draftWithOneUnit();
    const results = await Promise.allSettled([
      transitionYearReport({ action: "submit", id }, ctx(inspector)),
      transitionYearReport({ action: "submit", id }, ctx(inspector)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(lost.reason).toMatchObject({ code: "CONFLICT", messageKey: "yearReports.errors.alreadyDone" });
    const events = await db.yearReportEvent.findMany({ where: { reportId: id, action: "submit" } });
    expect(events).toHaveLength(1);
    expect(await auditRowsFor({ type: "yearReport", id }, "yearReport.transition")).toHaveLength(1);
    // Later, the same step again is also "already done".
    expect(await appError(transitionYearReport({ action: "submit", id }, ctx(inspector)))).toMatchObject({
      messageKey: "yearReports.errors.alreadyDone",
    });
  });
});
