import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { dashboardFilter } from "@/lib/dashboard/filter";
import { monthlyProgress, type MonthlyProgress } from "@/lib/dashboard/sections/months";
import { yearOverYear, type YearFigures } from "@/lib/dashboard/sections/years";
import { endOfVietnamDay, isoDay, vietnamInstant } from "@/lib/dates";
import { db } from "@/lib/db";
import type { InspectionKind, OverallResult, StandardVersion } from "@/lib/generated/prisma/enums";
import { novemberFigures } from "@/lib/year-reports";
import { createAgency } from "@/tests/factories/agencies";
import { insertInspection, type FindingRow, type ItemRow } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";

/*
 * The dashboard's month-by-month and year-over-year sections on a small world of two years, each figure held to a
 * count written here independently in plain SQL (and to the number the world was built to give): the as-of day
 * (an inspection signed off after it does not count; one signed off at 23:30 on it does), the region (a district and
 * its communes), who sees work in progress, a unit in two plans of a year, and a draft plan that never counts.
 */

/** Years of their own (other files use 2051 and 3000–3899): every plan at work of these years is this file's. */
const Y = 5000 + Math.floor(Math.random() * 800);
const Y2 = Y + 1;
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const pad = (n: number) => String(n).padStart(2, "0");
/** The instant a clock in Viet Nam shows hh:mm on d/m/y. */
const vn = (y: number, m: number, d: number, time = "09:00") => vietnamInstant(`${y}-${pad(m)}-${pad(d)}`, time)!;

let admin: Actor;
let committee: Actor;
let partner: Actor;
let officer: Actor;
const unit: Record<"D" | "C1" | "C2" | "C3" | "O" | "O2", string> = { D: "", C1: "", C2: "", C3: "", O: "", O2: "" };
let p1: string;
let p2: string;
let q: string;

async function inspect(options: {
  planId: string;
  agencyId: string;
  kind: InspectionKind;
  signedOff?: Date;
  started?: Date;
  status?: "NOT_STARTED" | "IN_PROGRESS";
  items?: ItemRow[];
  result?: OverallResult;
  standardVersion?: StandardVersion;
  findings?: FindingRow[];
}) {
  const status = options.signedOff ? "SIGNED_OFF" : (options.status ?? "IN_PROGRESS");
  const { inspection } = await insertInspection({
    planId: options.planId,
    agencyId: options.agencyId,
    kind: options.kind,
    status,
    standardVersion: options.standardVersion ?? "ISO_9001_2015",
    overallResult: options.result ?? null,
    items: options.items ?? [],
    findings: options.findings,
  });
  await db.inspection.update({
    where: { id: inspection.id },
    data: {
      signedOffAt: options.signedOff ?? null,
      startedAt: status === "NOT_STARTED" ? null : (options.started ?? options.signedOff ?? null),
    },
  });
}

