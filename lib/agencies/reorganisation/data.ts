import "server-only";
import { agencyIdFilter, type Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { canAgency } from "../policy";
import { getChangeSet, linkKinds } from "./change-sets";

/** The change set beside the registry: what would end, what would begin, and what does not match. */
export async function previewReorganisation(scope: Scope, key: string) {
  const set = getChangeSet(key);
  if (!set || !canAgency(scope.actor, "list")) return null;
  const [applied, active] = await Promise.all([
    db.reorganisation.findUnique({ where: { key }, select: { appliedAt: true, appliedById: true } }),
    db.agency.findMany({
      where: { code: { in: set.endedCodes }, validTo: null, id: agencyIdFilter(scope) },
      select: { code: true, name: true },
    }),
  ]);
  const activeNames = new Map(active.map((a) => [a.code, a.name]));
  const missing = applied ? [] : set.endedCodes.filter((code) => !activeNames.has(code));
  const links = linkKinds(set);
  return {
    set,
    applied,
    missing,
    endedCount: set.endedCodes.length,
    rows: set.newUnits.map((unit) => ({
      ...unit,
      predecessors: unit.predecessorCodes.map((code) => ({
        code,
        name: activeNames.get(code) ?? code,
        kind: links.find((l) => l.from === code && l.to === unit.code)!.kind,
      })),
    })),
  };
}
