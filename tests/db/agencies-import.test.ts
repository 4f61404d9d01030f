import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { columns, type ColumnKey } from "@/lib/agencies/registry/columns";
import { getAgencyImport } from "@/lib/agencies/data";
import { parseSpreadsheet, type RawRow } from "@/lib/agencies/import/parse";
import { commitImport, discardImport, previewImport } from "@/lib/agencies/import/mutations";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { vietnameseSortKey } from "@/lib/text/collation";
import { createAgency, getTestKindId, testKindCode } from "@/tests/factories/agencies";
import { uniqueToken } from "@/tests/factories/unique";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

const ip = "198.51.100.9";
let admin: Actor;

beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
  // Files that import into the test kind must not depend on another test having created it first.
  await getTestKindId();
});

const header = (key: ColumnKey) => columns.find((c) => c.key === key)!.header;

/** A CSV upload with these columns, parsed as the upload page parses it. */
async function upload(
  keys: ColumnKey[],
  rows: string[][],
): Promise<{ fileName: string; format: string; raw: RawRow[] }> {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = [keys.map(header), ...rows].map((r) => r.map(quote).join(",")).join("\r\n");
  const parsed = await parseSpreadsheet(new TextEncoder().encode(text), "danh-muc.csv");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return { fileName: "danh-muc.csv", format: parsed.format, raw: parsed.rows };
}

const importTarget = (id: string) => ({ type: "agency_import", id });
const agencyTarget = (id: string) => ({ type: "agency", id });
const activeByCode = (code: string) => db.agency.findFirst({ where: { code, validTo: null } });

/** Three new units (a child before its parent, and a grandchild) and a change to an existing one. */
async function validFile() {
  const existing = await createAgency();
  const t = uniqueToken();
  const codes = { parent: `P${t}`, child: `C${t}`, grandchild: `G${t}` };
  const file = await upload(
    ["code", "name", "kind", "parentCode", "contactPhone", "announcementNumber", "announcementDate", "isoRequirement"],
    [
      [codes.child, `UBND Xã Con ${t}`, testKindCode, codes.parent, "+84 296 3852 000", "", "", ""],
      [existing.code, `Đơn vị đã đổi tên ${t}`, testKindCode, "", "0296 3852 111", "05/QĐ-UBND", "18/12/2021", ""],
      [codes.parent, `UBND Huyện Cha ${t}`, testKindCode, "", "", "", "", "Bắt buộc"],
      [codes.grandchild, `UBND Ấp Cháu ${t}`, testKindCode, codes.child, "", "", "", ""],
    ],
  );
  return { existing, codes, file, token: t };
}