beforeAll(async () => {
  const actor = (role: Parameters<typeof createActor>[0]) => createActor(role).then((a) => a.actor);
  [admin, committee, partner, officer] = await Promise.all([
    actor("DOST_ADMIN"),
    actor("COMMITTEE_VIEWER"),
    actor("PARTNER_INSPECTOR"),
    actor("AGENCY_OFFICER"),
  ]);
  unit.D = (await createAgency({ name: `Huyện thử ${Y}` })).id;
  const [c1, c2, c3, o, o2] = await Promise.all([
    createAgency({ parentId: unit.D }),
    createAgency({ parentId: unit.D }),
    // Reorganised away in the middle of the second year.
    createAgency({ parentId: unit.D, validTo: day(Y2, 6, 30) }),
    createAgency(),
    createAgency(),
  ]);
  Object.assign(unit, { C1: c1.id, C2: c2.id, C3: c3.id, O: o.id, O2: o2.id });

  p1 = (
    await insertPlan({
      createdById: admin.id,
      year: Y,
      status: "IN_PROGRESS",
      targets: [
        { agencyId: unit.D },
        { agencyId: unit.C1, onSite: "MANDATORY" },
        { agencyId: unit.C2, onSite: "MANDATORY" },
        { agencyId: unit.C3 },
        { agencyId: unit.O, onSite: "ENCOURAGED" },
      ],
      milestones: [
        { kind: "DOSSIER_DEADLINE", date: day(Y, 3, 15) },
        { kind: "ONSITE_START", date: day(Y, 5, 2) },
        { kind: "REPORT", date: day(Y, 12, 15) },
      ],
    })
  ).id;
  // A second plan of the year naming C1 again; the partner is on its team only.
  p2 = (
    await insertPlan({
      createdById: admin.id,
      year: Y,
      status: "APPROVED",
      targets: [{ agencyId: unit.C1 }, { agencyId: unit.O2 }],
      members: [{ userId: partner.id, role: "MEMBER" }],
      milestones: [
        { kind: "TEAM_SETUP", date: day(Y, 2, 1) },
        { kind: "DOSSIER_DEADLINE", date: day(Y, 3, 15) },
      ],
    })
  ).id;
  const draft = (await insertPlan({ createdById: admin.id, year: Y, targets: [{ agencyId: unit.D }] })).id;
  q = (
    await insertPlan({
      createdById: admin.id,
      year: Y2,
      status: "COMPLETED",
      targets: [{ agencyId: unit.D }, { agencyId: unit.C1, onSite: "MANDATORY" }, { agencyId: unit.O }],
    })
  ).id;

  await Promise.all([
    // D: 2 of 3 applicable, one minor nonconformity, on the 2008 checklist.
    inspect({
      planId: p1,
      agencyId: unit.D,
      kind: "DOSSIER",
      signedOff: vn(Y, 2, 10),
      standardVersion: "ISO_9001_2008",
      result: "CONFORMING_WITH_FINDINGS",
      items: [
        { code: "QD-01", result: "CONFORM" },
        { code: "QD-02", result: "CONFORM" },
        { code: "QD-03", result: "MINOR_NC" },
        { code: "QD-04", result: "NOT_APPLICABLE" },
      ],
      findings: [{ code: "QD-03", severity: "MINOR" }],
    }),
    // C1: signed off at 00:30 on 1 March in Viet Nam (still February in UTC): a March figure.
    inspect({
      planId: p1,
      agencyId: unit.C1,
      kind: "DOSSIER",
      signedOff: vn(Y, 3, 1, "00:30"),
      result: "CONFORMING",
      items: [
        { code: "QD-01", result: "CONFORM" },
        { code: "QD-02", result: "CONFORM" },
      ],
    }),
    // C1 on site: 2 of 4, the unit's result of the year over both of its dossier reviews.
    inspect({
      planId: p1,
      agencyId: unit.C1,
      kind: "ON_SITE",
      signedOff: vn(Y, 5, 20),
      result: "NOT_CONFORMING",
      items: [
        { code: "QD-01", result: "CONFORM" },
        { code: "QD-02", result: "MAJOR_NC" },
        { code: "QD-03", result: "MINOR_NC" },
        { code: "QD-04", result: "RECOMMENDATION" },
      ],
      findings: [
        { code: "QD-02", severity: "MAJOR" },
        { code: "QD-03", severity: "MINOR" },
        { code: "QD-04", severity: "RECOMMENDATION" },
      ],
    }),
    inspect({ planId: p1, agencyId: unit.C2, kind: "DOSSIER", started: vn(Y, 4, 1) }),
    // C2 on site: started and signed off in July, after the first as-of day (30/06).
    inspect({
      planId: p1,
      agencyId: unit.C2,
      kind: "ON_SITE",
      started: vn(Y, 7, 10),
      signedOff: vn(Y, 7, 15),
      result: "CONFORMING",
      items: [{ code: "QD-01", result: "RECOMMENDATION" }],
      findings: [{ code: "QD-01", severity: "RECOMMENDATION" }],
    }),
    // C3: signed off at 23:30 on the as-of day itself: it counts.
    inspect({
      planId: p1,
      agencyId: unit.C3,
      kind: "DOSSIER",
      signedOff: vn(Y, 6, 30, "23:30"),
      standardVersion: "ISO_9001_2008",
      result: "CONFORMING",
      items: [
        { code: "QD-01", result: "CONFORM" },
        { code: "QD-02", result: "NOT_APPLICABLE" },
      ],
    }),
    inspect({
      planId: p1,
      agencyId: unit.O,
      kind: "DOSSIER",
      signedOff: vn(Y, 1, 31, "23:30"),
      result: "CONFORMING_WITH_FINDINGS",
      items: [
        { code: "QD-01", result: "MINOR_NC" },
        { code: "QD-02", result: "CONFORM" },
      ],
      findings: [{ code: "QD-01", severity: "MINOR" }],
    }),
    inspect({ planId: p1, agencyId: unit.O, kind: "ON_SITE", status: "NOT_STARTED" }),
    inspect({
      planId: p2,
      agencyId: unit.C1,
      kind: "DOSSIER",
      signedOff: vn(Y, 4, 10),
      result: "CONFORMING_WITH_FINDINGS",
      items: [
        { code: "QD-01", result: "CONFORM" },
        { code: "QD-02", result: "MINOR_NC" },
      ],
    }),
    // Started in December of the year before: counted as started in January.
    inspect({ planId: p2, agencyId: unit.O2, kind: "DOSSIER", started: vn(Y - 1, 12, 20) }),
    // A draft's inspection never counts.
    inspect({
      planId: draft,
      agencyId: unit.D,
      kind: "DOSSIER",
      signedOff: vn(Y, 2, 10),
      result: "NOT_CONFORMING",
      items: [{ code: "QD-01", result: "MAJOR_NC" }],
      findings: [{ code: "QD-01", severity: "MAJOR" }],
    }),
    inspect({
      planId: q,
      agencyId: unit.D,
      kind: "DOSSIER",
      signedOff: vn(Y2, 3, 1),
      result: "CONFORMING",
      items: [{ code: "QD-01", result: "CONFORM" }],
    }),
    inspect({
      planId: q,
      agencyId: unit.C1,
      kind: "ON_SITE",
      signedOff: vn(Y2, 4, 1),
      result: "NOT_CONFORMING",
      items: [
        { code: "QD-01", result: "CONFORM" },
        { code: "QD-02", result: "MAJOR_NC" },
      ],
      findings: [{ code: "QD-02", severity: "MAJOR" }],
    }),
  ]);
});

