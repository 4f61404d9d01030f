import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/dates";
import { formatCalendarDate } from "@/lib/text/dates";
import { userNames } from "@/lib/users";
import { inspectionVisibility } from "../policy";

/**
 * The findings carried over into an inspection from the unit's earlier inspections, each with its history
 * read-only: the earlier finding, the unit's answers and DOST's verdicts so far, and the decision
 * taken here. Empty when the inspection is out of the actor's sight.
 */
export async function listFollowUps(scope: Scope, inspectionId: string) {
  const rows = await db.inspectionFollowUp.findMany({
    where: { inspectionId, inspection: inspectionVisibility(scope.actor) },
    select: {
      id: true,
      outcome: true,
      note: true,
      decidedById: true,
      decidedAt: true,
      finding: {
        select: {
          id: true,
          number: true,
          clause: true,
          severity: true,
          description: true,
          requiredAction: true,
          dueDate: true,
          status: true,
          inspection: { select: { kind: true, plan: { select: { year: true, number: true } } } },
          answers: {
            orderBy: { round: "asc" },
            select: { round: true, submittedAt: true, action: true, status: true, verdictNote: true },
          },
        },
      },
    },
  });
  const names = await userNames(rows.map((r) => r.decidedById));
  return rows
    .map((r) => ({
      id: r.id,
      outcome: r.outcome,
      note: r.note,
      decidedBy: r.decidedById ? (names.get(r.decidedById) ?? null) : null,
      decidedAt: r.decidedAt ? formatDate(r.decidedAt) : null,
      finding: {
        id: r.finding.id,
        number: r.finding.number,
        clause: r.finding.clause,
        severity: r.finding.severity,
        description: r.finding.description,
        requiredAction: r.finding.requiredAction,
        dueDate: r.finding.dueDate ? formatCalendarDate(r.finding.dueDate) : null,
        status: r.finding.status,
        year: r.finding.inspection.plan.year,
        plan: r.finding.inspection.plan.number,
        kind: r.finding.inspection.kind,
      },
      answers: r.finding.answers.map((a) => ({
        round: a.round,
        date: formatDate(a.submittedAt),
        action: a.action,
        status: a.status,
        verdictNote: a.verdictNote,
      })),
    }))
    .sort((a, b) => a.finding.year - b.finding.year || a.finding.number - b.finding.number);
}
export type FollowUpView = Awaited<ReturnType<typeof listFollowUps>>[number];
