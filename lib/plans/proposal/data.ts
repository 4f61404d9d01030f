import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { unitCompleteness } from "@/lib/documents";
import { awaitingUnit, unresolved } from "@/lib/findings/schema";
import { scoreInspection } from "@/lib/inspections";
import { visiblePlan } from "../access/open-for-change";
import type { ProposalReason, UnitRisk } from "./score";

/**
 * What the proposal knows of each unit in the plan's dossier scope, from the years before the plan's year:
 * the last signed-off inspection (overall result, conformity score, repeats), nonconformities not closed and
 * those past due on `today`, records completeness for the previous plan, on-site history, and whether the
 * latest annual report says the scope changed. A handful of statements for the whole plan.
 */
export async function unitRisks(
  tx: Tx,
  scope: Scope,
  plan: { id: string; year: number },
  today: Date,
): Promise<UnitRisk[]> {
  const targets = await tx.planTarget.findMany({
    where: { planId: plan.id, inDossier: true },
    select: { agencyId: true, agency: { select: { isoRequirement: true } } },
    orderBy: [{ agency: { kind: { sortOrder: "asc" } } }, { agency: { sortKey: "asc" } }],
  });
  const ids = targets.map((t) => t.agencyId);
  if (!ids.length) return [];
  const earlier = { plan: { year: { lt: plan.year } } };
  const [inspections, open, overdue, reports, earlierTargets] = await Promise.all([
    tx.inspection.findMany({
      where: { agencyId: { in: ids }, plan: { year: { lt: plan.year }, status: { not: "CANCELLED" } } },
      select: {
        id: true,
        agencyId: true,
        kind: true,
        status: true,
        overallResult: true,
        signedOffAt: true,
        plan: { select: { year: true } },
      },
      orderBy: [{ plan: { year: "desc" } }, { signedOffAt: "desc" }],
    }),
    tx.finding.groupBy({
      by: ["agencyId"],
      where: {
        agencyId: { in: ids },
        severity: { in: ["MINOR", "MAJOR"] },
        status: { in: [...unresolved] },
        inspection: earlier,
      },
      _count: { _all: true },
    }),
    tx.finding.groupBy({
      by: ["agencyId"],
      where: {
        agencyId: { in: ids },
        severity: { in: ["MINOR", "MAJOR"] },
        status: { in: [...awaitingUnit] },
        dueDate: { lt: today },
        inspection: earlier,
      },
      _count: { _all: true },
    }),
    tx.annualReport.findMany({
      where: { agencyId: { in: ids }, year: { lt: plan.year } },
      select: { agencyId: true, scopeChanged: true },
      orderBy: [{ year: "desc" }, { version: { number: "desc" } }],
    }),
    tx.planTarget.findMany({
      where: {
        agencyId: { in: ids },
        inDossier: true,
        plan: { year: { lt: plan.year }, status: { notIn: ["DRAFT", "CANCELLED", "SUPERSEDED"] } },
      },
      select: { agencyId: true, plan: { select: { id: true, year: true } } },
      orderBy: [{ plan: { year: "desc" } }, { plan: { version: "desc" } }],
    }),
  ]);

  const last = new Map<string, (typeof inspections)[number]>();
  const lastOnSite = new Map<string, number>();
  const first = new Map<string, number>();
  for (const i of inspections) {
    if (i.status === "SIGNED_OFF" && !last.has(i.agencyId)) last.set(i.agencyId, i);
    // Visited on site: the on-site inspection took place (started), whether or not its record is signed yet.
    if (i.kind === "ON_SITE" && i.status !== "NOT_STARTED" && !lastOnSite.has(i.agencyId))
      lastOnSite.set(i.agencyId, i.plan.year);
    first.set(i.agencyId, i.plan.year); // ordered newest first: the last one set is the earliest
  }
  const lastIds = [...last.values()].map((i) => i.id);
  // Records completeness is read for each unit's previous plan (the latest earlier plan it was in).
  const previousOf = new Map<string, { id: string; year: number }>();
  for (const t of earlierTargets) if (!previousOf.has(t.agencyId)) previousOf.set(t.agencyId, t.plan);
  const previousPlans = new Map([...previousOf.values()].map((p) => [p.id, p]));
  const [items, repeats, completeness] = await Promise.all([
    tx.inspectionItem.findMany({
      where: { inspectionId: { in: lastIds } },
      select: {
        inspectionId: true,
        result: true,
        checklistItem: { select: { clause: true, clauseGroup: true, template: { select: { standard: true } } } },
      },
    }),
    tx.finding.groupBy({
      by: ["inspectionId"],
      where: { inspectionId: { in: lastIds }, repeatOfId: { not: null }, severity: { in: ["MINOR", "MAJOR"] } },
      _count: { _all: true },
    }),
    Promise.all(
      [...previousPlans.values()].map(async (p) => {
        const units = [...previousOf].filter(([, q]) => q.id === p.id).map(([agencyId]) => agencyId);
        return unitCompleteness(scope, tx, p, { id: { in: units } });
      }),
    ).then((lists) => lists.flat()),
  ]);
  const itemsOf = new Map<string, typeof items>();
  for (const item of items) itemsOf.set(item.inspectionId, [...(itemsOf.get(item.inspectionId) ?? []), item]);
  const openOf = new Map(open.map((r) => [r.agencyId, r._count._all]));
  const overdueOf = new Map(overdue.map((r) => [r.agencyId, r._count._all]));
  const repeatsOf = new Map(repeats.map((r) => [r.inspectionId, r._count._all]));
  const percentOf = new Map(completeness.map((c) => [c.agency.id, c.percent]));
  const scopeChangedOf = new Map<string, boolean>();
  for (const r of reports) if (!scopeChangedOf.has(r.agencyId)) scopeChangedOf.set(r.agencyId, r.scopeChanged);

  return targets.map((t) => {
    const inspection = last.get(t.agencyId);
    const score = inspection
      ? scoreInspection(
          (itemsOf.get(inspection.id) ?? []).map((i) => ({
            standard: i.checklistItem.template.standard,
            clause: i.checklistItem.clause,
            clauseGroup: i.checklistItem.clauseGroup,
            result: i.result,
          })),
        ).overall.conformity
      : null;
    return {
      agencyId: t.agencyId,
      isoRequirement: t.agency.isoRequirement,
      lastResult: inspection?.overallResult ?? null,
      lastConformity: score,
      openNonconformities: openOf.get(t.agencyId) ?? 0,
      overdueNonconformities: overdueOf.get(t.agencyId) ?? 0,
      repeats: inspection ? (repeatsOf.get(inspection.id) ?? 0) : 0,
      recordsPercent: percentOf.get(t.agencyId) ?? null,
      lastOnSiteYear: lastOnSite.get(t.agencyId) ?? null,
      firstInspectedYear: first.get(t.agencyId) ?? null,
      scopeChanged: scopeChangedOf.get(t.agencyId) ?? false,
    };
  });
}

