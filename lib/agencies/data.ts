import "server-only";
import { agencyIdFilter, type Scope } from "@/lib/auth/actor";
import { withActors } from "@/lib/audit";
import { db } from "@/lib/db";
import { type AgencyKind, Prisma } from "@/lib/generated/prisma/client";
import { parseVietnameseDate, todayInVietnam } from "@/lib/text/dates";
import { foldForSearch } from "@/lib/text/normalize";
import { canAgency } from "./policy";
import type { AgencyListQuery } from "./schema";

export const agencyPageSize = 50;

/** The unit `id` if the scope sees it, as a `where`: what every read and write of one unit goes through. */
export const agencyInScope = (scope: Scope, id: string): Prisma.AgencyWhereInput => ({
  AND: [{ id }, { id: agencyIdFilter(scope) }],
});

/** The `where` of the list and the export: the scope first, then the filters. */
export function agencyWhere(
  scope: Scope,
  query: Omit<AgencyListQuery, "page">,
  today = todayInVietnam(),
): Prisma.AgencyWhereInput {
  const and: Prisma.AgencyWhereInput[] = [{ id: agencyIdFilter(scope) }];
  const tokens = query.q ? foldForSearch(query.q).split(" ").filter(Boolean).slice(0, 8) : [];
  for (const token of tokens) and.push({ searchText: { contains: token } });
  if (query.kind) and.push({ kind: { code: query.kind } });
  if (query.district) and.push({ OR: [{ code: query.district }, { parent: { code: query.district } }] });
  if (query.standard) and.push({ standardVersion: query.standard });
  if (query.requirement) and.push({ isoRequirement: query.requirement });
  if (query.announced === "yes") and.push({ announcementDate: { not: null } });
  if (query.announced === "no") and.push({ announcementDate: null });
  if (query.unconfirmed === "yes") and.push({ confirmed: false });
  if (query.activeOn !== "all") {
    const on = (query.activeOn && parseVietnameseDate(query.activeOn)) || today;
    and.push({ validFrom: { lte: on } }, { OR: [{ validTo: null }, { validTo: { gte: on } }] });
  }
  return { AND: and };
}

const listSelect = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  isoRequirement: true,
  standardVersion: true,
  announcementNumber: true,
  announcementDate: true,
  confirmed: true,
  validFrom: true,
  validTo: true,
  kind: { select: { code: true, nameVi: true, nameEn: true } },
  parent: { select: { id: true, name: true } },
} satisfies Prisma.AgencySelect;

const order: Prisma.AgencyOrderByWithRelationInput[] = [{ sortKey: "asc" }, { code: "asc" }, { validFrom: "asc" }];

/** One page of the registry in Vietnamese alphabetical order. */
export async function listAgencies(scope: Scope, query: AgencyListQuery) {
  if (!canAgency(scope.actor, "list")) return { agencies: [], total: 0, pages: 1 };
  const where = agencyWhere(scope, query);
  const [agencies, total] = await Promise.all([
    db.agency.findMany({
      where,
      select: listSelect,
      orderBy: order,
      skip: (query.page - 1) * agencyPageSize,
      take: agencyPageSize,
      // A join loads kind and parent in the same statement, but Postgres evaluates the joined rows for the
      // skipped ones too: past the first page, two short queries are cheaper (measured in scripts/bench/registry.ts).
      relationLoadStrategy: query.page > 1 ? "query" : "join",
    }),
    db.agency.count({ where }),
  ]);
  return { agencies, total, pages: Math.max(1, Math.ceil(total / agencyPageSize)) };
}
export type AgencyListItem = Awaited<ReturnType<typeof listAgencies>>["agencies"][number];

const exportSelect = {
  code: true,
  name: true,
  shortName: true,
  nameEn: true,
  group: true,
  isoRequirement: true,
  standardVersion: true,
  announcementNumber: true,
  announcementDate: true,
  procedureCount: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  confirmed: true,
  validFrom: true,
  validTo: true,
  note: true,
  kind: { select: { code: true, nameVi: true } },
  parent: { select: { code: true } },
} satisfies Prisma.AgencySelect;

/** Every unit matching the filter, for export; null when the actor may not export. */
export async function listAgenciesForExport(scope: Scope, query: Omit<AgencyListQuery, "page">) {
  if (!canAgency(scope.actor, "export")) return null;
  return db.agency.findMany({ where: agencyWhere(scope, query), select: exportSelect, orderBy: order });
}
export type AgencyExportRow = NonNullable<Awaited<ReturnType<typeof listAgenciesForExport>>>[number];

