import "server-only";
import { agencyIdFilter, type Scope } from "@/lib/auth/actor";
import { unitsInScopeSql } from "@/lib/auth/scope-sql";
import { withActors } from "@/lib/audit";
import { db } from "@/lib/db";
import { keptAtDataVersion } from "@/lib/db/kept";
import { type AgencyKind, Prisma } from "@/lib/generated/prisma/client";
import type { IsoRequirement, StandardVersion } from "@/lib/generated/prisma/enums";
import { calendarDay } from "@/lib/dates";
import { parseVietnameseDate, todayInVietnam } from "@/lib/text/dates";
import { searchWords } from "@/lib/text/normalize";
import { canAgency } from "./policy";
import type { AgencyListQuery } from "./schema";

export const agencyPageSize = 50;

/** The unit `id` if the scope sees it, as a `where`: what every read and write of one unit goes through. */
export const agencyInScope = (scope: Scope, id: string): Prisma.AgencyWhereInput => ({
  AND: [{ id }, { id: agencyIdFilter(scope) }],
});

const unitsInScope = (scope: Scope) => unitsInScopeSql(scope, Prisma.sql`a.id`);

/**
 * The condition of the list and the export on the units `a` (with their kind `k` and parent `p` joined): the
 * scope first, then the filters. Plain SQL: the registry reads a page and its count on every view, and its two
 * model queries cost the server several times the CPU of the same statements.
 */
function agencyWhereSql(scope: Scope, query: Omit<AgencyListQuery, "page">, today = todayInVietnam()) {
  const and: Prisma.Sql[] = [unitsInScope(scope)];
  const tokens = searchWords(query.q);
  // Every word must match; LIKE's wildcards pass through, as in Prisma's `contains` (the other lists' search).
  for (const token of tokens) and.push(Prisma.sql`a."searchText" LIKE ${`%${token}%`}`);
  if (query.kind) and.push(Prisma.sql`k.code = ${query.kind}`);
  if (query.district) and.push(Prisma.sql`(a.code = ${query.district} OR p.code = ${query.district})`);
  if (query.standard) and.push(Prisma.sql`a."standardVersion" = ${query.standard}::"StandardVersion"`);
  if (query.requirement) and.push(Prisma.sql`a."isoRequirement" = ${query.requirement}::"IsoRequirement"`);
  if (query.announced === "yes") and.push(Prisma.sql`a."announcementDate" IS NOT NULL`);
  if (query.announced === "no") and.push(Prisma.sql`a."announcementDate" IS NULL`);
  if (query.unconfirmed === "yes") and.push(Prisma.sql`NOT a.confirmed`);
  if (query.activeOn !== "all") {
    const on = (query.activeOn && parseVietnameseDate(query.activeOn)) || today;
    and.push(Prisma.sql`a."validFrom" <= ${on}::date AND (a."validTo" IS NULL OR a."validTo" >= ${on}::date)`);
  }
  return Prisma.join(and, " AND ");
}

const unitsKindsParents = Prisma.sql`agency a JOIN agency_kind k ON k.id = a."kindId" LEFT JOIN agency p ON p.id = a."parentId"`;
/** The registry's order: Vietnamese alphabetical, then code and start of validity (a reused code). */
const orderSql = Prisma.sql`ORDER BY a."sortKey", a.code, a."validFrom"`;

type ListRow = {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  isoRequirement: IsoRequirement;
  standardVersion: StandardVersion;
  announcementNumber: string | null;
  announcementDate: Date | null;
  confirmed: boolean;
  validFrom: Date;
  validTo: Date | null;
  kindCode: string;
  kindNameVi: string;
  kindNameEn: string;
  parentId: string | null;
  parentName: string | null;
};

