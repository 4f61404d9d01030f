import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { findRecordHead, getRecord, getRecordFile, listRecords } from "@/lib/documents/data";
import { recordListQuerySchema } from "@/lib/documents/schema";
import { insertPlan } from "@/tests/factories/plans";
import { createRecordFor } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/users";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-scope-"));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

let officer: Actor;
let stranger: Actor;
let committee: Actor;
let partner: Actor;
let partnerOnTeam: Actor;
let record: { id: string; versionId: string };
let fileId: string;

beforeAll(async () => {
  [officer, stranger, committee, partner, partnerOnTeam] = await Promise.all([
    createActor("AGENCY_OFFICER").then((a) => a.actor),
    createActor("AGENCY_OFFICER").then((a) => a.actor),
    createActor("COMMITTEE_VIEWER").then((a) => a.actor),
    createActor("PARTNER_INSPECTOR").then((a) => a.actor),
    createActor("PARTNER_INSPECTOR").then((a) => a.actor),
  ]);
  record = await createRecordFor(officer, { title: "Chính sách chất lượng Phòng thử" });
  fileId = (await db.recordFile.findFirstOrThrow({ where: { versionId: record.versionId } })).id;
  await insertPlan({
    createdById: committee.id,
    year: 2021,
    status: "APPROVED",
    targets: [{ agencyId: officer.agencyId! }],
    members: [{ userId: partnerOnTeam.id, role: "MEMBER" }],
  });
});

describe("record scope", () => {
  it("gives another unit's officer nothing: record, file and list (a 404 in the app)", async () => {
    const scope = scopeFor(stranger);
    expect(await getRecord(scope, record.id)).toBeNull();
    expect(await findRecordHead(scope, record.id)).toBeNull();
    expect(await getRecordFile(scope, fileId)).toBeNull();
    expect((await listRecords(scope, recordListQuerySchema.parse({}))).records.map((r) => r.id)).not.toContain(
      record.id,
    );
  });

  it("gives the unit's officer, the People's Committee and a partner on the unit's plan team the record and its file", async () => {
    for (const actor of [officer, committee, partnerOnTeam]) {
      const found = await getRecord(scopeFor(actor), record.id);
      expect(found?.versions[0]?.files.map((f) => f.id)).toEqual([fileId]);
      expect(await getRecordFile(scopeFor(actor), fileId)).toMatchObject({
        id: fileId,
        contentType: "application/pdf",
      });
    }
  });

  it("hides the unit's records from a partner inspector who is not on a team of its plans", async () => {
    expect(await getRecord(scopeFor(partner), record.id)).toBeNull();
    expect(await getRecordFile(scopeFor(partner), fileId)).toBeNull();
  });

  it("finds units in the queue without diacritics", async () => {
    const unit = await db.agency.findUniqueOrThrow({ where: { id: officer.agencyId! } });
    const words = unit.name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase();
    const { records } = await listRecords(
      scopeFor(committee),
      recordListQuerySchema.parse({ q: words, category: "INTERNAL_AUDIT_REPORT" }),
    );
    expect(records.map((r) => r.id)).toEqual([record.id]);
  });
});
