import type { Tx } from "@/lib/db";
import { carriedStatuses } from "../schema";

/*
 * No "server-only" here: inspection generation (also run by the seed) calls it.
 */

/**
 * Carry-over (TT26 Đ37: what DOST checks "next time"): gives the units' inspections of a plan a follow-up
 * item for each of the unit's nonconformities still not closed (open, rejected, answered, to be checked next
 * time) raised at inspections of earlier years' plans, whatever that plan's state (a plan is rarely
 * "completed" before the next one is drafted). One inspection per unit gets them: the on-site one when the
 * unit has both. A finding already followed up by an inspection of this plan is not added twice, so this
 * runs again safely when an inspection starts (catching findings set to "check next time" after the plan's
 * inspections were generated). Returns the follow-ups added.
 */
export async function carryForward(
  tx: Tx,
  planId: string,
  only?: { inspectionId: string },
): Promise<{ inspectionId: string; findingId: string }[]> {
  const inspections = await tx.inspection.findMany({
    where: { planId },
    select: { id: true, agencyId: true, kind: true, status: true, plan: { select: { year: true } } },
  });
  if (!inspections.length) return [];
  const year = inspections[0]!.plan.year;
  // The unit's inspection that follows up: on site before dossier.
  const chosen = new Map<string, (typeof inspections)[number]>();
  for (const i of inspections) {
    const current = chosen.get(i.agencyId);
    if (!current || (current.kind === "DOSSIER" && i.kind === "ON_SITE")) chosen.set(i.agencyId, i);
  }
  const targets = [...chosen.values()].filter(
    (i) => i.status !== "SIGNED_OFF" && (!only || i.id === only.inspectionId),
  );
  if (!targets.length) return [];
  const findings = await tx.finding.findMany({
    where: {
      agencyId: { in: targets.map((t) => t.agencyId) },
      severity: { in: ["MINOR", "MAJOR"] },
      status: { in: [...carriedStatuses] },
      inspection: { plan: { year: { lt: year } } },
      followUps: { none: { inspection: { planId } } },
    },
    select: { id: true, agencyId: true },
  });
  const inspectionOf = new Map(targets.map((t) => [t.agencyId, t.id]));
  const rows = findings.map((f) => ({ inspectionId: inspectionOf.get(f.agencyId)!, findingId: f.id }));
  if (rows.length) await tx.inspectionFollowUp.createMany({ data: rows, skipDuplicates: true });
  return rows;
}