const filterOf = async (who: Actor, year: number, asOf: Date, districtId?: string) =>
  (await dashboardFilter(scopeFor(who), { year, asOf, region: districtId ? { district: districtId } : null }))!;

/** A unit in the region, written as the district and the units whose parent it is. */
const regionSql = (districtId: string | undefined, column: string) =>
  districtId
    ? `AND ${column} IN (SELECT id FROM agency WHERE id = '${districtId}' OR "parentId" = '${districtId}')`
    : "";

/** Plain SQL: targets of the plans, by track. */
async function plannedBySql(planIds: string[], districtId?: string) {
  const [row] = await db.$queryRawUnsafe<{ dossier: bigint; onsite: bigint }[]>(
    `SELECT (SELECT count(*) FROM plan_target WHERE "planId" = ANY($1::uuid[]) AND "inDossier" ${regionSql(districtId, `"agencyId"`)}) AS dossier,
            (SELECT count(*) FROM plan_target WHERE "planId" = ANY($1::uuid[]) AND "onSite" ${regionSql(districtId, `"agencyId"`)}) AS onsite`,
    planIds,
  );
  return { dossier: Number(row!.dossier), onSite: Number(row!.onsite) };
}

/** Plain SQL: inspections of the plans signed off in a month of the year (province time) by the end of `asOf`. */
async function doneInMonthBySql(planIds: string[], asOf: Date, year: number, month: number, districtId?: string) {
  const rows = await db.$queryRawUnsafe<{ kind: InspectionKind; n: bigint }[]>(
    `SELECT kind, count(*) AS n FROM inspection
      WHERE "planId" = ANY($1::uuid[]) AND status = 'SIGNED_OFF' AND "signedOffAt" <= $2
        AND to_char("signedOffAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') = $3 ${regionSql(districtId, `"agencyId"`)}
      GROUP BY kind`,
    planIds,
    endOfVietnamDay(asOf),
    `${year}-${pad(month)}`,
  );
  const n = (kind: InspectionKind) => Number(rows.find((r) => r.kind === kind)?.n ?? 0);
  return { dossier: n("DOSSIER"), onSite: n("ON_SITE") };
}

