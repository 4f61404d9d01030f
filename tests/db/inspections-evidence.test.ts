import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { getInspection } from "@/lib/inspections/data";
import { removeEvidence } from "@/lib/inspections/evidence/mutations";
import { saveConclusion, signOffInspection } from "@/lib/inspections/mutations";
import { conclusionSchema } from "@/lib/inspections/schema";
import { getStorage } from "@/lib/storage";
import { approvedPlanWithInspections, assessAll, inspectionOf, qmsUnit } from "@/tests/factories/inspections";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { sha256 } from "@/tests/support/bodies";
import { samples } from "@/tests/support/files";

// Only the session edge is replaced: the route handlers read the actor from here.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentActor: async () => session.actor,
  requestIp: async () => "198.51.100.7",
}));
const { POST } = await import("@/app/api/kiem-tra/[id]/minh-chung/route");
const { GET } = await import("@/app/api/kiem-tra/[id]/minh-chung/[evidenceId]/route");

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-evidence-"));
process.env.DATA_DIR = dataDir;
const maxBytes = 256 * 1024;
process.env.UPLOAD_MAX_BYTES = String(maxBytes);
const storedFiles = () =>
  existsSync(path.join(dataDir, "files"))
    ? readdirSync(path.join(dataDir, "files"), { recursive: true }).filter((f) => /\/[0-9a-f-]{36}$/.test(String(f)))
    : [];

let admin: Actor;
beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A dossier review of one unit, led by `lead`, with an officer of that unit. */
async function setup() {
  const lead = await createActor("DOST_INSPECTOR");
  const unit = await qmsUnit();
  const { plan } = await approvedPlanWithInspections({
    createdById: admin.id,
    units: [{ agencyId: unit.id }],
    members: [{ userId: lead.user.id, role: "LEAD" }],
  });
  const inspection = await inspectionOf(plan.id, unit.id, "DOSSIER");
  const officer = (await createActor("AGENCY_OFFICER", { agencyId: unit.id })).actor;
  return { inspection, itemId: inspection.items[0]!.id, lead: lead.actor, officer };
}

async function signOff(lead: Actor, inspectionId: string) {
  await assessAll(lead, inspectionId);
  const current = await db.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
  await saveConclusion(
    conclusionSchema.parse({
      inspectionId,
      lockVersion: String(current.lockVersion),
      recordDate: "20/06/2031",
      overallResult: "CONFORMING",
    }),
    { scope: scopeFor(lead), ip: null },
  );
  const { lockVersion } = await db.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
  await signOffInspection({ inspectionId, lockVersion }, { scope: scopeFor(lead), ip: null });
}

type Part = [content: Buffer, name: string, type?: string];
function upload(actor: Actor | null, inspectionId: string, fields: Record<string, string>, files: Part[]) {
  session.actor = actor;
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [content, name, type] of files)
    form.append("files", new File([new Uint8Array(content)], name, { type: type ?? "application/octet-stream" }));
  return POST(new Request(`http://localhost/api/kiem-tra/${inspectionId}/minh-chung`, { method: "POST", body: form }), {
    params: Promise.resolve({ id: inspectionId }),
  });
}
function read(actor: Actor, inspectionId: string, evidenceId: string, query = "") {
  session.actor = actor;
  return GET(new Request(`http://localhost/api/kiem-tra/${inspectionId}/minh-chung/${evidenceId}${query}`), {
    params: Promise.resolve({ id: inspectionId, evidenceId }),
  });
}
const evidenceRows = (inspectionId: string) => db.inspectionEvidence.count({ where: { inspectionId } });

