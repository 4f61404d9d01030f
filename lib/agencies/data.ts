import "server-only";
import { agencyIdFilter, type Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** Units per kind, in the scope: all units for DOST and the People's Committee, one's own for an officer. */
export async function summariseRegistry(scope: Scope) {
  const where = { id: agencyIdFilter(scope), validTo: null };
  const [kinds, rows] = await Promise.all([
    db.agencyKind.findMany({ orderBy: { sortOrder: "asc" } }),
    db.agency.groupBy({ by: ["kindId", "isoRequirement", "confirmed"], where, _count: { _all: true } }),
  ]);
  return kinds
    .map((kind) => {
      const mine = rows.filter((r) => r.kindId === kind.id);
      const sum = (pick: (r: (typeof rows)[number]) => boolean) => mine.filter(pick).reduce((n, r) => n + r._count._all, 0);
      return {
        kind,
        total: sum(() => true),
        mandatory: sum((r) => r.isoRequirement === "MANDATORY"),
        encouraged: sum((r) => r.isoRequirement === "ENCOURAGED"),
        unconfirmed: sum((r) => !r.confirmed),
      };
    })
    .filter((row) => row.total > 0);
}

/** One unit with its kind and parent; null when absent or outside the scope (the page then answers 404). */
export function getAgency(scope: Scope, id: string) {
  return db.agency.findFirst({
    where: { AND: [{ id }, { id: agencyIdFilter(scope) }] },
    include: { kind: true, parent: { select: { id: true, name: true, code: true } } },
  });
}

/** Units to choose from in forms (all units: only staff who may assign them call this). */
export function listAgencyOptions() {
  return db.agency.findMany({ where: { validTo: null }, select: { id: true, name: true, code: true }, orderBy: [{ kind: { sortOrder: "asc" } }, { name: "asc" }] });
}
