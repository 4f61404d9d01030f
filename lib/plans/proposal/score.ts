import type { IsoRequirement, OnSiteCategory, OverallResult } from "@/lib/generated/prisma/enums";

/*
 * Pure: the risk-based on-site proposal (issue 14, "a year that feeds the next"). No database here; the
 * figures come from lib/plans/proposal/data.ts and the result is stored as OnSiteProposal rows.
 */

/** What the proposal knows of one unit of the plan's dossier scope, from earlier years. */
export type UnitRisk = {
  agencyId: string;
  /** Mandatory for provincial and district bodies, encouraged for communes (the registry's isoRequirement). */
  isoRequirement: IsoRequirement;
  /** The overall result and conformity (0–1) of the unit's last signed-off inspection; null: none. */
  lastResult: OverallResult | null;
  lastConformity: number | null;
  /** Nonconformities of earlier inspections not closed, and those of them past their due date. */
  openNonconformities: number;
  overdueNonconformities: number;
  /** Nonconformities marked as repeats ("lặp lại") at the unit's last inspection. */
  repeats: number;
  /** Records completeness (0–100) for the previous plan; null when the unit was not in it. */
  recordsPercent: number | null;
  /** The year of the last on-site inspection; null: never on site (in the platform's records). */
  lastOnSiteYear: number | null;
  /** The first year the unit was inspected at all (dossier or on site); null: never. */
  firstInspectedYear: number | null;
  /** The unit's latest annual report says its QMS scope changed. */
  scopeChanged: boolean;
};

/** A reason as a catalogue key under plans.proposal.reasons, with its parameters. */
export type ProposalReason = { key: string; params?: Record<string, string | number> };

export type UnitProposal = {
  agencyId: string;
  score: number;
  proposed: boolean;
  category: OnSiteCategory;
  reasons: ProposalReason[];
};

/** A unit scoring this much or more is proposed on site. */
export const proposalThreshold = 30;
/** Every mandatory unit is visited on site at least once in this many years. */
export const onSiteCycleYears = 3;

const reason = (key: string, params?: ProposalReason["params"]): ProposalReason => (params ? { key, params } : { key });

/** The unit's risk score and the reasons behind it, heaviest first as they are added. */
export function scoreUnit(unit: UnitRisk, year: number): { score: number; reasons: ProposalReason[] } {
  const parts: { points: number; reason: ProposalReason }[] = [];
  const add = (points: number, r: ProposalReason) => parts.push({ points, reason: r });
  if (unit.overdueNonconformities > 0)
    add(Math.min(45, 15 * unit.overdueNonconformities), reason("overdue", { count: unit.overdueNonconformities }));
  const openInTime = unit.openNonconformities - unit.overdueNonconformities;
  if (openInTime > 0) add(Math.min(20, 5 * openInTime), reason("open", { count: openInTime }));
  if (unit.lastResult === "NOT_CONFORMING") add(30, reason("notConforming"));
  else if (unit.lastResult === "CONFORMING_WITH_FINDINGS") add(10, reason("withFindings"));
  if (unit.lastConformity !== null && unit.lastConformity < 0.8)
    add(15, reason("lowConformity", { percent: Math.floor(unit.lastConformity * 100) }));
  if (unit.repeats > 0) add(Math.min(30, 10 * unit.repeats), reason("repeats", { count: unit.repeats }));
  if (unit.recordsPercent !== null && unit.recordsPercent < 100)
    add(Math.ceil((100 - unit.recordsPercent) / 10), reason("recordsIncomplete", { percent: unit.recordsPercent }));
  // History alone (never on site, records missing) stays below the threshold: it ranks units for the one-third
  // rule; what the unit did or failed to do (results, findings) is what proposes it.
  if (unit.lastOnSiteYear === null) add(15, reason("neverOnSite"));
  else if (year - unit.lastOnSiteYear >= 2)
    add(
      year - unit.lastOnSiteYear >= onSiteCycleYears ? 15 : 5,
      reason("notOnSiteSince", { year: unit.lastOnSiteYear }),
    );
  if (unit.scopeChanged) add(10, reason("scopeChanged"));
  return {
    score: parts.reduce((sum, p) => sum + p.points, 0),
    reasons: parts.sort((a, b) => b.points - a.points).map((p) => p.reason),
  };
}

/**
 * Whether the three-year rule forces a mandatory unit on site: its last on-site visit was three or more
 * years ago, or it was never on site although the platform has inspected it for three years or more (a unit
 * with no history yet is not forced by the rule, only scored).
 */
export function dueByCycle(unit: UnitRisk, year: number): boolean {
  if (unit.isoRequirement !== "MANDATORY") return false;
  const since = unit.lastOnSiteYear ?? unit.firstInspectedYear;
  return since !== null && year - since >= onSiteCycleYears;
}

/**
 * The proposal for a plan of `year`: each unit scored with its reasons; proposed when the score reaches the
 * threshold or the three-year rule forces it; then, if fewer than one third of the mandatory units are
 * proposed (TT26 Đ33), the highest-scoring other mandatory units are added with that reason. Category:
 * mandatory for units bound to ISO 9001, encouraged for the others. Units in the order given.
 */
export function proposeOnSite(units: readonly UnitRisk[], year: number): UnitProposal[] {
  const proposals = units.map((unit) => {
    const { score, reasons } = scoreUnit(unit, year);
    const forced = dueByCycle(unit, year);
    return {
      agencyId: unit.agencyId,
      score,
      proposed: forced || score >= proposalThreshold,
      category: (unit.isoRequirement === "MANDATORY" ? "MANDATORY" : "ENCOURAGED") as OnSiteCategory,
      reasons: forced ? [reason("cycle", { years: onSiteCycleYears }), ...reasons] : reasons,
      since: unit.lastOnSiteYear ?? 0,
    };
  });
  const mandatory = proposals.filter((p) => p.category === "MANDATORY");
  const required = Math.ceil(mandatory.length / 3);
  let missing = required - mandatory.filter((p) => p.proposed).length;
  if (missing > 0) {
    // Highest score first; at equal scores the one visited longest ago (never first), then the given order.
    const candidates = mandatory
      .map((p, index) => ({ p, index }))
      .filter(({ p }) => !p.proposed)
      .sort((a, b) => b.p.score - a.p.score || a.p.since - b.p.since || a.index - b.index);
    for (const { p } of candidates) {
      if (missing-- <= 0) break;
      p.proposed = true;
      p.reasons = [...p.reasons, reason("oneThird", { required, mandatory: mandatory.length })];
    }
  }
  return proposals.map(({ since: _since, ...p }) => p);
}
