import "server-only";
import { writeAudit } from "@/lib/audit";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { uniquely } from "@/lib/db/unique";
import { AppError } from "@/lib/errors";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { visiblePlan, type Ctx } from "../access/open-for-change";
import { paperRefusal } from "./policy";
import type { SavePaperInput } from "./schema";

const duplicate = () => new AppError("VALIDATION", "errors.VALIDATION", { number: ["planPapers.errors.duplicate"] });

/**
 * Saves a paper's number and date (a draft: the number may be blank), or saves and issues it at once
 * (`intent` "issue": number and date required, read-only from then on), in one transaction with its audit
 * row. The plan row is locked first, so two first saves of the same paper cannot both create its row and a
 * cancellation cannot slip in between. The state (draft, plan status) and the version are checked inside the
 * write: out of sight → NOT_FOUND, issued or plan closed → FORBIDDEN, changed since the form → CONFLICT; a
 * number already used by another paper of the same kind of this plan → a field error on the number.
 */
export async function savePaper(input: SavePaperInput, { scope, ip }: Ctx) {
  const { actor } = scope;
  return uniquely(
    db.$transaction(async (tx) => {
      const [plan] = await tx.$queryRaw<{ id: string; status: PlanStatus; lockVersion: number }[]>`
        SELECT id, status, "lockVersion" FROM inspection_plan WHERE id = ${input.planId}::uuid FOR NO KEY UPDATE`;
      if (!plan || !(await tx.inspectionPlan.count({ where: visiblePlan(scope, { id: plan.id }) })))
        throw new AppError("NOT_FOUND");
      const request = input.recordRequestId
        ? await tx.recordRequest.findFirst({
            where: { id: input.recordRequestId, planId: plan.id },
            select: { id: true, agencyId: true },
          })
        : null;
      if (input.recordRequestId && !request) throw new AppError("NOT_FOUND");
      const row = await tx.planPaper.findFirst({
        where: { planId: plan.id, kind: input.kind, recordRequestId: request?.id ?? null },
      });
      const action = input.intent === "issue" ? "issue" : "edit";
      const refusal = paperRefusal(actor, action, {
        kind: input.kind,
        planStatus: plan.status,
        issued: Boolean(row?.issuedAt),
      });
      if (refusal) throw new AppError("FORBIDDEN", refusal);
      if ((row?.lockVersion ?? 0) !== input.lockVersion) throw new AppError("CONFLICT", "planPapers.errors.stale");

      const team = input.kind === "TEAM_DECISION";
      if (input.number && !team) {
        const taken = await tx.planPaper.count({
          where: { planId: plan.id, kind: input.kind, number: input.number, ...(row ? { NOT: { id: row.id } } : {}) },
        });
        if (taken) throw duplicate();
      }
      const issuing = input.intent === "issue";
      const fields = {
        // The team decision's number and date are the plan's own fields (shown on the plan and the team tab).
        number: team ? null : input.number,
        date: team ? null : input.date,
        issuedAt: issuing ? new Date() : null,
        issuedById: issuing ? actor.id : null,
      };
      if (row) {
        const { count } = await tx.planPaper.updateMany({
          where: { id: row.id, lockVersion: input.lockVersion, issuedAt: null },
          data: { ...fields, lockVersion: { increment: 1 } },
        });
        if (!count) throw new AppError("CONFLICT", "planPapers.errors.stale");
      } else {
        await tx.planPaper.create({
          data: {
            planId: plan.id,
            kind: input.kind,
            agencyId: request?.agencyId ?? null,
            recordRequestId: request?.id ?? null,
            ...fields,
            lockVersion: 1,
          },
        });
      }
      if (team) {
        // The plan's edit form carries the plan's version: bump it, so a form opened before this save is refused.
        await tx.inspectionPlan.update({
          where: { id: plan.id },
          data: {
            teamDecisionNumber: input.number,
            teamDecisionDate: input.date,
            lockVersion: { increment: 1 },
          },
        });
      }
      const data = {
        kind: input.kind,
        recordRequestId: request?.id ?? null,
        number: input.number,
        date: input.date ? isoDay(input.date) : null,
      };
      if (issuing)
        await writeAudit(tx, {
          type: "plan.paper_issued",
          actorId: actor.id,
          target: { type: "plan", id: plan.id },
          data: { ...data, number: data.number!, date: data.date! },
          ip,
        });
      else
        await writeAudit(tx, {
          type: "plan.paper_saved",
          actorId: actor.id,
          target: { type: "plan", id: plan.id },
          data,
          ip,
        });
      return { planId: plan.id, kind: input.kind, issued: issuing };
    }),
    duplicate(),
  );
}
