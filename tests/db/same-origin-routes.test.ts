import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { approvedPlanWithInspections, inspectionOf, qmsUnit } from "@/tests/factories/inspections";
import { createRecordFor, pdfBytes } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/users";

// Only the edges are replaced: the session (the handlers read the actor from it) and Next's cache.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentActor: async () => session.actor,
  requestIp: async () => "198.51.100.7",
}));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => {} }));
const records = await import("@/app/api/ho-so/route");
const versions = await import("@/app/api/ho-so/[id]/phien-ban/route");
const evidence = await import("@/app/api/kiem-tra/[id]/minh-chung/route");
const agencyImport = await import("@/app/api/agencies/import/route");
const auth = await import("@/app/api/auth/[...nextauth]/route");

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-origin-"));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const host = "127.0.0.1:3000";
const noParams = { params: Promise.resolve({}) };
const evil = "https://evil.example";
const foreignMessage =
  "Yêu cầu bị từ chối vì được gửi từ một trang web khác. Vui lòng thao tác trực tiếp trên trang của hệ thống.";

/** A multipart request from `origin`, its body a stream that records whether anyone read it. */
async function post(url: string, origin: string, parts: Record<string, string | Blob>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) form.append(name, value);
  const encoded = new Response(form);
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  const body = { read: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        body.read = true;
        controller.enqueue(bytes);
        controller.close();
      },
    },
    { highWaterMark: 0 },
  ); // pulled only when someone reads, not when it is created
  const headers = { origin, host, "content-type": encoded.headers.get("content-type")! };
  const request = new Request(`http://${host}${url}`, {
    method: "POST",
    headers,
    body: stream,
    duplex: "half",
  } as RequestInit);
  return { request, body };
}

async function expectRefused(response: Response) {
  expect(response.status).toBe(403);
  expect(await response.json()).toEqual({ code: "FORBIDDEN", message: foreignMessage });
}

const pdf = (name = "bao-cao.pdf") => new File([new Uint8Array(pdfBytes())], name, { type: "application/pdf" });
const recordParts = () => ({
  category: "INTERNAL_AUDIT_REPORT",
  title: `Báo cáo đánh giá nội bộ ${Math.random()}`,
  periodFrom: "01/01/2021",
  periodTo: "31/12/2021",
  files: pdf(),
});

let officer: Actor;
let admin: Actor;
beforeAll(async () => {
  [officer, admin] = await Promise.all([
    createActor("AGENCY_OFFICER").then((a) => a.actor),
    createActor("DOST_ADMIN").then((a) => a.actor),
  ]);
});

describe("state-changing route handlers refuse a foreign Origin before reading the body or touching the database", () => {
  const recordsOf = (actor: Actor) => db.qmsRecord.count({ where: { agencyId: actor.agencyId! } });

  it("POST /api/ho-so: the same upload creates a record from the app's own page, nothing from another site", async () => {
    session.actor = officer;
    const before = await recordsOf(officer);
    const foreign = await post("/api/ho-so", evil, recordParts());
    await expectRefused(await records.POST(foreign.request, noParams));
    expect(foreign.body.read).toBe(false);
    expect(await recordsOf(officer)).toBe(before);

    const own = await post("/api/ho-so", `http://${host}`, recordParts());
    expect((await records.POST(own.request, noParams)).status).toBe(201);
    expect(await recordsOf(officer)).toBe(before + 1);
  });

  it("POST /api/ho-so/[id]/phien-ban: no new version from another site", async () => {
    session.actor = officer;
    const { id } = await createRecordFor(officer);
    const before = await db.recordVersion.count({ where: { recordId: id } });
    const foreign = await post(`/api/ho-so/${id}/phien-ban`, evil, { files: pdf("v2.pdf") });
    await expectRefused(await versions.POST(foreign.request, { params: Promise.resolve({ id }) }));
    expect(foreign.body.read).toBe(false);
    expect(await db.recordVersion.count({ where: { recordId: id } })).toBe(before);
  });

  it("POST /api/kiem-tra/[id]/minh-chung: no evidence from another site, even with Origin: null", async () => {
    const lead = await createActor("DOST_INSPECTOR");
    const unit = await qmsUnit();
    const { plan } = await approvedPlanWithInspections({
      createdById: admin.id,
      units: [{ agencyId: unit.id }],
      members: [{ userId: lead.user.id, role: "LEAD" }],
    });
    const inspection = await inspectionOf(plan.id, unit.id, "DOSSIER");
    session.actor = lead.actor;
    for (const origin of [evil, "null"]) {
      const foreign = await post(`/api/kiem-tra/${inspection.id}/minh-chung`, origin, {
        itemId: inspection.items[0]!.id,
        files: pdf("anh.pdf"),
      });
      await expectRefused(await evidence.POST(foreign.request, { params: Promise.resolve({ id: inspection.id }) }));
      expect(foreign.body.read).toBe(false);
    }
    expect(await db.inspectionEvidence.count({ where: { inspectionId: inspection.id } })).toBe(0);
  });

  it("POST /api/agencies/import: no dry run from another site", async () => {
    session.actor = admin;
    const csv = new File(["Mã,Tên đơn vị,Loại\nX1,UBND Xã X,ubnd_xa\n"], "danh-muc.csv", { type: "text/csv" });
    const foreign = await post("/api/agencies/import", evil, { file: csv });
    await expectRefused(await agencyImport.POST(foreign.request, noParams));
    expect(foreign.body.read).toBe(false);
    expect(await db.agencyImport.count({ where: { createdById: admin.id } })).toBe(0);
  });

  it("POST /api/auth/…: no sign-in from another site", async () => {
    const foreign = await post("/api/auth/callback/credentials", evil, {
      email: "quantri@sokhcn.example",
      password: "AnGiang@2021",
      csrfToken: "x",
    });
    await expectRefused(
      await auth.POST(foreign.request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) }),
    );
    expect(foreign.body.read).toBe(false);
  });
});
