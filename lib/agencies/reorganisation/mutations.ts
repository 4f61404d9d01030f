import "server-only";
import { agencyIdFilter } from "@/lib/auth/actor";
import { writeAudit, writeAuditMany } from "@/lib/audit";
import { addDays, calendarDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Ctx } from "../mutations";
import { canAgency } from "../policy";
import { agencyDerived } from "../registry/derived";
import { getChangeSet, linkKinds } from "./change-sets";

/**
 * Applies a change set once: old units end the day before it takes effect (their records stay, under the
 * old name), new units begin, and predecessor → successor links are kept. All or nothing.
 */
export async function applyReorganisation(input: { key: string }, { scope, ip }: Ctx) {
  const { actor } = scope;
  if (!canAgency(actor, "reorganise")) throw new AppError("FORBIDDEN");
  const set = getChangeSet(input.key);
  if (!set) throw new AppError("NOT_FOUND");
  const effective = calendarDay(set.effectiveDate)!;
  const endDate = addDays(effective, -1);
  return db.$transaction(
    async (tx) => {
      if (await tx.reorganisation.findUnique({ where: { key: set.key } }))
        throw new AppError("CONFLICT", "agencies.reorganisation.alreadyApplied");
      const reorganisation = await tx.reorganisation.create({
        data: {
          key: set.key,
          title: set.title,
          legalBasis: set.legalBasis,
          effectiveDate: effective,
          appliedAt: new Date(),
          appliedById: actor.id,
        },
      });
      // Units the scope does not see count as missing: the set then does not match and nothing is applied.
      const old = await tx.agency.findMany({
        where: { code: { in: set.endedCodes }, validTo: null, id: agencyIdFilter(scope) },
        select: { id: true, code: true },
      });
      if (old.length !== set.endedCodes.length)
        throw new AppError("CONFLICT", "agencies.reorganisation.registryChanged");
      const oldIds = new Map(old.map((a) => [a.code, a.id]));
      await tx.agency.updateMany({
        where: { id: { in: old.map((a) => a.id) } },
        data: { validTo: endDate, version: { increment: 1 } },
      });

      const kinds = new Map((await tx.agencyKind.findMany()).map((k) => [k.code, k]));
      const created = await tx.agency.createManyAndReturn({
        data: set.newUnits.map((unit) => {
          const kind = kinds.get(unit.kindCode)!;
          return {
            code: unit.code,
            name: unit.name,
            shortName: unit.shortName,
            ...agencyDerived(unit),
            kindId: kind.id,
            unitType: unit.unitType,
            isoRequirement: kind.defaultIsoRequirement,
            standardVersion: "NONE" as const,
            note: unit.note,
            validFrom: effective,
          };
        }),
        select: { id: true, code: true, name: true },
      });
      const newIds = new Map(created.map((a) => [a.code, a.id]));
      const links = linkKinds(set);
      await tx.agencySuccession.createMany({
        data: links.map((l) => ({
          predecessorId: oldIds.get(l.from)!,
          successorId: newIds.get(l.to)!,
          kind: l.kind,
          effectiveDate: effective,
          reorganisationId: reorganisation.id,
        })),
      });

      await writeAuditMany(tx, [
        ...old.map((a) => ({
          type: "agency.updated" as const,
          actorId: actor.id,
          target: { type: "agency", id: a.id },
          data: {
            changes: { validTo: { from: null, to: endDate.toISOString().slice(0, 10) } },
            reorganisationId: reorganisation.id,
          },
          ip,
        })),
        ...created.map((a) => ({
          type: "agency.created" as const,
          actorId: actor.id,
          target: { type: "agency", id: a.id },
          data: { code: a.code, name: a.name, reorganisationId: reorganisation.id },
          ip,
        })),
      ]);
      const result = { key: set.key, created: created.length, ended: old.length, links: links.length };
      await writeAudit(tx, {
        type: "reorganisation.applied",
        actorId: actor.id,
        target: { type: "reorganisation", id: reorganisation.id },
        data: result,
        ip,
      });
      return result;
    },
    { timeout: 60_000 },
  );
}
