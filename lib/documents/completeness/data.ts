import "server-only";
import { agencyIdFilter, type Scope } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unresolved } from "@/lib/findings/schema";
import { planVisibility } from "@/lib/plans/policy";
import { searchWords } from "@/lib/text/normalize";
import { computeCompleteness, type Completeness } from "./rules";

type Client = Tx | typeof db;

export type UnitCompleteness = Completeness & {
  agency: { id: string; code: string; name: string; kind: { code: string; nameVi: string; nameEn: string } };
  openFindings: number;
};

/**
 * Completeness of every unit in a plan's dossier scope that the scope sees and that matches `agencies`
 * (the caller's filters): records answering the plan, the status of their latest versions, and open
 * findings of that plan (which make corrective-action evidence required). Units in the registry's order.
 * In the caller's transaction when given one.
 */
export async function unitCompleteness(
  scope: Scope,
  client: Client,
  plan: { id: string; year: number },
  agencies: Prisma.AgencyWhereInput,
): Promise<UnitCompleteness[]> {
  const targets = await client.planTarget.findMany({
    where: { planId: plan.id, inDossier: true, agency: { AND: [{ id: agencyIdFilter(scope) }, agencies] } },
    select: {
      agency: {
        select: { id: true, code: true, name: true, kind: { select: { code: true, nameVi: true, nameEn: true } } },
      },
    },
    orderBy: [{ agency: { kind: { sortOrder: "asc" } } }, { agency: { sortKey: "asc" } }],
  });
  const ids = targets.map((t) => t.agency.id);
  if (!ids.length) return [];
  const [records, findings] = await Promise.all([
    client.qmsRecord.findMany({
      where: { agencyId: { in: ids }, OR: [{ planId: plan.id }, { planId: null }] },
      select: {
        agencyId: true,
        category: true,
        planId: true,
        status: true,
        versions: {
          orderBy: { number: "desc" },
          take: 1,
          select: { periodFrom: true, periodTo: true, effectiveDate: true },
        },
      },
    }),
    client.finding.groupBy({
      by: ["agencyId"],
      where: { agencyId: { in: ids }, status: { in: [...unresolved] }, inspection: { planId: plan.id } },
      _count: { _all: true },
    }),
  ]);
  const open = new Map(findings.map((f) => [f.agencyId, f._count._all]));
  const byUnit = new Map<string, typeof records>();
  for (const r of records) byUnit.set(r.agencyId, [...(byUnit.get(r.agencyId) ?? []), r]);
  return targets.map(({ agency }) => {
    const own = (byUnit.get(agency.id) ?? []).map(({ versions, ...r }) => ({
      ...r,
      periodFrom: versions[0]?.periodFrom ?? null,
      periodTo: versions[0]?.periodTo ?? null,
      effectiveDate: versions[0]?.effectiveDate ?? null,
    }));
    const openFindings = open.get(agency.id) ?? 0;
    return { agency, openFindings, ...computeCompleteness(own, plan, openFindings > 0) };
  });
}

/** The plan as the scope sees it (null: not visible), for the completeness page. */
export function getCompletenessPlan(scope: Scope, id: string) {
  return db.inspectionPlan.findFirst({
    where: { AND: [planVisibility(scope.actor), { id }, { status: { notIn: ["DRAFT", "CANCELLED"] } }] },
    select: { id: true, number: true, year: true, title: true },
  });
}

/** Completeness of the plan's units the scope may see, filtered by kind, name and (optionally) below 100 %. */
export async function planCompleteness(
  scope: Scope,
  plan: { id: string; year: number },
  filter: { kind?: string; q?: string; incomplete?: boolean } = {},
) {
  const and: Prisma.AgencyWhereInput[] = [];
  if (filter.kind) and.push({ kind: { code: filter.kind } });
  for (const token of searchWords(filter.q)) and.push({ searchText: { contains: token } });
  const units = await unitCompleteness(scope, db, plan, { AND: and });
  return filter.incomplete ? units.filter((u) => u.percent < 100) : units;
}

/** Agency kinds among the plan's units the scope sees, for the filter. */
export function listPlanKinds(scope: Scope, planId: string) {
  return db.agencyKind.findMany({
    where: { agencies: { some: { id: agencyIdFilter(scope), planTargets: { some: { planId, inDossier: true } } } } },
    orderBy: { sortOrder: "asc" },
    select: { code: true, nameVi: true, nameEn: true },
  });
}