/**
 * The stored on-site proposal of a plan the scope sees whole (DOST staff, the committee): the units proposed
 * on site, and any other unit DOST decided on, highest score first, each with its reasons, DOST's decision and
 * where its target stands now. Empty when there is no proposal.
 */
export async function listProposals(scope: Scope, planId: string) {
  const rows = await db.onSiteProposal.findMany({
    where: { planId, plan: visiblePlan(scope), OR: [{ proposed: true }, { decision: { not: null } }] },
    select: {
      agencyId: true,
      score: true,
      proposed: true,
      category: true,
      reasons: true,
      decision: true,
      decisionNote: true,
      agency: { select: { name: true, code: true } },
    },
    orderBy: [{ score: "desc" }, { agency: { sortKey: "asc" } }],
  });
  const [targets, total] = await Promise.all([
    db.planTarget.findMany({
      where: { planId, agencyId: { in: rows.map((r) => r.agencyId) } },
      select: { agencyId: true, onSite: true, onSiteCategory: true },
    }),
    db.onSiteProposal.count({ where: { planId, plan: visiblePlan(scope) } }),
  ]);
  const targetOf = new Map(targets.map((t) => [t.agencyId, t]));
  return {
    total,
    rows: rows.map((r) => ({
      ...r,
      reasons: r.reasons as ProposalReason[],
      onSite: targetOf.get(r.agencyId)?.onSite ?? false,
      onSiteCategory: targetOf.get(r.agencyId)?.onSiteCategory ?? null,
    })),
  };
}
export type ProposalList = Awaited<ReturnType<typeof listProposals>>;
