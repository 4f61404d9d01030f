import "server-only";
import { writeAuditMany } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { tellUsersEach, translatedList } from "@/lib/notifications";
import { planVisibility } from "@/lib/plans/policy";
import { unitCompleteness } from "../completeness/data";
import type { Ctx } from "../mutations";
import { canRecord } from "../policy";
import type { RequestMissingInput } from "../schema";

/**
 * DOST asks for the records a unit has not submitted for a plan — one unit, or (no agencyId) every unit of
 * the dossier scope with something missing — in one transaction: a RecordRequest per unit naming the
 * missing categories, its audit row, and a notification and e-mail to the unit's officers. Units with
 * nothing missing are left alone; if no unit has anything missing, nothing is written and the reviewer is told.
 */
export async function requestMissing(input: RequestMissingInput, { scope, ip }: Ctx) {
  const { actor } = scope;
  if (!canRecord(actor, "requestMissing")) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findFirst({
      where: { AND: [planVisibility(actor), { id: input.planId }] },
      select: { id: true, year: true, number: true },
    });
    if (!plan) throw new AppError("NOT_FOUND");
    const units = await unitCompleteness(scope, tx, plan, input.agencyId ? { id: input.agencyId } : {});
    if (input.agencyId && !units.length) throw new AppError("NOT_FOUND");
    const wanting = units.filter((u) => u.missing.length > 0);
    if (!wanting.length) throw new AppError("CONFLICT", "documents.errors.nothingMissing");
    const comment = input.comment || null;
    await tx.recordRequest.createMany({
      data: wanting.map((u) => ({
        agencyId: u.agency.id,
        planId: plan.id,
        categories: u.missing,
        comment,
        requestedById: actor.id,
      })),
    });
    await writeAuditMany(
      tx,
      wanting.map((u) => ({
        type: "record.missing_requested" as const,
        actorId: actor.id,
        target: { type: "agency", id: u.agency.id },
        data: { planId: plan.id, categories: u.missing, comment },
        ip,
      })),
    );
    // Only units with officer accounts get messages: one query for the officers, one insert each for all the
    // notifications and all the e-mails, each unit's naming what it misses.
    const officers = await tx.user.findMany({
      where: { status: "ACTIVE", role: "AGENCY_OFFICER", agencyId: { in: wanting.map((u) => u.agency.id) } },
      select: { id: true, email: true, locale: true, agencyId: true },
    });
    const byUnit = new Map<string | null, typeof officers>();
    for (const officer of officers) byUnit.set(officer.agencyId, [...(byUnit.get(officer.agencyId) ?? []), officer]);
    const planName = `${plan.number} (${plan.year})`;
    const messages = wanting.map((unit) => {
      const params = {
        plan: planName,
        categories: translatedList(unit.missing.map((c) => `documents.categories.${c}`)),
        comment: comment ?? "",
      };
      return {
        users: byUnit.get(unit.agency.id) ?? [],
        notice: { type: "record.requested", key: "documents.notify.requested" as const, params, link: "/ho-so" },
      };
    });
    await tellUsersEach(tx, messages, actor.id);
    return { units: wanting.length };
  });
}
