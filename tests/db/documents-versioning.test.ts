import { mkdtempSync, rmSync } from "node:fs";
import { scopeFor } from "@/lib/auth/scope";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addVersion, createRecord } from "@/lib/documents/mutations";
import { versionFieldsSchema } from "@/lib/documents/schema";
import { getStorage } from "@/lib/storage";
import { insertPlan } from "@/tests/factories/plans";
import { recordFields, storedFile } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { readAll } from "@/tests/support/bodies";
import { appError } from "@/tests/support/errors";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-records-"));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

let officer: Actor;
let colleague: Actor;
let outsider: Actor;
let inspector: Actor;

beforeAll(async () => {
  officer = (await createActor("AGENCY_OFFICER")).actor;
  [colleague, outsider, inspector] = await Promise.all([
    createActor("AGENCY_OFFICER", { agencyId: officer.agencyId }).then((a) => a.actor),
    createActor("AGENCY_OFFICER").then((a) => a.actor),
    createActor("DOST_INSPECTOR").then((a) => a.actor),
  ]);
});

const read = async (key: string) => readAll(await getStorage().get(key));

describe("createRecord", () => {
  it("stores the record of the officer's unit, version 1 with its period, each file with SHA-256, size, type, uploader; audits; tells DOST", async () => {
    const file = await storedFile("Báo cáo ĐGNB 2021.pdf");
    const { id } = await createRecord(
      recordFields({ title: "Báo cáo đánh giá nội bộ 2021", note: "Bản có chữ ký" }),
      [file],
      { scope: scopeFor(officer), ip: "198.51.100.7" },
    );
    const record = await db.qmsRecord.findUniqueOrThrow({
      where: { id },
      include: { versions: { include: { files: true } }, events: true },
    });
    expect(record).toMatchObject({
      agencyId: officer.agencyId,
      category: "INTERNAL_AUDIT_REPORT",
      status: "SUBMITTED",
      latestVersion: 1,
      createdById: officer.id,
    });
    expect(record.versions).toHaveLength(1);
    expect(record.versions[0]).toMatchObject({
      number: 1,
      periodFrom: new Date(Date.UTC(2021, 0, 1)),
      periodTo: new Date(Date.UTC(2021, 11, 31)),
      note: "Bản có chữ ký",
      status: "SUBMITTED",
      uploadedById: officer.id,
    });
    expect(record.versions[0]!.files).toEqual([
      expect.objectContaining({
        storageKey: file.key,
        fileName: "Báo cáo ĐGNB 2021.pdf",
        contentType: "application/pdf",
        size: BigInt(file.size),
        sha256: file.sha256,
        uploadedById: officer.id,
      }),
    ]);
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.events.map((e) => e.action)).toEqual(["submitted"]);
    const [audit] = await auditRowsFor({ type: "record", id }, "record.created");
    expect(audit).toMatchObject({
      actorId: officer.id,
      ip: "198.51.100.7",
      data: { agencyId: officer.agencyId, category: "INTERNAL_AUDIT_REPORT", files: 1 },
    });
    expect(await db.notification.count({ where: { userId: inspector.id, link: `/ho-so/${id}` } })).toBe(1);
  });

  it("refuses DOST (no upload on a unit's behalf), no files, and a plan that is not the unit's; nothing is written", async () => {
    // Counted among this file's actors: other files write records at the same time.
    const mine = { createdById: { in: [inspector.id, officer.id] } };
    const before = await db.qmsRecord.count({ where: mine });
    expect(
      (await appError(createRecord(recordFields(), [await storedFile()], { scope: scopeFor(inspector), ip: null })))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (await appError(createRecord(recordFields(), [], { scope: scopeFor(officer), ip: null }))).fieldErrors,
    ).toEqual({
      files: ["documents.errors.noFiles"],
    });
    const otherPlan = await insertPlan({
      createdById: inspector.id,
      year: 2021,
      status: "APPROVED",
      targets: [{ agencyId: outsider.agencyId! }],
    });
    const error = await appError(
      createRecord(recordFields({ planId: otherPlan.id }), [await storedFile()], {
        scope: scopeFor(officer),
        ip: null,
      }),
    );
    expect(error.fieldErrors).toEqual({ planId: ["documents.errors.plan"] });
    expect(await db.qmsRecord.count({ where: mine })).toBe(before);
  });

  it("ties a record to an approved plan in which the unit is a target", async () => {
    const plan = await insertPlan({
      createdById: inspector.id,
      year: 2021,
      status: "APPROVED",
      targets: [{ agencyId: officer.agencyId! }],
    });
    const { id } = await createRecord(recordFields({ planId: plan.id }), [await storedFile()], {
      scope: scopeFor(officer),
      ip: null,
    });
    expect((await db.qmsRecord.findUniqueOrThrow({ where: { id } })).planId).toBe(plan.id);
  });
});

