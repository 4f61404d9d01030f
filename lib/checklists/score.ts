import type { ItemResult } from "@/lib/generated/prisma/enums";

export type ScorableItem = { clauseGroup: string; weight: number; result: ItemResult | null };

export type Score = {
  /** Sum of the weights of the assessed items (not "not applicable", not left blank). */
  assessedWeight: number;
  /** Sum of the weights of the assessed items that conform (a recommendation still conforms). */
  conformingWeight: number;
  /** conformingWeight / assessedWeight as a whole percentage; null when nothing was assessed. */
  percent: number | null;
  counts: Record<ItemResult | "UNASSESSED", number>;
};

const earns: Record<ItemResult, boolean | null> = {
  CONFORM: true,
  RECOMMENDATION: true,
  MINOR_NC: false,
  MAJOR_NC: false,
  NOT_APPLICABLE: null,
};

function emptyScore(): Score {
  return { assessedWeight: 0, conformingWeight: 0, percent: null, counts: { CONFORM: 0, MINOR_NC: 0, MAJOR_NC: 0, RECOMMENDATION: 0, NOT_APPLICABLE: 0, UNASSESSED: 0 } };
}

function add(score: Score, item: ScorableItem) {
  score.counts[item.result ?? "UNASSESSED"] += 1;
  const conforms = item.result ? earns[item.result] : null;
  if (conforms === null) return;
  score.assessedWeight += item.weight;
  if (conforms) score.conformingWeight += item.weight;
  score.percent = Math.round((100 * score.conformingWeight) / score.assessedWeight);
}

/**
 * The weighted share of conforming items, overall and per clause group (groups in first-seen order).
 * A nonconformity, minor or major, earns nothing; "not applicable" and blank items count in neither
 * side, so a unit is not marked down for requirements that do not concern it.
 */
export function scoreChecklist(items: ScorableItem[]): { overall: Score; groups: { group: string; score: Score }[] } {
  const overall = emptyScore();
  const groups = new Map<string, Score>();
  for (const item of items) {
    add(overall, item);
    let group = groups.get(item.clauseGroup);
    if (!group) groups.set(item.clauseGroup, (group = emptyScore()));
    add(group, item);
  }
  return { overall, groups: [...groups].map(([group, score]) => ({ group, score })) };
}
