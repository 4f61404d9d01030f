import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { endOfVietnamDay, isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { unitCompleteness } from "@/lib/documents";
import { unresolved } from "@/lib/findings/schema";
import { scoreInspection } from "@/lib/inspections";
import { d36Items, scoreBand, scoreBands, type NovemberFigures, type ResultCounts, type UnitRow } from "./types";

/** Plans whose results count for their year: approved, at work or completed (not drafts, cancelled or replaced). */
export const plansAtWork = ["APPROVED", "IN_PROGRESS", "COMPLETED"] as const;

const resultKey = {
  CONFORMING: "conforming",
  CONFORMING_WITH_FINDINGS: "withFindings",
  NOT_CONFORMING: "notConforming",
} as const;
const noResults = (): ResultCounts => ({ conforming: 0, withFindings: 0, notConforming: 0 });
const text = (s: string, max = 500) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * TT26 Đ38: the year's check results as of the end of `asOf` (the province's day). Inspections count once
 * signed off by then, findings once raised by then, answers once submitted and verdicts once given by then;
 * records completeness and findings still unresolved are read as they are now.
 */
export async function novemberFigures(
  scope: Scope,
  { year, asOf }: { year: number; asOf: Date },
): Promise<NovemberFigures> {
  const end = endOfVietnamDay(asOf);
  const plans = await db.inspectionPlan.findMany({
    where: { year, status: { in: [...plansAtWork] } },
    orderBy: { issuedOn: "asc" },
    select: { id: true, year: true, number: true, approvalNumber: true },
  });
  const planIds = plans.map((p) => p.id);
  const signedOff = { planId: { in: planIds }, status: "SIGNED_OFF" as const, signedOffAt: { lte: end } };
  const [targets, inspections, findings, reports] = await Promise.all([
    db.planTarget.findMany({
      where: { planId: { in: planIds }, inDossier: true },
      select: {
        onSite: true,
        agency: {
          select: {
            id: true,
            name: true,
            sortKey: true,
            kind: { select: { nameVi: true, level: true, sortOrder: true } },
            parent: { select: { name: true } },
          },
        },
      },
    }),
    db.inspection.findMany({
      where: signedOff,
      select: {
        agencyId: true,
        kind: true,
        overallResult: true,
        recommendations: true,
        items: {
          select: {
            result: true,
            checklistItem: { select: { clauseGroup: true, clause: true, template: { select: { standard: true } } } },
          },
        },
      },
    }),
    db.finding.findMany({
      where: { inspection: signedOff, createdAt: { lte: end } },
      select: {
        agencyId: true,
        severity: true,
        status: true,
        dueDate: true,
        closedAt: true,
        repeatOfId: true,
        item: {
          select: {
            checklistItem: { select: { clauseGroup: true, clause: true, template: { select: { standard: true } } } },
          },
        },
        answers: {
          where: { submittedAt: { lte: end } },
          orderBy: { round: "desc" },
          select: { status: true, verifiedAt: true },
        },
      },
    }),
    db.annualReport.findMany({
      where: {
        year,
        proposals: { not: "" },
        version: { createdAt: { lte: end }, record: { planId: { in: planIds } } },
      },
      orderBy: { version: { createdAt: "desc" } },
      select: { agencyId: true, proposals: true },
    }),
  ]);

  const units = new Map<string, UnitRow & { sortKey: string; level: number; sortOrder: number }>();
  for (const { agency, onSite } of targets) {
    const existing = units.get(agency.id);
    if (existing) {
      existing.onSite ||= onSite;
      continue;
    }
    units.set(agency.id, {
      name: agency.name,
      kind: agency.kind.nameVi,
      district: agency.kind.level === 2 ? agency.name : agency.kind.level >= 3 ? (agency.parent?.name ?? null) : null,
      onSite,
      dossierDone: false,
      onSiteDone: false,
      conformity: null,
      result: null,
      nonconformities: 0,
      unresolved: 0,
      completeness: null,
      sortKey: agency.sortKey,
      level: agency.kind.level,
      sortOrder: agency.kind.sortOrder,
    });
  }

  const scores = new Map(scoreBands.map((band) => [band, { band, dossier: 0, onSite: 0 }]));
  const proposals: NovemberFigures["proposals"] = [];
  for (const inspection of inspections) {
    const unit = units.get(inspection.agencyId);
    const onSite = inspection.kind === "ON_SITE";
    const { overall } = scoreInspection(
      inspection.items.map((i) => ({
        standard: i.checklistItem.template.standard,
        clauseGroup: i.checklistItem.clauseGroup,
        clause: i.checklistItem.clause,
        result: i.result,
      })),
    );
    if (overall.conformity !== null) scores.get(scoreBand(overall.conformity))![onSite ? "onSite" : "dossier"] += 1;
    if (!unit) continue;
    if (onSite) unit.onSiteDone = true;
    else unit.dossierDone = true;
    // The on-site result, when there is one, is the unit's result of the year.
    if (onSite || !unit.onSiteDone) {
      unit.conformity = overall.conformity;
      unit.result = inspection.overallResult ? resultKey[inspection.overallResult] : null;
    }
    if (inspection.recommendations.trim())
      proposals.push({ name: unit.name, source: "inspection", text: text(inspection.recommendations.trim()) });
  }

  const groups = new Map<string, NovemberFigures["findingsByGroup"][number]>();
  const d36 = new Map<string, number>();
  const repeats = new Map<string, number>();
  const corrective = { nonconformities: 0, answered: 0, accepted: 0, overdue: 0 };
  for (const f of findings) {
    const item = f.item.checklistItem;
    const key = `${item.template.standard} ${item.clauseGroup}`;
    const group = groups.get(key) ?? {
      standard: item.template.standard,
      group: item.clauseGroup,
      major: 0,
      minor: 0,
      recommendation: 0,
    };
    group[f.severity === "MAJOR" ? "major" : f.severity === "MINOR" ? "minor" : "recommendation"] += 1;
    groups.set(key, group);
    for (const d of d36Items(item.clause)) d36.set(d, (d36.get(d) ?? 0) + 1);
    const unit = units.get(f.agencyId);
    if (f.repeatOfId && unit) repeats.set(unit.name, (repeats.get(unit.name) ?? 0) + 1);
    if (f.severity === "RECOMMENDATION") continue;
    corrective.nonconformities += 1;
    if (unit) {
      unit.nonconformities += 1;
      if ((unresolved as readonly string[]).includes(f.status)) unit.unresolved += 1;
    }
    const latest = f.answers[0];
    if (latest) corrective.answered += 1;
    const accepted = f.answers.some((a) => a.status === "ACCEPTED" && a.verifiedAt && a.verifiedAt <= end);
    if (accepted) corrective.accepted += 1;
    const closedByThen = f.closedAt !== null && f.closedAt <= end;
    const owedByUnit =
      !latest || (latest.status === "REJECTED" && latest.verifiedAt !== null && latest.verifiedAt <= end);
    if (f.dueDate && f.dueDate < asOf && owedByUnit && !closedByThen) corrective.overdue += 1;
  }

  const seenProposal = new Set<string>();
  for (const r of reports) {
    const unit = units.get(r.agencyId);
    if (!unit || seenProposal.has(r.agencyId)) continue;
    seenProposal.add(r.agencyId);
    proposals.push({ name: unit.name, source: "annualReport", text: text(r.proposals.trim()) });
  }

  const percents: number[] = [];
  for (const plan of plans) {
    for (const c of await unitCompleteness(scope, db, plan, {})) {
      const unit = units.get(c.agency.id);
      if (unit) unit.completeness = Math.max(unit.completeness ?? 0, c.percent);
    }
  }
  for (const u of units.values()) if (u.completeness !== null) percents.push(u.completeness);

  const ordered = [...units.values()].sort((a, b) => a.sortOrder - b.sortOrder || a.sortKey.localeCompare(b.sortKey));
  const byKind = new Map<string, NovemberFigures["coverage"][number]>();
  const resultsByKind = new Map<string, NovemberFigures["resultsByKind"][number]>();
  const resultsByDistrict = new Map<string | null, NovemberFigures["resultsByDistrict"][number]>();
  for (const u of ordered) {
    const c = byKind.get(u.kind) ?? {
      kind: u.kind,
      dossierPlanned: 0,
      dossierDone: 0,
      onSitePlanned: 0,
      onSiteDone: 0,
    };
    c.dossierPlanned += 1;
    if (u.dossierDone) c.dossierDone += 1;
    if (u.onSite) c.onSitePlanned += 1;
    if (u.onSiteDone) c.onSiteDone += 1;
    byKind.set(u.kind, c);
    if (!u.result) continue;
    const k = resultsByKind.get(u.kind) ?? { kind: u.kind, ...noResults() };
    k[u.result] += 1;
    resultsByKind.set(u.kind, k);
    const d = resultsByDistrict.get(u.district) ?? { district: u.district, ...noResults() };
    d[u.result] += 1;
    resultsByDistrict.set(u.district, d);
  }

  return {
    kind: "NOVEMBER_CONSOLIDATION",
    year,
    asOf: isoDay(asOf),
    plans: plans.map((p) => ({ number: p.number, approvalNumber: p.approvalNumber })),
    coverage: [...byKind.values()],
    scores: [...scores.values()],
    resultsByKind: [...resultsByKind.values()],
    resultsByDistrict: [...resultsByDistrict.values()].sort((a, b) =>
      a.district === null ? -1 : b.district === null ? 1 : a.district.localeCompare(b.district, "vi"),
    ),
    findingsByGroup: [...groups.values()].sort(
      (a, b) => a.standard.localeCompare(b.standard) || a.group.localeCompare(b.group, "vi", { numeric: true }),
    ),
    findingsByD36: [...d36.entries()]
      .sort(([a], [b]) => a.localeCompare(b, "vi"))
      .map(([item, count]) => ({ item, count })),
    corrective,
    repeats: [...repeats.entries()].map(([name, n]) => ({ name, repeats: n })).sort((a, b) => b.repeats - a.repeats),
    completeness: {
      units: percents.length,
      complete: percents.filter((p) => p >= 100).length,
      averagePercent: percents.length ? Math.floor(percents.reduce((s, p) => s + p, 0) / percents.length) : 0,
    },
    proposals,
    units: ordered.map(({ sortKey: _k, level: _l, sortOrder: _o, ...row }) => row),
  };
}
