import "server-only";
import { db } from "@/lib/db";
import { maxLineageDepth, predecessorsOf, type Predecessor, type SuccessionLink } from "./lineage";

/**
 * The unit's predecessors through the registry's succession links (predecessorsOf), read one reorganisation back at
 * a time (a query per step; real chains are one or two steps long). Not scoped: the caller has decided the reader
 * may see the unit, and its line is part of it.
 */
export async function readPredecessors(agencyId: string): Promise<Predecessor[]> {
  const links: SuccessionLink[] = [];
  const seen = new Set([agencyId]);
  let frontier = [agencyId];
  for (let step = 0; frontier.length && step < maxLineageDepth; step += 1) {
    const rows = await db.agencySuccession.findMany({
      where: { successorId: { in: frontier } },
      select: { predecessorId: true, successorId: true, kind: true, effectiveDate: true },
    });
    links.push(...rows);
    frontier = [...new Set(rows.map((r) => r.predecessorId))].filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  // A predecessor split among several units: its other successors are needed to mark it so.
  const ids = [...seen].filter((id) => id !== agencyId);
  if (ids.length) {
    const others = await db.agencySuccession.findMany({
      where: { predecessorId: { in: ids }, successorId: { notIn: [...seen] } },
      select: { predecessorId: true, successorId: true, kind: true, effectiveDate: true },
    });
    links.push(...others);
  }
  return predecessorsOf(agencyId, links);
}
