import type { IsoRequirement, OnSiteCategory } from "@/lib/generated/prisma/enums";

export type TargetForSummary = {
  inDossier: boolean;
  onSite: boolean;
  onSiteCategory: OnSiteCategory | null;
  agency: { isoRequirement: IsoRequirement; kind: { code: string; nameVi: string; nameEn: string; sortOrder: number } };
};

/**
 * TT26 Đ33: every unit for which ISO 9001 is mandatory is checked through its dossier, and at least one
 * third of them on site. Units on site as "mandatory" count; encouraged ones (communes) come on top.
 */
export function onSiteRule(targets: TargetForSummary[]) {
  const mandatoryInDossier = targets.filter((t) => t.inDossier && t.agency.isoRequirement === "MANDATORY").length;
  const required = Math.ceil(mandatoryInDossier / 3);
  // Only units bound to apply ISO 9001 count, whatever category a commune was given on site.
  const mandatoryOnSite = targets.filter(
    (t) => t.inDossier && t.onSite && t.onSiteCategory === "MANDATORY" && t.agency.isoRequirement === "MANDATORY",
  ).length;
  return { mandatoryInDossier, required, mandatoryOnSite, ok: mandatoryOnSite >= required };
}

export type PlanSummaryRow = {
  kind: { code: string; nameVi: string; nameEn: string };
  dossier: number;
  onSiteMandatory: number;
  onSiteEncouraged: number;
};

/** Counts by unit kind, track and category, in the kinds' order, with a total row. */
export function summarisePlan(targets: TargetForSummary[]) {
  const rows = new Map<string, PlanSummaryRow & { sortOrder: number }>();
  for (const t of targets) {
    const k = t.agency.kind;
    const row = rows.get(k.code) ?? {
      kind: { code: k.code, nameVi: k.nameVi, nameEn: k.nameEn },
      sortOrder: k.sortOrder,
      dossier: 0,
      onSiteMandatory: 0,
      onSiteEncouraged: 0,
    };
    if (t.inDossier) {
      row.dossier += 1;
      if (t.onSite && t.onSiteCategory === "MANDATORY") row.onSiteMandatory += 1;
      if (t.onSite && t.onSiteCategory === "ENCOURAGED") row.onSiteEncouraged += 1;
    }
    rows.set(k.code, row);
  }
  const byKind = [...rows.values()].sort((a, b) => a.sortOrder - b.sortOrder).map(({ sortOrder: _s, ...row }) => row);
  const total = byKind.reduce(
    (sum, r) => ({
      dossier: sum.dossier + r.dossier,
      onSiteMandatory: sum.onSiteMandatory + r.onSiteMandatory,
      onSiteEncouraged: sum.onSiteEncouraged + r.onSiteEncouraged,
    }),
    { dossier: 0, onSiteMandatory: 0, onSiteEncouraged: 0 },
  );
  return {
    byKind,
    total: { ...total, onSite: total.onSiteMandatory + total.onSiteEncouraged },
    rule: onSiteRule(targets),
  };
}

/** Problems that stop a plan from being submitted, as catalogue keys with parameters. */
export function submissionProblems(plan: {
  targets: TargetForSummary[];
  milestones: { kind: string; date: Date }[];
}): { key: string; params?: Record<string, string | number> }[] {
  const problems: { key: string; params?: Record<string, string | number> }[] = [];
  if (!plan.targets.some((t) => t.inDossier)) problems.push({ key: "plans.problems.noTargets" });
  const rule = onSiteRule(plan.targets);
  if (!rule.ok)
    problems.push({
      key: "plans.problems.oneThird",
      params: { required: rule.required, mandatory: rule.mandatoryInDossier, actual: rule.mandatoryOnSite },
    });
  if (plan.targets.some((t) => t.onSite && !t.inDossier)) problems.push({ key: "plans.problems.onSiteOutsideDossier" });
  if (plan.targets.some((t) => t.onSite && !t.onSiteCategory)) problems.push({ key: "plans.problems.onSiteCategory" });
  const date = (kind: string) => plan.milestones.find((m) => m.kind === kind)?.date;
  const start = date("ONSITE_START");
  const end = date("ONSITE_END");
  if (start && end && end < start) problems.push({ key: "plans.problems.onSiteDates" });
  return problems;
}