describe("previewImport", () => {
  it("stores a file with errors without its rows and audits the dry run; it cannot be committed", async () => {
    const t = uniqueToken();
    const file = await upload(
      ["code", "name", "kind", "parentCode", "contactEmail"],
      [
        [`N${t}`, `UBND Xã Tốt ${t}`, testKindCode, "", ""],
        [`M${t}`, `UBND Xã Sai ${t}`, "ubnd_tinh", `KHONG${t}`, "vanphong@"],
      ],
    );
    const result = await previewImport(file, { scope: scopeFor(admin), ip });
    expect(result).toMatchObject({ errors: 3, createCount: 2, updateCount: 0 });

    const job = await db.agencyImport.findUniqueOrThrow({ where: { id: result.id } });
    expect(job).toMatchObject({
      status: "PREVIEW",
      fileName: "danh-muc.csv",
      format: "csv",
      rowCount: 2,
      errorCount: 3,
      createdById: admin.id,
      rows: [],
    });
    expect(job.errors).toEqual([
      { row: 3, column: header("kind"), key: "agencies.import.unknownKind", params: { value: "ubnd_tinh" } },
      { row: 3, column: header("parentCode"), key: "agencies.import.unknownParent", params: { code: `KHONG${t}` } },
      { row: 3, column: header("contactEmail"), key: "errors.email" },
    ]);
    const audit = await auditRowsFor(importTarget(result.id));
    expect(audit.map((r) => [r.type, r.actorId, r.ip, r.data])).toEqual([
      ["agency.import_previewed", admin.id, ip, { fileName: "danh-muc.csv", format: "csv", rows: 2, errors: 3 }],
    ]);

    const error = await appError(commitImport({ id: result.id }, { scope: scopeFor(admin), ip }));
    expect(error).toMatchObject({ code: "CONFLICT", messageKey: "agencies.import.notCommittable" });
    expect(await activeByCode(`N${t}`)).toBeNull();
    expect((await db.agencyImport.findUniqueOrThrow({ where: { id: result.id } })).status).toBe("PREVIEW");
    expect((await auditRowsFor(importTarget(result.id))).map((r) => r.type)).toEqual(["agency.import_previewed"]);
  });

  it("changes nothing in the registry", async () => {
    const { existing, codes, file } = await validFile();
    const result = await previewImport(file, { scope: scopeFor(admin), ip });
    expect(result).toMatchObject({ errors: 0, createCount: 3, updateCount: 1 });
    expect(await db.agency.count({ where: { code: { in: Object.values(codes) } } })).toBe(0);
    expect(await db.agency.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(existing);
    const job = await getAgencyImport(scopeFor(admin), result.id);
    expect(job).toMatchObject({
      status: "PREVIEW",
      rowCount: 4,
      createCount: 3,
      updateCount: 1,
      errors: [],
      committedAt: null,
    });
  });

  it("refuses an officer, and an officer reads no import", async () => {
    const { actor } = await createActor("AGENCY_OFFICER");
    const { file } = await validFile();
    expect((await appError(previewImport(file, { scope: scopeFor(actor), ip }))).code).toBe("FORBIDDEN");
    expect(await db.agencyImport.count({ where: { createdById: actor.id } })).toBe(0);
    const preview = await previewImport(file, { scope: scopeFor(admin), ip });
    expect(await getAgencyImport(scopeFor(actor), preview.id)).toBeNull();
  });
});

describe("commitImport", () => {
  it("creates parents before children, updates the existing unit, audits every row and the import", async () => {
    const { existing, codes, file, token } = await validFile();
    const { id } = await previewImport(file, { scope: scopeFor(admin), ip });
    expect(await commitImport({ id }, { scope: scopeFor(admin), ip })).toEqual({ created: 3, updated: 1 });

    const [parent, child, grandchild] = await Promise.all([
      activeByCode(codes.parent),
      activeByCode(codes.child),
      activeByCode(codes.grandchild),
    ]);
    const kind = await db.agencyKind.findUniqueOrThrow({ where: { code: testKindCode } });
    expect(parent).toMatchObject({
      name: `UBND Huyện Cha ${token}`,
      parentId: null,
      kindId: kind.id,
      isoRequirement: "MANDATORY",
      validTo: null,
      version: 0,
    });
    expect(child).toMatchObject({
      name: `UBND Xã Con ${token}`,
      parentId: parent!.id,
      isoRequirement: "ENCOURAGED",
      contactPhone: "+84 296 3852 000",
    });
    expect(grandchild).toMatchObject({
      parentId: child!.id,
      searchText: `ubnd ap chau ${token} ${codes.grandchild.toLowerCase()}`,
      sortKey: vietnameseSortKey(`Ấp Cháu ${token}`),
    });

    const updated = await db.agency.findUniqueOrThrow({ where: { id: existing.id } });
    expect(updated).toMatchObject({
      code: existing.code,
      name: `Đơn vị đã đổi tên ${token}`,
      contactPhone: "0296 3852 111",
      announcementNumber: "05/QĐ-UBND",
      announcementDate: new Date(Date.UTC(2021, 11, 18)),
      version: 1,
      sortKey: vietnameseSortKey(`Đơn vị đã đổi tên ${token}`),
    });
    expect(updated.searchText).toContain(`don vi da doi ten ${token}`);

    for (const unit of [parent!, child!, grandchild!]) {
      const rows = await auditRowsFor(agencyTarget(unit.id));
      expect(rows.map((r) => [r.type, r.actorId, r.data])).toEqual([
        ["agency.created", admin.id, { code: unit.code, name: unit.name, importId: id }],
      ]);
    }
    const updates = await auditRowsFor(agencyTarget(existing.id));
    expect(updates.map((r) => r.type)).toEqual(["agency.updated"]);
    expect(updates[0]!.data).toEqual({
      importId: id,
      changes: {
        name: { from: existing.name, to: `Đơn vị đã đổi tên ${token}` },
        contactPhone: { from: null, to: "0296 3852 111" },
        announcementNumber: { from: null, to: "05/QĐ-UBND" },
        announcementDate: { from: null, to: "2021-12-18" },
      },
    });

    const job = await db.agencyImport.findUniqueOrThrow({ where: { id } });
    expect(job.status).toBe("COMMITTED");
    expect(job.committedAt).toBeInstanceOf(Date);
    const importAudit = await auditRowsFor(importTarget(id));
    expect(importAudit.map((r) => [r.type, r.data])).toEqual([
      ["agency.import_previewed", { fileName: "danh-muc.csv", format: "csv", rows: 4, errors: 0 }],
      ["agency.import_committed", { created: 3, updated: 1 }],
    ]);
  });

  it("commits once: a second commit is a CONFLICT and writes nothing more", async () => {
    const { codes, file } = await validFile();
    const { id } = await previewImport(file, { scope: scopeFor(admin), ip });
    await commitImport({ id }, { scope: scopeFor(admin), ip });
    const error = await appError(commitImport({ id }, { scope: scopeFor(admin), ip }));
    expect(error).toMatchObject({ code: "CONFLICT", messageKey: "agencies.import.notCommittable" });
    expect(await db.agency.count({ where: { code: codes.parent } })).toBe(1);
    expect((await auditRowsFor(importTarget(id), "agency.import_committed")).length).toBe(1);
  });

  it("two commits at the same moment apply the file once", async () => {
    const { codes, file } = await validFile();
    const { id } = await previewImport(file, { scope: scopeFor(admin), ip });
    const results = await Promise.allSettled([
      commitImport({ id }, { scope: scopeFor(admin), ip }),
      commitImport({ id }, { scope: scopeFor(admin), ip }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.agency.count({ where: { code: { in: Object.values(codes) } } })).toBe(3);
  });

  it("is all or nothing: a unit to update that ended after the preview aborts the whole import", async () => {
    const { existing, codes, file } = await validFile();
    const { id } = await previewImport(file, { scope: scopeFor(admin), ip });
    await db.agency.update({ where: { id: existing.id }, data: { validTo: new Date(Date.UTC(2025, 5, 30)) } });

    const error = await appError(commitImport({ id }, { scope: scopeFor(admin), ip }));
    expect(error).toMatchObject({ code: "CONFLICT", messageKey: "agencies.import.registryChanged" });
    expect(await db.agency.count({ where: { code: { in: Object.values(codes) } } })).toBe(0);
    expect((await db.agency.findUniqueOrThrow({ where: { id: existing.id } })).name).toBe(existing.name);
    expect(await db.agencyImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PREVIEW",
      committedAt: null,
    });
    expect((await auditRowsFor(importTarget(id))).map((r) => r.type)).toEqual(["agency.import_previewed"]);
    expect(await auditRowsFor(agencyTarget(existing.id))).toEqual([]);
  });

  it("is all or nothing: a code taken by another unit after the preview aborts the whole import", async () => {
    const { existing, codes, file } = await validFile();
    const { id } = await previewImport(file, { scope: scopeFor(admin), ip });
    const squatter = await createAgency({ code: codes.grandchild });

    const error = await appError(commitImport({ id }, { scope: scopeFor(admin), ip }));
    expect(error).toMatchObject({ code: "CONFLICT", messageKey: "agencies.import.registryChanged" });
    expect(await db.agency.findMany({ where: { code: { in: Object.values(codes) } }, select: { id: true } })).toEqual([
      { id: squatter.id },
    ]);
    expect((await db.agency.findUniqueOrThrow({ where: { id: existing.id } })).version).toBe(0);
    expect((await db.agencyImport.findUniqueOrThrow({ where: { id } })).status).toBe("PREVIEW");
  });

  it("refuses an officer and an unknown import", async () => {
    const { actor } = await createActor("AGENCY_OFFICER");
    const { codes, file } = await validFile();
    const { id } = await previewImport(file, { scope: scopeFor(admin), ip });
    expect((await appError(commitImport({ id }, { scope: scopeFor(actor), ip }))).code).toBe("FORBIDDEN");
    expect((await appError(commitImport({ id: randomUUID() }, { scope: scopeFor(admin), ip }))).code).toBe("NOT_FOUND");
    expect(await db.agency.count({ where: { code: codes.parent } })).toBe(0);
  });
});

describe("discardImport", () => {
  it("discards a preview once; it can then be neither committed nor discarded again", async () => {
    const { codes, file } = await validFile();
    const { id } = await previewImport(file, { scope: scopeFor(admin), ip });
    expect(await discardImport({ id }, { scope: scopeFor(admin), ip })).toEqual({ id });
    expect((await db.agencyImport.findUniqueOrThrow({ where: { id } })).status).toBe("DISCARDED");
    expect((await appError(discardImport({ id }, { scope: scopeFor(admin), ip }))).code).toBe("CONFLICT");
    expect((await appError(commitImport({ id }, { scope: scopeFor(admin), ip }))).code).toBe("CONFLICT");
    expect(await db.agency.count({ where: { code: { in: Object.values(codes) } } })).toBe(0);
    expect((await auditRowsFor(importTarget(id))).map((r) => [r.type, r.actorId])).toEqual([
      ["agency.import_previewed", admin.id],
      ["agency.import_discarded", admin.id],
    ]);
  });

  it("refuses an officer", async () => {
    const { actor } = await createActor("AGENCY_OFFICER");
    const { file } = await validFile();
    const { id } = await previewImport(file, { scope: scopeFor(admin), ip });
    expect((await appError(discardImport({ id }, { scope: scopeFor(actor), ip }))).code).toBe("FORBIDDEN");
    expect((await db.agencyImport.findUniqueOrThrow({ where: { id } })).status).toBe("PREVIEW");
  });
});
