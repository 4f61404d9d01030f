import "server-only";
import { agencyIdFilter, type Scope } from "@/lib/auth/actor";
import { endOfVietnamDay, isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { unitCompleteness } from "@/lib/documents";
import { recordVisibility } from "@/lib/documents/policy";
import { awaitingUnit, unresolved } from "@/lib/findings/schema";
import { inspectionVisibility, findingVisibility } from "@/lib/inspections/policy";
import { plansAtWork } from "@/lib/year-reports";
import { clauseScores } from "./clauses";
import { readPredecessors } from "./lineage-data";
import { lineageIds } from "./lineage";
import { unitPlanVisibility, unitVisibility } from "./policy";
import { isOverdue, scoreOf, yearScores } from "./shape";

const unitSelect = {
  id: true,
  code: true,
  name: true,
  validFrom: true,
  validTo: true,
  standardVersion: true,
  announcementNumber: true,
  announcementDate: true,
  kind: { select: { code: true, nameVi: true, nameEn: true, level: true } },
  parent: { select: { id: true, name: true, kind: { select: { level: true } } } },
  successors: {
    select: { effectiveDate: true, kind: true, successor: { select: { id: true, name: true } } },
    orderBy: { successor: { sortKey: "asc" } },
  },
} as const;

/**
 * One unit's dashboard as of the end of the province's day `asOf`, or null when the reader may not see the unit
 * (lib/dashboard/unit/policy.ts). Its figures take in its predecessors (lineage), so a trend does not break at a
 * reorganisation. Scores count inspections signed off by then; the inspections, open findings and records are read
 * as they are now, as the reader may see them. `inspectionId`: the inspection whose clause groups are shown (the
 * latest signed-off one when absent); `undefined` clause scores when that id is not one of the unit's the reader sees.
 */
export async function unitDashboard(
  scope: Scope,
  { agencyId, asOf, inspectionId }: { agencyId: string; asOf: Date; inspectionId?: string },
) {
  const { actor } = scope;
  const unit = await db.agency.findFirst({
    where: { AND: [{ id: agencyId }, { id: agencyIdFilter(scope) }, unitVisibility(actor)] },
    select: unitSelect,
  });
  if (!unit) return null;
  const end = endOfVietnamDay(asOf);
  const predecessors = await readPredecessors(unit.id);
  const line = lineageIds(unit.id, predecessors);

  const [names, plans] = await Promise.all([
    db.agency.findMany({
      where: { id: { in: line } },
      select: { id: true, name: true, code: true, validTo: true },
    }),
    db.inspectionPlan.findMany({
      where: {
        AND: [
          unitPlanVisibility(actor),
          { status: { in: [...plansAtWork] } },
          { targets: { some: { agencyId: { in: line }, inDossier: true } } },
        ],
      },
      orderBy: [{ year: "asc" }, { issuedOn: "asc" }],
      select: {
        id: true,
        year: true,
        number: true,
        targets: { where: { agencyId: { in: line }, inDossier: true }, select: { agencyId: true, onSite: true } },
      },
    }),
  ]);
  const planIds = plans.map((p) => p.id);
  const ofLine = { agencyId: { in: line }, planId: { in: planIds } };

  const [facts, listed, ncs, findings, reports] = await Promise.all([
    // The year scores: every signed-off result of the line (the committee's and the officer's rule alike).
    db.inspection.findMany({
      where: { ...ofLine, status: "SIGNED_OFF" },
      select: {
        id: true,
        planId: true,
        agencyId: true,
        kind: true,
        status: true,
        signedOffAt: true,
        itemsConforming: true,
        itemsApplicable: true,
        overallResult: true,
      },
    }),
    // The inspections list: those the reader may open.
    db.inspection.findMany({
      where: { AND: [ofLine, inspectionVisibility(actor)] },
      orderBy: [{ plan: { year: "desc" } }, { kind: "asc" }],
      select: {
        id: true,
        agencyId: true,
        kind: true,
        status: true,
        recordDate: true,
        signedOffAt: true,
        itemsConforming: true,
        itemsApplicable: true,
        overallResult: true,
        plan: { select: { id: true, year: true, number: true } },
      },
    }),
    db.finding.groupBy({
      by: ["inspectionId"],
      where: { inspection: { ...ofLine, status: "SIGNED_OFF" }, severity: { not: "RECOMMENDATION" } },
      _count: { _all: true },
    }),
    db.finding.findMany({
      where: {
        AND: [
          findingVisibility(actor),
          { agencyId: agencyIdFilter(scope) },
          { agencyId: { in: line }, status: { in: [...unresolved] }, inspection: { planId: { in: planIds } } },
        ],
      },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { number: "asc" }],
      select: {
        id: true,
        number: true,
        clause: true,
        severity: true,
        status: true,
        dueDate: true,
        agencyId: true,
        repeatOfId: true,
        inspection: { select: { id: true, kind: true, plan: { select: { year: true, number: true } } } },
      },
    }),
    db.annualReport.findMany({
      where: { agencyId: { in: line }, version: { record: recordVisibility(actor) } },
      orderBy: [{ year: "desc" }, { version: { createdAt: "desc" } }],
      select: { agencyId: true, year: true, version: { select: { createdAt: true, status: true } } },
    }),
  ]);

  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const years = yearScores({
    agencyId: unit.id,
    predecessors,
    plans,
    inspections: facts,
    nonconformities: new Map(ncs.map((n) => [n.inspectionId, n._count._all])),
    end,
  });
  const inspections = listed.map(({ itemsConforming, itemsApplicable, ...i }) => ({
    ...i,
    agencyName: nameOf.get(i.agencyId) ?? "",
    own: i.agencyId === unit.id,
    score: scoreOf({ itemsConforming, itemsApplicable }),
  }));
  const chosen = inspectionId
    ? inspections.find((i) => i.id === inspectionId)
    : inspections.find((i) => i.status === "SIGNED_OFF");

  // Every plan's completeness read at once (the same rule as the records page), not one plan after another.
  const perPlan = await Promise.all(plans.map((plan) => unitCompleteness(scope, db, plan, { id: { in: line } })));
  const completeness = plans.flatMap((plan, i) =>
    perPlan[i]!.map((c) => ({
      year: plan.year,
      planId: plan.id,
      planNumber: plan.number,
      agencyId: c.agency.id,
      agencyName: c.agency.name,
      percent: c.percent,
      required: c.required.length,
      accepted: c.accepted.length,
      missing: c.missing,
    })),
  );

  const annual = new Map<
    string,
    { year: number; agencyId: string; agencyName: string; versions: number; lastAt: Date }
  >();
  for (const r of reports) {
    const key = `${r.year} ${r.agencyId}`;
    const row = annual.get(key);
    if (row) row.versions += 1;
    else
      annual.set(key, {
        year: r.year,
        agencyId: r.agencyId,
        agencyName: nameOf.get(r.agencyId) ?? "",
        versions: 1,
        lastAt: r.version.createdAt,
      });
  }

  return {
    asOf: isoDay(asOf),
    unit: {
      ...unit,
      /** The district-level unit a commune belongs to (its parent when that is at level 2), for the district view. */
      districtId: unit.parent && unit.parent.kind.level === 2 ? unit.parent.id : null,
    },
    predecessors: predecessors.map((p) => ({
      ...p,
      name: nameOf.get(p.agencyId) ?? "",
      successorName: nameOf.get(p.successorId) ?? "",
    })),
    years,
    names: Object.fromEntries(nameOf),
    inspections,
    clauses:
      inspectionId && !chosen ? undefined : chosen ? { inspection: chosen, ...(await clauseScores(chosen.id)) } : null,
    openFindings: findings.map((f) => ({ ...f, overdue: isOverdue(f, asOf, awaitingUnit) })),
    completeness,
    annualReports: [...annual.values()],
  };
}

export type UnitDashboard = NonNullable<Awaited<ReturnType<typeof unitDashboard>>>;