/** Each month's figures held to the plain SQL counts, and the running totals to their sums. */
async function expectMonthsMatchSql(data: MonthlyProgress, planIds: string[], asOf: Date, districtId?: string) {
  expect({ dossier: data.dossierPlanned, onSite: data.onSitePlanned }).toEqual(await plannedBySql(planIds, districtId));
  let dossier = 0;
  let onSite = 0;
  for (const m of data.months) {
    const sql = await doneInMonthBySql(planIds, asOf, data.year, m.month, districtId);
    dossier += sql.dossier;
    onSite += sql.onSite;
    expect({ month: m.month, dossier: m.dossierDone, onSite: m.onSiteDone }).toEqual({ month: m.month, ...sql });
    expect([m.dossierCumulative, m.onSiteCumulative]).toEqual([dossier, onSite]);
  }
}

const done = (data: MonthlyProgress) => data.months.map((m) => [m.dossierDone, m.onSiteDone]);

describe("progress by month", () => {
  it("counts each month's sign-offs (in the province's time, up to the as-of month) against the year's plans", async () => {
    const asOf = day(Y, 6, 30);
    const filter = await filterOf(admin, Y, asOf);
    expect(filter.planIds.sort()).toEqual([p1, p2].sort());
    const data = await monthlyProgress(filter);
    expect(data.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6]);
    expect([data.dossierPlanned, data.onSitePlanned]).toEqual([7, 3]);
    // O on 31/01 at 23:30, D on 10/02, C1 at 00:30 on 01/03, C1 again (second plan) in April, C1 on site in May,
    // C3 at 23:30 on the as-of day; C2's on-site inspection of July is after the as-of day.
    expect(done(data)).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
      [1, 0],
      [0, 1],
      [1, 0],
    ]);
    expect(data.months.at(-1)).toMatchObject({ dossierCumulative: 5, onSiteCumulative: 1 });
    await expectMonthsMatchSql(data, filter.planIds, asOf);
  });

  it("takes a later as-of day: every month of the year, July's on-site inspection and December's milestone", async () => {
    const asOf = day(Y, 12, 31);
    const filter = await filterOf(admin, Y, asOf);
    const data = await monthlyProgress(filter);
    expect(data.months).toHaveLength(12);
    expect(data.months[6]).toMatchObject({ onSiteDone: 1, onSiteCumulative: 2 });
    expect(data.months[11]!.milestones.map((m) => m.kind)).toEqual(["REPORT"]);
    await expectMonthsMatchSql(data, filter.planIds, asOf);
  });

  it("shows the plans' milestones in their months, saying when only some of the plans have one", async () => {
    const data = await monthlyProgress(await filterOf(admin, Y, day(Y, 6, 30)));
    const [count] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(DISTINCT (kind, date)) AS n FROM plan_milestone
       WHERE "planId" IN (${p1}::uuid, ${p2}::uuid) AND date <= ${isoDay(day(Y, 6, 30))}::date`;
    expect(data.months.flatMap((m) => m.milestones)).toHaveLength(Number(count!.n));
    expect(data.planCount).toBe(2);
    expect(data.months[1]!.milestones).toEqual([{ kind: "TEAM_SETUP", date: day(Y, 2, 1), plans: 1 }]);
    expect(data.months[2]!.milestones).toEqual([{ kind: "DOSSIER_DEADLINE", date: day(Y, 3, 15), plans: 2 }]);
    expect(data.months[4]!.milestones).toEqual([{ kind: "ONSITE_START", date: day(Y, 5, 2), plans: 1 }]);
  });

  it("counts the district and its communes only when a district is chosen", async () => {
    const asOf = day(Y, 6, 30);
    const filter = await filterOf(admin, Y, asOf, unit.D);
    const data = await monthlyProgress(filter);
    expect([data.dossierPlanned, data.onSitePlanned]).toEqual([5, 2]);
    // O's January review is outside the district.
    expect(done(data)).toEqual([
      [0, 0],
      [1, 0],
      [1, 0],
      [1, 0],
      [0, 1],
      [1, 0],
    ]);
    await expectMonthsMatchSql(data, filter.planIds, asOf, unit.D);
  });

  it("shows DOST staff the inspections started each month, whatever their state now; the committee not", async () => {
    const asOf = day(Y, 6, 30);
    const staff = await monthlyProgress(await filterOf(admin, Y, asOf));
    // O2 started in December of the year before (January), C2 in April; the rest started when signed off.
    expect(staff.months.map((m) => m.started)).toEqual([
      { dossier: 2, onSite: 0 },
      { dossier: 1, onSite: 0 },
      { dossier: 1, onSite: 0 },
      { dossier: 2, onSite: 0 },
      { dossier: 0, onSite: 1 },
      { dossier: 1, onSite: 0 },
    ]);
    const [row] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM inspection
       WHERE "planId" IN (${p1}::uuid, ${p2}::uuid) AND "startedAt" IS NOT NULL AND "startedAt" <= ${endOfVietnamDay(asOf)}`;
    expect(staff.months.reduce((s, m) => s + m.started!.dossier + m.started!.onSite, 0)).toBe(Number(row!.n));

    const filter = await filterOf(committee, Y, asOf);
    expect(filter.workInProgress).toBe(false);
    const signedOnly = await monthlyProgress(filter);
    expect(signedOnly.months.every((m) => m.started === null)).toBe(true);
    expect(done(signedOnly)).toEqual(done(staff));
  });

  it("gives a partner the plans of their team only", async () => {
    const asOf = day(Y, 6, 30);
    const filter = await filterOf(partner, Y, asOf);
    expect(filter.planIds).toEqual([p2]);
    const data = await monthlyProgress(filter);
    expect([data.dossierPlanned, data.onSitePlanned]).toEqual([2, 0]);
    expect(done(data)).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [1, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(data.months[0]!.started).toEqual({ dossier: 1, onSite: 0 });
    await expectMonthsMatchSql(data, filter.planIds, asOf);
  });

  it("has no months before its year has begun, and stops at the as-of month of the second year", async () => {
    expect((await monthlyProgress(await filterOf(admin, Y2, day(Y, 12, 31)))).months).toEqual([]);
    const asOf = day(Y2, 3, 15);
    const filter = await filterOf(admin, Y2, asOf);
    const data = await monthlyProgress(filter);
    expect(done(data)).toEqual([
      [0, 0],
      [0, 0],
      [1, 0],
    ]);
    await expectMonthsMatchSql(data, filter.planIds, asOf);
  });
});