describe("POST /api/kiem-tra/[id]/minh-chung", () => {
  it("stores photos and files with their size and SHA-256, one evidence row and one audit row each", async () => {
    const { inspection, itemId, lead } = await setup();
    const response = await upload(lead, inspection.id, { itemId, caption: "Bảng công khai TTHC" }, [
      [samples.png(), "Ảnh bảng công khai.png", "image/png"],
      [samples.pdf(), "Quy trình.pdf", "application/pdf"],
    ]);
    expect(response.status).toBe(201);
    const { evidence } = (await response.json()) as { evidence: { id: string; fileName: string; href: string }[] };
    expect(evidence.map((e) => e.fileName)).toEqual(["Ảnh bảng công khai.png", "Quy trình.pdf"]);
    expect(evidence[0]!.href).toBe(`/api/kiem-tra/${inspection.id}/minh-chung/${evidence[0]!.id}`);
    const rows = await db.inspectionEvidence.findMany({
      where: { inspectionId: inspection.id },
      orderBy: { fileName: "asc" },
    });
    expect(rows[0]).toMatchObject({
      itemId,
      kind: "FILE",
      fileName: "Quy trình.pdf",
      fileSize: samples.pdf().length,
      contentType: "application/pdf",
      caption: "Bảng công khai TTHC",
      createdById: lead.id,
    });
    expect(rows[1]).toMatchObject({
      fileName: "Ảnh bảng công khai.png",
      contentType: "image/png",
      fileSize: samples.png().length,
    });
    expect(rows[1]!.sha256).toBe(sha256(samples.png()));
    expect(await getStorage().stat(rows[1]!.fileKey!)).toEqual({ size: samples.png().length });
    const audits = await auditRowsFor({ type: "inspection", id: inspection.id }, "inspection.evidence_added");
    expect(audits.map((a) => (a.data as { fileName: string }).fileName).sort()).toEqual([
      "Quy trình.pdf",
      "Ảnh bảng công khai.png",
    ]);
  });

  it("refuses an .exe renamed .png with a Vietnamese 415 and keeps neither a row nor a file", async () => {
    const { inspection, itemId, lead } = await setup();
    const before = storedFiles().length;
    const response = await upload(lead, inspection.id, { itemId }, [
      [samples.png(), "ảnh thật.png"],
      [samples.exe(), "ảnh hiện trường.png", "image/png"],
    ]);
    expect(response.status).toBe(415);
    const body = (await response.json()) as { message: string; fieldErrors: Record<string, string[]> };
    expect(body.message).toBe(
      "Tệp “ảnh hiện trường.png” không phải JPEG, PNG, PDF, DOCX hoặc XLSX (nhận diện theo nội dung).",
    );
    expect(body.fieldErrors.files).toEqual([body.message]);
    expect(await evidenceRows(inspection.id)).toBe(0);
    expect(storedFiles().length).toBe(before);
  });

  it("refuses a file over the size limit, and more than five files, storing nothing", async () => {
    const { inspection, itemId, lead } = await setup();
    const before = storedFiles().length;
    const big = Buffer.concat([samples.pdf(), Buffer.alloc(maxBytes, 0x20)]);
    const tooLarge = await upload(lead, inspection.id, { itemId }, [
      [samples.png(), "nhỏ.png"],
      [big, "Biên bản quét.pdf"],
    ]);
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { message: string }).message).toBe(
      "Tệp “Biên bản quét.pdf” vượt quá giới hạn 0,3 MB.",
    );
    const tooMany = await upload(
      lead,
      inspection.id,
      { itemId },
      Array.from({ length: 6 }, (_, n): Part => [samples.png(), `ảnh ${n}.png`]),
    );
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { message: string }).message).toBe("Chỉ được tải lên tối đa 5 tệp mỗi lần.");
    expect(await evidenceRows(inspection.id)).toBe(0);
    expect(storedFiles().length).toBe(before);
  });

  it("refuses an item of another inspection, or no file, with a clear message, removing what was stored", async () => {
    const { inspection, lead } = await setup();
    const other = await setup();
    const before = storedFiles().length;
    const foreign = await upload(lead, inspection.id, { itemId: other.itemId }, [[samples.png(), "ảnh.png"]]);
    expect(foreign.status).toBe(400);
    expect(((await foreign.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.itemId).toEqual([
      "Mục này không thuộc bảng kiểm của cuộc kiểm tra.",
    ]);
    const empty = await upload(lead, inspection.id, { itemId: inspection.items[0]!.id }, []);
    expect(((await empty.json()) as { message: string }).message).toBe("Chọn tệp cần tải lên.");
    expect(await evidenceRows(inspection.id)).toBe(0);
    expect(storedFiles().length).toBe(before);
  });

  it("answers 401 without a session, 404 out of sight, 403 off the team, and 409 once locked, before reading the body", async () => {
    const { inspection, lead } = await setup();
    await signOff(lead, inspection.id);
    const otherOfficer = (await createActor("AGENCY_OFFICER", { agencyId: (await qmsUnit()).id })).actor;
    const stranger = (await createActor("DOST_INSPECTOR")).actor;
    const other = await setup();
    let pulled = false;
    // A body that notes whether anyone started reading it (highWaterMark 0: nothing is read ahead).
    const untouched = () =>
      new Request(`http://localhost/api/kiem-tra/${inspection.id}/minh-chung`, {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x" },
        body: new ReadableStream(
          {
            pull: (c) => {
              pulled = true;
              c.enqueue(new TextEncoder().encode("--x--\r\n"));
              c.close();
            },
          },
          { highWaterMark: 0 },
        ),
        duplex: "half",
      } as RequestInit);
    const status = async (actor: Actor | null, id = inspection.id) => {
      session.actor = actor;
      const response = await POST(untouched(), { params: Promise.resolve({ id }) });
      return { status: response.status, message: ((await response.json()) as { message: string }).message };
    };
    expect(await status(null)).toMatchObject({ status: 401 });
    expect(await status(otherOfficer)).toMatchObject({ status: 404 });
    expect(await status(lead)).toEqual({
      status: 409,
      message: "Cuộc kiểm tra đã ký kết luận và bị khoá; không thay đổi được. Trưởng đoàn có thể mở lại kèm lý do.",
    });
    expect(await status(stranger, other.inspection.id)).toEqual({
      status: 403,
      message: "Bạn không được phân công cuộc kiểm tra này.",
    });
    expect(pulled).toBe(false);
    expect(await evidenceRows(inspection.id)).toBe(0);
  });
});

