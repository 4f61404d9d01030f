import "server-only";
import { agencyIdFilter, type Scope } from "@/lib/auth/actor";
import { writeAudit, writeAuditMany } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { insertJsonRows } from "@/lib/db/bulk";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Ctx } from "../mutations";
import { canAgency } from "../policy";
import { diff } from "../registry/changes";
import { agencyDerived } from "../registry/derived";
import type { RawRow } from "./parse";
import { validateImport, type ImportFields, type ImportRow, type RegistrySnapshot } from "./validate";

const agencyInsertColumns = [
  "id",
  "code",
  "name",
  "shortName",
  "nameEn",
  "searchText",
  "sortKey",
  "kindId",
  "parentId",
  "group",
  "isoRequirement",
  "standardVersion",
  "announcementNumber",
  "announcementDate",
  "procedureCount",
  "contactName",
  "contactPhone",
  "contactEmail",
  "confirmed",
  "note",
  "validFrom",
  "validTo",
  "version",
  "createdAt",
  "updatedAt",
] as const;

/** Imports are the administrator's: anyone else is refused before anything is read. */
function authorise(scope: Scope) {
  if (!canAgency(scope.actor, "import")) throw new AppError("FORBIDDEN");
}

/** What validation needs to know of the registry, as the scope sees it: kinds and the units in force. */
export async function registrySnapshot(scope: Scope, tx: Tx | typeof db = db): Promise<RegistrySnapshot> {
  const id = agencyIdFilter(scope);
  const [kinds, active, ended] = await Promise.all([
    tx.agencyKind.findMany({ select: { id: true, code: true, nameVi: true, defaultIsoRequirement: true } }),
    tx.agency.findMany({ where: { id, validTo: null }, select: { id: true, code: true, name: true, parentId: true } }),
    tx.agency.findMany({ where: { id, validTo: { not: null } }, select: { code: true, validTo: true } }),
  ]);
  return { kinds, active, ended: ended.map((e) => ({ code: e.code, validTo: e.validTo! })) };
}

/** Stores the dry run of an uploaded file (nothing in the registry changes) and returns its id. */
export async function previewImport(
  input: { fileName: string; format: string; raw: RawRow[] },
  { scope, ip }: Ctx,
  onProgress?: (done: number) => void,
) {
  authorise(scope);
  const { actor } = scope;
  const result = validateImport(input.raw, await registrySnapshot(scope), onProgress);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.agencyImport.create({
      data: {
        fileName: input.fileName,
        format: input.format,
        rowCount: input.raw.length,
        createCount: result.createCount,
        updateCount: result.updateCount,
        errorCount: result.errors.length,
        errors: result.errors as unknown as Prisma.InputJsonValue,
        rows: result.errors.length ? [] : (result.rows as unknown as Prisma.InputJsonValue),
        createdById: actor.id,
      },
    });
    await writeAudit(tx, {
      type: "agency.import_previewed",
      actorId: actor.id,
      target: { type: "agency_import", id: row.id },
      data: { fileName: input.fileName, format: input.format, rows: input.raw.length, errors: result.errors.length },
      ip,
    });
    return row;
  });
  return {
    id: created.id,
    errors: result.errors.length,
    createCount: result.createCount,
    updateCount: result.updateCount,
  };
}

function dataFor(fields: ImportFields) {
  const { announcementDate, validFrom, validTo, ...rest } = fields;
  return {
    ...rest,
    ...(announcementDate !== undefined
      ? { announcementDate: announcementDate ? new Date(announcementDate) : null }
      : {}),
    ...(validFrom !== undefined ? { validFrom: new Date(validFrom) } : {}),
    ...(validTo !== undefined ? { validTo: validTo ? new Date(validTo) : null } : {}),
  };
}

/**
 * Applies a previewed import: all rows or none. The rows were checked at preview; the registry may have
 * changed since, so units are re-checked by code inside the transaction and a mismatch aborts everything.
 */
