import "server-only";
import { db } from "@/lib/db";
import { scoreInspection } from "@/lib/inspections";
import { checklistGroupHref } from "@/lib/inspections/schema";

/**
 * An inspection's score by clause group (scoreInspection over its items: the grouping of its checklist page), each
 * group with the link that opens the checklist at that group: the drill-down's last step. The caller has checked
 * that the reader sees the inspection.
 */
export async function clauseScores(inspectionId: string) {
  const items = await db.inspectionItem.findMany({
    where: { inspectionId },
    orderBy: { position: "asc" },
    select: {
      result: true,
      checklistItem: { select: { clauseGroup: true, clause: true, template: { select: { standard: true } } } },
    },
  });
  const score = scoreInspection(
    items.map(({ result, checklistItem: c }) => ({
      standard: c.template.standard,
      clauseGroup: c.clauseGroup,
      clause: c.clause,
      result,
    })),
  );
  return {
    overall: score.overall,
    groups: score.groups.map((g) => ({ ...g, href: checklistGroupHref(inspectionId, g.standard, g.group) })),
  };
}
