import "server-only";
import type { Tx } from "@/lib/db";
import type { ChecklistStandard } from "@/lib/generated/prisma/enums";
import { sameClauses } from "./clauses";

/**
 * The finding a new nonconformity repeats: the same unit's nonconformity (minor or major, never a
 * recommendation) on the same clause — 2008 and 2015 clauses matched through the crosswalk table, both
 * directions — at an inspection of an earlier year's plan; the most recent first. Null when there is none.
 */
export async function findRepeatOf(
  tx: Tx,
  finding: { agencyId: string; year: number; standard: ChecklistStandard; clause: string },
): Promise<string | null> {
  const pairs =
    finding.standard === "QD19_2014"
      ? []
      : await tx.clauseCrosswalk.findMany({ select: { iso2008Clause: true, iso2015Clause: true } });
  const clauses = sameClauses(finding, pairs);
  const earlier = await tx.finding.findFirst({
    where: {
      agencyId: finding.agencyId,
      severity: { in: ["MINOR", "MAJOR"] },
      inspection: { plan: { year: { lt: finding.year } } },
      OR: clauses.map((c) => ({ clause: c.clause, item: { checklistItem: { template: { standard: c.standard } } } })),
    },
    orderBy: [{ inspection: { plan: { year: "desc" } } }, { createdAt: "desc" }],
    select: { id: true },
  });
  return earlier?.id ?? null;
}