export async function commitImport(input: { id: string }, { scope, ip }: Ctx) {
  authorise(scope);
  const { actor } = scope;
  return db.$transaction(
    async (tx) => {
      const job = await tx.agencyImport.findUnique({ where: { id: input.id } });
      if (!job) throw new AppError("NOT_FOUND");
      const claimed = await tx.agencyImport.updateMany({
        where: { id: input.id, status: "PREVIEW", errorCount: 0 },
        data: { status: "COMMITTED", committedAt: new Date() },
      });
      if (claimed.count === 0) throw new AppError("CONFLICT", "agencies.import.notCommittable");
      const rows = job.rows as unknown as ImportRow[];
      const kinds = new Map((await tx.agencyKind.findMany()).map((k) => [k.id, k]));
      const existing = new Map(
        (
          await tx.agency.findMany({
            where: {
              AND: [
                { id: { in: rows.filter((r) => r.action === "update").map((r) => r.id) }, validTo: null },
                { id: agencyIdFilter(scope) },
              ],
            },
          })
        ).map((a) => [a.id, a]),
      );
      const creates = rows.filter((r) => r.action === "create").sort((a, b) => a.depth - b.depth);
      const updates = rows.filter((r) => r.action === "update");
      const taken = await tx.agency.count({
        where: { code: { in: creates.map((r) => r.code), mode: "insensitive" }, validTo: null },
      });
      if (existing.size !== updates.length || taken) throw new AppError("CONFLICT", "agencies.import.registryChanged");

      const audits: Parameters<typeof writeAuditMany>[1] = [];
      // One statement: the parent references among new rows are checked when it ends.
      const now = new Date().toISOString();
      await insertJsonRows(
        tx,
        "agency",
        agencyInsertColumns,
        creates.map((r) => {
          const kind = kinds.get(r.fields.kindId!)!;
          return {
            ...dataFor(r.fields),
            id: r.id,
            code: r.code,
            name: r.fields.name!,
            kindId: kind.id,
            isoRequirement: r.fields.isoRequirement ?? kind.defaultIsoRequirement,
            standardVersion: r.fields.standardVersion ?? "NONE",
            confirmed: r.fields.confirmed ?? true,
            validFrom: r.fields.validFrom ?? "2000-01-01",
            version: 0,
            createdAt: now,
            updatedAt: now,
            ...agencyDerived({ name: r.fields.name!, shortName: r.fields.shortName, code: r.code }),
          };
        }),
      );
      for (const r of creates)
        audits.push({
          type: "agency.created",
          actorId: actor.id,
          target: { type: "agency", id: r.id },
          data: { code: r.code, name: r.fields.name!, importId: job.id },
          ip,
        });

      let updated = 0;
      for (const r of updates) {
        const before = existing.get(r.id)!;
        const data = dataFor(r.fields);
        const changes = diff(before, data);
        if (!Object.keys(changes).length) continue;
        const name = r.fields.name ?? before.name;
        const shortName = r.fields.shortName !== undefined ? r.fields.shortName : before.shortName;
        await tx.agency.update({
          where: { id: r.id },
          data: { ...data, ...agencyDerived({ name, shortName, code: before.code }), version: { increment: 1 } },
        });
        audits.push({
          type: "agency.updated",
          actorId: actor.id,
          target: { type: "agency", id: r.id },
          data: { changes, importId: job.id },
          ip,
        });
        updated += 1;
      }
      await writeAuditMany(tx, audits);
      await writeAudit(tx, {
        type: "agency.import_committed",
        actorId: actor.id,
        target: { type: "agency_import", id: job.id },
        data: { created: creates.length, updated },
        ip,
      });
      // Rows that matched a unit but changed nothing are not counted as updates.
      return { created: creates.length, updated };
    },
    { timeout: 120_000 },
  );
}

export async function discardImport(input: { id: string }, { scope, ip }: Ctx) {
  authorise(scope);
  const { actor } = scope;
  return db.$transaction(async (tx) => {
    const { count } = await tx.agencyImport.updateMany({
      where: { id: input.id, status: "PREVIEW" },
      data: { status: "DISCARDED" },
    });
    if (count === 0) throw new AppError("CONFLICT", "agencies.import.notCommittable");
    await writeAudit(tx, {
      type: "agency.import_discarded",
      actorId: actor.id,
      target: { type: "agency_import", id: input.id },
      data: {},
      ip,
    });
    return { id: input.id };
  });
}
