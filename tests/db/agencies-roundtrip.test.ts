import { beforeAll, describe, expect, it } from "vitest";
import { listAgenciesForExport } from "@/lib/agencies/data";
import { agenciesToCsv, agenciesToXlsx } from "@/lib/agencies/export/spreadsheet";
import { parseSpreadsheet, type RawRow } from "@/lib/agencies/import/parse";
import { validateImport } from "@/lib/agencies/import/validate";
import { registrySnapshot } from "@/lib/agencies/import/mutations";
import { diff } from "@/lib/agencies/registry/changes";
import { agencyListQuerySchema } from "@/lib/agencies/schema";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { createActor } from "@/tests/factories/users";

let admin: Actor;

beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
});

/** The seeded registry in force, as the list's export writes it (one kind at a time, the list's filter). */
async function exportedRows() {
  const rows = [];
  for (const kind of ["co_quan_tinh", "ubnd_huyen", "ubnd_xa"])
    rows.push(...(await listAgenciesForExport(scopeFor(admin), agencyListQuerySchema.parse({ kind })))!);
  return rows;
}

/** What a file would change in the registry: per unit, the fields whose value differs from the one stored. */
async function changesOf(bytes: Uint8Array, fileName: string) {
  const parsed = await parseSpreadsheet(bytes, fileName);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  const result = validateImport(parsed.rows as RawRow[], await registrySnapshot(scopeFor(admin)));
  const stored = new Map(
    (await db.agency.findMany({ where: { id: { in: result.rows.map((r) => r.id) } } })).map((a) => [a.id, a]),
  );
  const changes = result.rows.flatMap((r): { code: string; action?: string; changed?: Record<string, unknown> }[] => {
    const before = stored.get(r.id);
    if (!before) return [{ code: r.code, action: r.action }];
    const { announcementDate, validFrom, validTo, ...rest } = r.fields;
    const dates = {
      ...(announcementDate !== undefined
        ? { announcementDate: announcementDate ? new Date(announcementDate) : null }
        : {}),
      ...(validFrom !== undefined ? { validFrom: new Date(validFrom) } : {}),
      ...(validTo !== undefined ? { validTo: validTo ? new Date(validTo) : null } : {}),
    };
    const changed = diff(before, { ...rest, ...dates });
    return Object.keys(changed).length ? [{ code: r.code, changed }] : [];
  });
  return { errors: result.errors, rows: result.rows.length, updates: result.updateCount, changes };
}

describe("registry export → import", () => {
  it("names each unit's kind in 'Loại' and keeps its code in 'Mã loại'", async () => {
    const rows = await exportedRows();
    const csv = agenciesToCsv(rows.filter((r) => r.code === "883"));
    expect(csv).toContain("Loại,Mã loại");
    expect(csv).toContain(",UBND cấp huyện,ubnd_huyen,");
    expect(csv).not.toMatch(/,ubnd_huyen,ubnd_huyen,/);
  });

  it("an exported XLSX of the seeded registry imports back with no error and no change", async () => {
    const rows = await exportedRows();
    expect(rows.length).toBeGreaterThanOrEqual(202);
    const result = await changesOf(new Uint8Array(await agenciesToXlsx(rows)), "danh-muc.xlsx");
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ rows: rows.length, updates: rows.length, changes: [] });
  });

  it("so does the CSV export", async () => {
    const rows = await exportedRows();
    const result = await changesOf(new TextEncoder().encode(agenciesToCsv(rows)), "danh-muc.csv");
    expect(result.errors).toEqual([]);
    expect(result.changes).toEqual([]);
  });
});