describe("GET /api/kiem-tra/[id]/minh-chung/[evidenceId] and removal", () => {
  it("serves the file to the team; the unit's officer only after sign-off; another unit's officer never", async () => {
    const { inspection, itemId, lead, officer } = await setup();
    const otherOfficer = (await createActor("AGENCY_OFFICER", { agencyId: (await qmsUnit()).id })).actor;
    const committee = (await createActor("COMMITTEE_VIEWER")).actor;
    const { evidence } = (await (
      await upload(lead, inspection.id, { itemId }, [[samples.png(), "Ảnh hiện trường.png"]])
    ).json()) as { evidence: { id: string }[] };
    const id = evidence[0]!.id;

    const inline = await read(lead, inspection.id, id, "?xem=1");
    expect(inline.status).toBe(200);
    expect(Object.fromEntries(inline.headers)).toMatchObject({
      "content-type": "image/png",
      "content-disposition": `inline; filename="Anh hien truong.png"; filename*=UTF-8''${encodeURIComponent("Ảnh hiện trường.png")}`,
      "x-content-type-options": "nosniff",
      "cache-control": expect.stringMatching(/^private/),
    });
    expect(Buffer.from(await inline.arrayBuffer())).toEqual(samples.png());
    expect((await read(lead, inspection.id, id)).headers.get("content-disposition")).toMatch(/^attachment;/);

    expect((await read(officer, inspection.id, id)).status).toBe(404);
    expect((await read(committee, inspection.id, id)).status).toBe(404);
    await signOff(lead, inspection.id);
    expect((await read(officer, inspection.id, id)).status).toBe(200);
    expect((await read(committee, inspection.id, id)).status).toBe(200);
    const leak = await read(otherOfficer, inspection.id, id);
    expect(leak.status).toBe(404);
    expect(((await leak.json()) as { code: string }).code).toBe("NOT_FOUND");
    // Under another inspection's id the evidence does not exist either.
    const other = await setup();
    expect((await read(lead, other.inspection.id, id)).status).toBe(404);
  });

  it("removal deletes the row, then the stored file, and is audited", async () => {
    const { inspection, itemId, lead } = await setup();
    const { evidence } = (await (
      await upload(lead, inspection.id, { itemId }, [[samples.pdf(), "Sổ tay.pdf"]])
    ).json()) as { evidence: { id: string }[] };
    const { fileKey } = await db.inspectionEvidence.findUniqueOrThrow({ where: { id: evidence[0]!.id } });
    expect(await getStorage().stat(fileKey!)).not.toBeNull();
    await removeEvidence(
      { inspectionId: inspection.id, evidenceId: evidence[0]!.id },
      { scope: scopeFor(lead), ip: null },
    );
    expect(await evidenceRows(inspection.id)).toBe(0);
    expect(await getStorage().stat(fileKey!)).toBeNull();
    expect(await auditRowsFor({ type: "inspection", id: inspection.id }, "inspection.evidence_removed")).toHaveLength(
      1,
    );
    expect((await read(lead, inspection.id, evidence[0]!.id)).status).toBe(404);
  });
});

describe("the team's thread", () => {
  it("is not loaded for the unit's officers, even after sign-off; the team and the committee read it", async () => {
    const { inspection, lead, officer } = await setup();
    await signOff(lead, inspection.id);
    const committee = (await createActor("COMMITTEE_VIEWER")).actor;
    expect((await getInspection(scopeFor(officer), inspection.id))?.events).toEqual([]);
    expect((await getInspection(scopeFor(lead), inspection.id))?.events.map((e) => e.action)).toEqual([
      "started",
      "signed_off",
    ]);
    expect((await getInspection(scopeFor(committee), inspection.id))?.events.length).toBe(2);
  });
});