/** Units per kind in force today, in the scope: all units for DOST and the People's Committee, one's own for an officer. */
export async function summariseRegistry(scope: Scope) {
  // Plain SQL, one statement: every DOST and committee home page reads it, and the two model queries it replaces
  // (kinds, then a groupBy) cost the server several times the CPU of the same figures.
  const today = todayInVietnam();
  const inScope =
    scope.agencyIds === "all" ? Prisma.empty : Prisma.sql`AND a.id = ANY(${[...scope.agencyIds]}::uuid[])`;
  const rows = await db.$queryRaw<
    (AgencyKind & { total: number; mandatory: number; encouraged: number; unconfirmed: number })[]
  >`
    SELECT k.id, k.code, k."nameVi", k."nameEn", k.level, k."defaultIsoRequirement"::text AS "defaultIsoRequirement",
           k."sortOrder",
           count(*)::int AS total,
           count(*) FILTER (WHERE a."isoRequirement" = 'MANDATORY')::int AS mandatory,
           count(*) FILTER (WHERE a."isoRequirement" = 'ENCOURAGED')::int AS encouraged,
           count(*) FILTER (WHERE NOT a.confirmed)::int AS unconfirmed
      FROM agency a JOIN agency_kind k ON k.id = a."kindId"
     WHERE a."validFrom" <= ${today}::date AND (a."validTo" IS NULL OR a."validTo" >= ${today}::date) ${inScope}
     GROUP BY k.id
     ORDER BY k."sortOrder"`;
  return rows.map(({ total, mandatory, encouraged, unconfirmed, ...kind }) => ({
    kind,
    total,
    mandatory,
    encouraged,
    unconfirmed,
  }));
}

/** One unit with its kind and parent; null when absent or outside the scope (the page then answers 404). */
export function getAgency(scope: Scope, id: string) {
  return db.agency.findFirst({
    where: agencyInScope(scope, id),
    include: { kind: true, parent: { select: { id: true, name: true, code: true } } },
  });
}

/** A unit with its predecessors and successors for the detail page. */
export async function getAgencyDetail(scope: Scope, id: string) {
  if (!canAgency(scope.actor, "read", { id })) return null;
  return db.agency.findFirst({
    where: agencyInScope(scope, id),
    include: {
      kind: true,
      parent: { select: { id: true, name: true, code: true } },
      children: { select: { id: true, name: true, code: true, validTo: true }, orderBy: { sortKey: "asc" } },
      predecessors: {
        include: {
          predecessor: { select: { id: true, name: true, code: true, validTo: true } },
          reorganisation: { select: { title: true, legalBasis: true } },
        },
      },
      successors: {
        include: {
          successor: { select: { id: true, name: true, code: true, validFrom: true } },
          reorganisation: { select: { title: true, legalBasis: true } },
        },
      },
    },
  });
}
export type AgencyDetail = NonNullable<Awaited<ReturnType<typeof getAgencyDetail>>>;

/** Units in the scope to choose from in forms (units in force today; only staff who may assign them call this). */
export function listAgencyOptions(scope: Scope) {
  const today = todayInVietnam();
  return db.agency.findMany({
    where: {
      id: agencyIdFilter(scope),
      validFrom: { lte: today },
      OR: [{ validTo: null }, { validTo: { gte: today } }],
    },
    select: { id: true, name: true, code: true },
    orderBy: [{ kind: { sortOrder: "asc" } }, { sortKey: "asc" }],
  });
}

/** The kinds of unit (reference data, the same for everyone signed in), in their order. */
export function listAgencyKinds(_scope: Scope) {
  // Plain SQL: the registry's filters read it on every view, and a model query costs the server four times the CPU.
  return db.$queryRaw<AgencyKind[]>`
    SELECT id, code, "nameVi", "nameEn", level, "defaultIsoRequirement"::text AS "defaultIsoRequirement", "sortOrder"
      FROM agency_kind ORDER BY "sortOrder"`;
}

/** District-level units in the scope (for the district filter), in force or not, in alphabetical order. */
export function listDistricts(scope: Scope) {
  return db.agency.findMany({
    where: { id: agencyIdFilter(scope), kind: { level: 2 } },
    select: { id: true, code: true, name: true, validTo: true },
    orderBy: order,
  });
}

/** The unit's change history from the audit log; empty when the unit is outside the scope. */
export async function listAgencyHistory(scope: Scope, id: string, take = 30) {
  const visible = await db.agency.count({ where: agencyInScope(scope, id) });
  if (!visible) return [];
  const rows = await db.auditEvent.findMany({
    where: { targetType: "agency", targetId: id },
    orderBy: { id: "desc" },
    take,
  });
  return withActors(rows);
}

/** An import's dry run, for the administrator who may import; null otherwise. */
export function getAgencyImport(scope: Scope, id: string) {
  if (!canAgency(scope.actor, "import")) return null;
  return db.agencyImport.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      fileName: true,
      format: true,
      rowCount: true,
      createCount: true,
      updateCount: true,
      errors: true,
      createdAt: true,
      committedAt: true,
    },
  });
}

export function listAgencyImports(scope: Scope, take = 10) {
  if (!canAgency(scope.actor, "import")) return Promise.resolve([]);
  return db.agencyImport.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      status: true,
      fileName: true,
      rowCount: true,
      createCount: true,
      updateCount: true,
      errorCount: true,
      createdAt: true,
    },
  });
}
