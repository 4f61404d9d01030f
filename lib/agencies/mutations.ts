import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { agencyInScope } from "./data";
import { canAgency } from "./policy";
import { diff } from "./registry/changes";
import { agencyDerived } from "./registry/derived";
import type { UpdateAgencyInput } from "./schema";

/** What every registry use case is given: the caller's scope (its actor is who acts) and address for the audit row. */
export type Ctx = { scope: Scope; ip: string | null };

/**
 * An edit by a DOST administrator. `version` must be the one the form was opened with (optimistic locking).
 * The unit is read in the scope first: a unit the actor does not see is not found, whatever the policy says.
 */
export async function updateAgency(input: UpdateAgencyInput, { scope, ip }: Ctx) {
  const { actor } = scope;
  return db.$transaction(async (tx) => {
    const before = await tx.agency.findFirst({ where: agencyInScope(scope, input.id) });
    if (!before) throw new AppError("NOT_FOUND");
    if (!canAgency(actor, "update", before)) throw new AppError("FORBIDDEN");
    if (input.parentId === input.id)
      throw new AppError("VALIDATION", "errors.VALIDATION", { parentId: ["agencies.import.selfParent"] });
    if (input.parentId && !(await tx.agency.count({ where: { id: input.parentId } }))) {
      throw new AppError("VALIDATION", "errors.VALIDATION", { parentId: ["agencies.errors.parentNotFound"] });
    }
    const { id, version, ...fields } = input;
    const changes = diff(before, fields);
    if (!Object.keys(changes).length) return { id, version: before.version };
    const { count } = await tx.agency.updateMany({
      where: { id, version },
      data: {
        ...fields,
        ...agencyDerived({ name: fields.name, shortName: fields.shortName, code: before.code }),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "agencies.errors.conflict");
    await writeAudit(tx, {
      type: "agency.updated",
      actorId: actor.id,
      target: { type: "agency", id },
      data: { changes },
      ip,
    });
    return { id, version: version + 1 };
  });
}
