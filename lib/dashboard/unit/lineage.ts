import type { SuccessionKind } from "@/lib/generated/prisma/enums";

/** One AgencySuccession row as the lineage reads it. */
export type SuccessionLink = {
  predecessorId: string;
  successorId: string;
  kind: SuccessionKind;
  effectiveDate: Date;
};

/**
 * A predecessor of the unit: `agencyId` fed into `successorId` (the unit itself or a nearer predecessor) on
 * `effectiveDate`, `depth` reorganisations back (1: a direct predecessor). `split`: the predecessor was divided
 * among several units, so only part of it became this unit's line (its figures still show, marked so).
 */
export type Predecessor = {
  agencyId: string;
  successorId: string;
  kind: SuccessionKind;
  effectiveDate: Date;
  depth: number;
  split: boolean;
};

/** How many reorganisations back a lineage is followed: far beyond any real chain, a guard against bad data. */
export const maxLineageDepth = 20;

/**
 * The unit's predecessors, transitively (a merged commune's old communes, their own predecessors...), nearest
 * first, each once (at its nearest depth; the earliest-listed link when two reach it at the same depth). The unit
 * itself is never its own predecessor, so a cycle in the links (bad data) ends the walk instead of looping.
 * `links` may hold any rows; those not on the unit's line are ignored.
 */
export function predecessorsOf(agencyId: string, links: readonly SuccessionLink[]): Predecessor[] {
  const bySuccessor = new Map<string, SuccessionLink[]>();
  const successorsOf = new Map<string, number>();
  for (const link of links) {
    bySuccessor.set(link.successorId, [...(bySuccessor.get(link.successorId) ?? []), link]);
    successorsOf.set(link.predecessorId, (successorsOf.get(link.predecessorId) ?? 0) + 1);
  }
  const seen = new Set([agencyId]);
  const result: Predecessor[] = [];
  let frontier = [agencyId];
  for (let depth = 1; frontier.length && depth <= maxLineageDepth; depth += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const link of bySuccessor.get(id) ?? []) {
        if (seen.has(link.predecessorId)) continue;
        seen.add(link.predecessorId);
        next.push(link.predecessorId);
        result.push({
          agencyId: link.predecessorId,
          successorId: link.successorId,
          kind: link.kind,
          effectiveDate: link.effectiveDate,
          depth,
          split: link.kind === "SPLIT" || (successorsOf.get(link.predecessorId) ?? 0) > 1,
        });
      }
    }
    frontier = next;
  }
  return result;
}

/** The unit and its predecessors' ids: every unit whose figures the unit's dashboard shows. */
export const lineageIds = (agencyId: string, predecessors: readonly Predecessor[]) => [
  agencyId,
  ...predecessors.map((p) => p.agencyId),
];