describe("addVersion", () => {
  it("adds version 2 by a colleague of the same unit and keeps version 1 with its file, bytes intact", async () => {
    const first = await storedFile("v1.pdf");
    const { id } = await createRecord(recordFields(), [first], { scope: scopeFor(officer), ip: null });
    const second = [await storedFile("v2 trang 1.pdf"), await storedFile("v2 trang 2.pdf")];
    const result = await addVersion(
      id,
      versionFieldsSchema.parse({ periodFrom: "01/01/2021", periodTo: "31/12/2021", note: "Bổ sung phụ lục" }),
      second,
      { scope: scopeFor(colleague), ip: null },
    );
    expect(result).toMatchObject({ id, version: 2 });
    const record = await db.qmsRecord.findUniqueOrThrow({
      where: { id },
      include: {
        versions: { orderBy: { number: "asc" }, include: { files: { orderBy: { fileName: "asc" } } } },
        events: true,
      },
    });
    expect(record).toMatchObject({ latestVersion: 2, status: "SUBMITTED" });
    expect(record.versions.map((v) => [v.number, v.files.map((f) => f.fileName)])).toEqual([
      [1, ["v1.pdf"]],
      [2, ["v2 trang 1.pdf", "v2 trang 2.pdf"]],
    ]);
    expect(record.versions[1]!.uploadedById).toBe(colleague.id);
    expect((await read(first.key)).subarray(0, 5).toString()).toBe("%PDF-");
    expect(record.events.map((e) => e.comment)).toContain("Bổ sung phụ lục");
    expect(await auditRowsFor({ type: "record", id }, "record.version_added")).toHaveLength(1);
  });

  it("answers NOT_FOUND to another unit's officer and FORBIDDEN to DOST; nothing changes", async () => {
    const { id } = await createRecord(recordFields(), [await storedFile()], { scope: scopeFor(officer), ip: null });
    const fields = versionFieldsSchema.parse({ effectiveDate: "01/03/2021" });
    expect(
      (await appError(addVersion(id, fields, [await storedFile()], { scope: scopeFor(outsider), ip: null }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await appError(addVersion(id, fields, [await storedFile()], { scope: scopeFor(inspector), ip: null }))).code,
    ).toBe("FORBIDDEN");
    expect(await db.recordVersion.count({ where: { recordId: id } })).toBe(1);
  });

  it("lets only one of two simultaneous uploads become version 2 (the other is told the record changed)", async () => {
    const { id } = await createRecord(recordFields(), [await storedFile()], { scope: scopeFor(officer), ip: null });
    const fields = versionFieldsSchema.parse({ effectiveDate: "01/03/2021" });
    const results = await Promise.allSettled([
      addVersion(id, fields, [await storedFile()], { scope: scopeFor(officer), ip: null }),
      addVersion(id, fields, [await storedFile()], { scope: scopeFor(colleague), ip: null }),
    ]);
    const versions = await db.recordVersion.findMany({ where: { recordId: id }, select: { number: true } });
    expect(versions.map((v) => v.number).sort()).toEqual(
      results.every((r) => r.status === "fulfilled") ? [1, 2, 3] : [1, 2],
    );
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
  });
});