type InspectionFact = {
  year: number;
  agencyId: string;
  kind: InspectionKind;
  overallResult: OverallResult | null;
  standardVersion: StandardVersion;
  conforming: bigint;
  applicable: bigint;
};

/**
 * The year figures recomputed from plain rows: units from the targets, results and conformity from each signed-off
 * inspection's items counted here (not its stored tally), a unit's result being its on-site inspection's if any.
 */
async function yearBySql(year: number, visiblePlanIds: string[], asOf: Date, districtId?: string) {
  const region = regionSql(districtId, `t."agencyId"`);
  const [scope] = await db.$queryRawUnsafe<{ units: bigint; onsite: bigint; gone: bigint }[]>(
    `SELECT count(DISTINCT t."agencyId") AS units,
            count(DISTINCT t."agencyId") FILTER (WHERE t."onSite") AS onsite,
            count(DISTINCT t."agencyId") FILTER (WHERE a."validTo" < $3::date) AS gone
       FROM plan_target t JOIN inspection_plan p ON p.id = t."planId" JOIN agency a ON a.id = t."agencyId"
      WHERE p.year = $1 AND p.id = ANY($2::uuid[]) AND p.status IN ('APPROVED', 'IN_PROGRESS', 'COMPLETED')
        AND t."inDossier" ${region}`,
    year,
    visiblePlanIds,
    isoDay(asOf),
  );
  const facts = await db.$queryRawUnsafe<InspectionFact[]>(
    `SELECT p.year, i."agencyId", i.kind, i."overallResult", i."standardVersion",
            (SELECT count(*) FROM inspection_item it WHERE it."inspectionId" = i.id AND it.result IN ('CONFORM', 'RECOMMENDATION')) AS conforming,
            (SELECT count(*) FROM inspection_item it WHERE it."inspectionId" = i.id AND it.result IS DISTINCT FROM 'NOT_APPLICABLE') AS applicable
       FROM inspection i JOIN inspection_plan p ON p.id = i."planId" JOIN plan_target t ON t.id = i."targetId"
      WHERE p.year = $1 AND p.id = ANY($2::uuid[]) AND p.status IN ('APPROVED', 'IN_PROGRESS', 'COMPLETED')
        AND i.status = 'SIGNED_OFF' AND i."signedOffAt" <= $3 ${region}`,
    year,
    visiblePlanIds,
    endOfVietnamDay(asOf),
  );
  const findings = await db.$queryRawUnsafe<{ severity: string; n: bigint }[]>(
    `SELECT f.severity, count(*) AS n
       FROM finding f JOIN inspection i ON i.id = f."inspectionId" JOIN inspection_plan p ON p.id = i."planId"
       JOIN plan_target t ON t.id = i."targetId"
      WHERE p.year = $1 AND p.id = ANY($2::uuid[]) AND p.status IN ('APPROVED', 'IN_PROGRESS', 'COMPLETED')
        AND i.status = 'SIGNED_OFF' AND i."signedOffAt" <= $3 ${region}
      GROUP BY f.severity`,
    year,
    visiblePlanIds,
    endOfVietnamDay(asOf),
  );
  const byUnit = new Map<string, InspectionFact[]>();
  for (const f of facts) byUnit.set(f.agencyId, [...(byUnit.get(f.agencyId) ?? []), f]);
  const results = { conforming: 0, withFindings: 0, notConforming: 0 };
  const scores: number[] = [];
  for (const list of byUnit.values()) {
    const onSite = list.filter((f) => f.kind === "ON_SITE");
    const chosen = (onSite.length ? onSite : list)[0]!;
    if (chosen.overallResult === "CONFORMING") results.conforming += 1;
    if (chosen.overallResult === "CONFORMING_WITH_FINDINGS") results.withFindings += 1;
    if (chosen.overallResult === "NOT_CONFORMING") results.notConforming += 1;
    if (Number(chosen.applicable) > 0) scores.push(Number(chosen.conforming) / Number(chosen.applicable));
  }
  const severity = (s: string) => Number(findings.find((f) => f.severity === s)?.n ?? 0);
  const version = (v: StandardVersion) => facts.filter((f) => f.standardVersion === v).length;
  const units = Number(scope!.units);
  return {
    year,
    units,
    dossierDone: new Set(facts.filter((f) => f.kind === "DOSSIER").map((f) => f.agencyId)).size,
    onSitePlanned: Number(scope!.onsite),
    onSiteDone: new Set(facts.filter((f) => f.kind === "ON_SITE").map((f) => f.agencyId)).size,
    conformity: scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : null,
    conformityUnits: scores.length,
    results,
    findings: {
      major: severity("MAJOR"),
      minor: severity("MINOR"),
      recommendations: severity("RECOMMENDATION"),
    },
    standards: { iso2008: version("ISO_9001_2008"), iso2015: version("ISO_9001_2015"), none: version("NONE") },
    unitsInForce: units - Number(scope!.gone),
    unitsMergedAway: Number(scope!.gone),
  } satisfies YearFigures;
}