const countAgencies = async (where: Prisma.Sql) =>
  (await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${unitsKindsParents} WHERE ${where}`)[0]
    ?.total ?? 0;

/**
 * One page of the registry in Vietnamese alphabetical order, with each unit's kind and parent, and how many units
 * match: one statement (the count is a window over the filtered units, at most a province's few thousand), since
 * every view of the list reads both and each statement costs the server and the database a round of its own. A
 * page past the end has no row to carry the count, and counts on its own.
 */
export async function listAgencies(scope: Scope, query: AgencyListQuery) {
  if (!canAgency(scope.actor, "list")) return { agencies: [], total: 0, pages: 1 };
  const where = agencyWhereSql(scope, query);
  const rows = await db.$queryRaw<(ListRow & { total: number })[]>`
    SELECT a.id::text AS id, a.code, a.name, a."shortName", a."isoRequirement"::text AS "isoRequirement",
           a."standardVersion"::text AS "standardVersion", a."announcementNumber", a."announcementDate",
           a.confirmed, a."validFrom", a."validTo", k.code AS "kindCode", k."nameVi" AS "kindNameVi",
           k."nameEn" AS "kindNameEn", p.id::text AS "parentId", p.name AS "parentName",
           count(*) OVER ()::int AS total
      FROM ${unitsKindsParents}
     WHERE ${where}
     ${orderSql}
     LIMIT ${agencyPageSize}::int OFFSET ${(query.page - 1) * agencyPageSize}::int`;
  const total = rows[0]?.total ?? (query.page > 1 ? await countAgencies(where) : 0);
  const agencies = rows.map(({ kindCode, kindNameVi, kindNameEn, parentId, parentName, total: _, ...unit }) => ({
    ...unit,
    kind: { code: kindCode, nameVi: kindNameVi, nameEn: kindNameEn },
    parent: parentId ? { id: parentId, name: parentName ?? "" } : null,
  }));
  return { agencies, total, pages: Math.max(1, Math.ceil(total / agencyPageSize)) };
}
export type AgencyListItem = Awaited<ReturnType<typeof listAgencies>>["agencies"][number];

type ExportRow = Omit<ListRow, "id" | "kindNameEn" | "parentId" | "parentName"> & {
  nameEn: string | null;
  group: string | null;
  procedureCount: number | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  note: string | null;
  parentCode: string | null;
};

/** Every unit matching the filter, for export; null when the actor may not export. */
export async function listAgenciesForExport(scope: Scope, query: Omit<AgencyListQuery, "page">) {
  if (!canAgency(scope.actor, "export")) return null;
  const rows = await db.$queryRaw<ExportRow[]>`
    SELECT a.code, a.name, a."shortName", a."nameEn", a."group", a."isoRequirement"::text AS "isoRequirement",
           a."standardVersion"::text AS "standardVersion", a."announcementNumber", a."announcementDate",
           a."procedureCount", a."contactName", a."contactPhone", a."contactEmail", a.confirmed, a."validFrom",
           a."validTo", a.note, k.code AS "kindCode", k."nameVi" AS "kindNameVi", p.code AS "parentCode"
      FROM ${unitsKindsParents}
     WHERE ${agencyWhereSql(scope, query)}
     ${orderSql}`;
  return rows.map(({ kindCode, kindNameVi, parentCode, ...unit }) => ({
    ...unit,
    kind: { code: kindCode, nameVi: kindNameVi },
    parent: parentCode === null ? null : { code: parentCode },
  }));
}
export type AgencyExportRow = NonNullable<Awaited<ReturnType<typeof listAgenciesForExport>>>[number];

/** Units per kind in force today, in the scope: all units for DOST and the People's Committee, one's own for an officer. */
export async function summariseRegistry(scope: Scope) {
  // Plain SQL, one statement: every DOST and committee home page reads it, and the two model queries it replaces
  // (kinds, then a groupBy) cost the server several times the CPU of the same figures.
  const today = todayInVietnam();
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
     WHERE a."validFrom" <= ${today}::date AND (a."validTo" IS NULL OR a."validTo" >= ${today}::date) AND ${unitsInScope(scope)}
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

/**
 * The registry filter's choices, in one statement (the list reads them on every view): the kinds in their order,
 * and the district-level units in the scope, in force or not, in alphabetical order.
 */
export async function listAgencyFilterChoices(scope: Scope) {
  const [row] = await db.$queryRaw<{ kinds: string; districts: string }[]>`
    SELECT (SELECT coalesce(json_agg(json_build_object('code', code, 'nameVi', "nameVi", 'nameEn', "nameEn")
                                     ORDER BY "sortOrder"), '[]')
              FROM agency_kind)::text AS kinds,
           (SELECT coalesce(json_agg(json_build_object('code', a.code, 'name', a.name, 'validTo', a."validTo")
                                     ORDER BY a."sortKey", a.code, a."validFrom"), '[]')
              FROM agency a JOIN agency_kind k ON k.id = a."kindId"
             WHERE k.level = 2 AND ${unitsInScope(scope)})::text AS districts`;
  const kinds = JSON.parse(row!.kinds) as { code: string; nameVi: string; nameEn: string }[];
  const districts = (JSON.parse(row!.districts) as { code: string; name: string; validTo: string | null }[]).map(
    (d) => ({ ...d, validTo: d.validTo === null ? null : calendarDay(d.validTo) }),
  );
  return { kinds, districts };
}

/**
 * A view of the registry list as the page draws it: the page of units with its count, and the filter's kinds and
 * districts, kept in memory under the data version (lib/db/kept.ts: a write to the units or their kinds bumps it at
 * commit, as do writes to the plans, inspections and records, so a view is read again more often than needed, never
 * less). Units change a few times a year and every DOST and committee member opens the same first page. The key holds
 * everything the statements read from outside the database: the role, the scope's units, the filters and today's
 * date (the default "in force on").
 */
export function registryView(scope: Scope, query: AgencyListQuery) {
  const units = scope.agencyIds === "all" ? "all" : [...scope.agencyIds].sort();
  const key = JSON.stringify([scope.actor.role, units, query, todayInVietnam()]);
  return keptRegistryViews(key, async () => {
    const [list, choices] = await Promise.all([listAgencies(scope, query), listAgencyFilterChoices(scope)]);
    return { ...list, ...choices };
  });
}
const keptRegistryViews = keptAtDataVersion(32);

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