const rowOf = (years: YearFigures[], year: number) => {
  const row = years.find((y) => y.year === year)!;
  return { ...row, conformity: row.conformity === null ? null : Number(row.conformity.toFixed(10)) };
};
const rounded = (figures: YearFigures) => ({
  ...figures,
  conformity: figures.conformity === null ? null : Number(figures.conformity.toFixed(10)),
});

describe("year over year", () => {
  const allPlans = () => [p1, p2, q];

  it("gives each year's scope, progress, results, findings and ISO versions, as of a day after both years", async () => {
    const asOf = day(Y2, 12, 31);
    const data = (await yearOverYear(scopeFor(admin), { asOf }))!;
    expect(data.years.map((y) => y.year)).toEqual(expect.arrayContaining([Y, Y2]));
    const years = data.years.map((y) => y.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const first = rowOf(data.years, Y);
    // C1 (in both plans of the year) counts once; the draft's unit and inspection do not count at all.
    expect(first).toMatchObject({
      units: 6,
      dossierDone: 4,
      onSitePlanned: 3,
      onSiteDone: 2,
      conformityUnits: 5,
      results: { conforming: 2, withFindings: 2, notConforming: 1 },
      findings: { major: 1, minor: 3, recommendations: 2 },
      standards: { iso2008: 2, iso2015: 5, none: 0 },
      unitsInForce: 5,
      unitsMergedAway: 1,
    });
    // D 2/3, C1 on site 2/4, C2 1/1, C3 1/1, O 1/2.
    expect(first.conformity).toBeCloseTo((2 / 3 + 0.5 + 1 + 1 + 0.5) / 5, 10);
    expect(first).toEqual(rounded(await yearBySql(Y, allPlans(), asOf)));
    expect(rowOf(data.years, Y2)).toMatchObject({
      units: 3,
      dossierDone: 1,
      onSitePlanned: 1,
      onSiteDone: 1,
      conformity: 0.75,
      results: { conforming: 1, withFindings: 0, notConforming: 1 },
      findings: { major: 1, minor: 0, recommendations: 0 },
      standards: { iso2008: 0, iso2015: 2, none: 0 },
      unitsMergedAway: 0,
    });
    expect(rowOf(data.years, Y2)).toEqual(rounded(await yearBySql(Y2, allPlans(), asOf)));
  });

  it("counts by the as-of day and in the district: a later sign-off and a later reorganisation do not count", async () => {
    const asOf = day(Y, 6, 30);
    const data = (await yearOverYear(scopeFor(admin), { asOf, region: { district: unit.D } }))!;
    const first = rowOf(data.years, Y);
    expect(first).toMatchObject({
      units: 4,
      dossierDone: 3,
      onSitePlanned: 2,
      onSiteDone: 1,
      results: { conforming: 1, withFindings: 1, notConforming: 1 },
      findings: { major: 1, minor: 2, recommendations: 1 },
      standards: { iso2008: 2, iso2015: 3, none: 0 },
      unitsMergedAway: 0,
    });
    expect(first).toEqual(rounded(await yearBySql(Y, allPlans(), asOf, unit.D)));
    // The second year's plan is at work, nothing of it is done yet.
    expect(rowOf(data.years, Y2)).toMatchObject({ units: 2, dossierDone: 0, conformity: null, conformityUnits: 0 });
    expect(rowOf(data.years, Y2)).toEqual(rounded(await yearBySql(Y2, allPlans(), asOf, unit.D)));
  });

  it("gives a partner the years and plans of their team only, the committee the same figures as staff", async () => {
    const asOf = day(Y2, 12, 31);
    const mine = (await yearOverYear(scopeFor(partner), { asOf }))!;
    expect(mine.years.map((y) => y.year)).toEqual([Y]);
    expect(mine.years[0]).toMatchObject({ units: 2, dossierDone: 1, onSitePlanned: 0, conformity: 0.5 });
    expect(rounded(mine.years[0]!)).toEqual(rounded(await yearBySql(Y, [p2], asOf)));

    const committees = (await yearOverYear(scopeFor(committee), { asOf }))!;
    const staff = (await yearOverYear(scopeFor(admin), { asOf }))!;
    expect(rowOf(committees.years, Y)).toEqual(rowOf(staff.years, Y));
  });

  it("agrees with the year's November figures, which score each inspection from its items", async () => {
    const asOf = day(Y2, 12, 31);
    const row = rowOf((await yearOverYear(scopeFor(admin), { asOf }))!.years, Y);
    const november = await novemberFigures(scopeFor(admin), { year: Y, asOf });
    const sum = (key: "dossierPlanned" | "dossierDone" | "onSitePlanned" | "onSiteDone") =>
      november.coverage.reduce((s, r) => s + r[key], 0);
    expect([row.units, row.dossierDone, row.onSitePlanned, row.onSiteDone]).toEqual([
      sum("dossierPlanned"),
      sum("dossierDone"),
      sum("onSitePlanned"),
      sum("onSiteDone"),
    ]);
    const results = (key: "conforming" | "withFindings" | "notConforming") =>
      november.resultsByKind.reduce((s, r) => s + r[key], 0);
    expect(row.results).toEqual({
      conforming: results("conforming"),
      withFindings: results("withFindings"),
      notConforming: results("notConforming"),
    });
    const scores = november.units.flatMap((u) => (u.conformity === null ? [] : [u.conformity]));
    expect(row.conformity).toBeCloseTo(scores.reduce((s, x) => s + x, 0) / scores.length, 10);
  });

  it("is not the officer's: they have their own unit's dashboard", async () => {
    expect(await yearOverYear(scopeFor(officer), { asOf: day(Y2, 12, 31) })).toBeNull();
  });
});
