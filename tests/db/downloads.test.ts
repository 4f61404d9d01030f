import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { insertPlan } from "@/tests/factories/plans";
import { createRecordFor, storedFile } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/users";

// Only the session edge is replaced: the route handlers read the actor from here.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentActor: async () => session.actor,
  requestIp: async () => "198.51.100.7",
}));
const routes = {
  recordFile: (await import("@/app/api/ho-so/tep/[fileId]/route")).GET,
  approvalFile: (await import("@/app/api/ke-hoach/[id]/quyet-dinh/route")).GET,
  evidence: (await import("@/app/api/kiem-tra/[id]/minh-chung/[evidenceId]/route")).GET,
  registryExport: (await import("@/app/api/agencies/export/route")).GET,
};

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-downloads-"));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const nowhere = "00000000-0000-4000-8000-000000000000";
let officer: Actor;
let inspector: Actor;
let fileId: string;
let planId: string;

beforeAll(async () => {
  officer = (await createActor("AGENCY_OFFICER")).actor;
  inspector = (await createActor("DOST_INSPECTOR")).actor;
  const record = await createRecordFor(officer);
  fileId = (await db.recordFile.findFirstOrThrow({ where: { version: { recordId: record.id } } })).id;
  const decision = await storedFile("Quyết định 346.pdf");
  const plan = await insertPlan({
    createdById: inspector.id,
    year: 2021,
    status: "APPROVED",
    targets: [{ agencyId: officer.agencyId! }],
  });
  await db.inspectionPlan.update({
    where: { id: plan.id },
    data: { approvalFileKey: decision.key, approvalFileName: decision.name, approvalFileSize: decision.size },
  });
  planId = plan.id;
});

type Download = { name: keyof typeof routes; url: () => string; params: () => Record<string, string> };
const downloads: Download[] = [
  { name: "recordFile", url: () => `http://localhost/api/ho-so/tep/${fileId}`, params: () => ({ fileId }) },
  {
    name: "approvalFile",
    url: () => `http://localhost/api/ke-hoach/${planId}/quyet-dinh`,
    params: () => ({ id: planId }),
  },
  {
    name: "evidence",
    url: () => `http://localhost/api/kiem-tra/${nowhere}/minh-chung/${nowhere}`,
    params: () => ({ id: nowhere, evidenceId: nowhere }),
  },
  { name: "registryExport", url: () => "http://localhost/api/agencies/export?format=csv", params: () => ({}) },
];

/** GET a download route as `actor`, in a language (the locale cookie the pages read). */
function get(download: Download, actor: Actor | null, locale?: "vi" | "en") {
  session.actor = actor;
  const request = new Request(download.url(), { headers: locale ? { cookie: `theme=x; locale=${locale}` } : {} });
  const handler = routes[download.name] as (
    request: Request,
    context: { params: Promise<Record<string, string>> },
  ) => Promise<Response>;
  return handler(request, { params: Promise.resolve(download.params()) });
}

async function json(response: Response) {
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return (await response.json()) as { code: string; message: string };
}

describe("download routes", () => {
  it.each(downloads)(
    "$name: not signed in is 401 with the app's JSON error, in the reader's language",
    async (download) => {
      const vi = await get(download, null);
      expect(vi.status).toBe(401);
      expect(await json(vi)).toEqual({
        code: "UNAUTHENTICATED",
        message: "Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.",
      });
      const en = await get(download, null, "en");
      expect(en.status).toBe(401);
      expect(await json(en)).toEqual({
        code: "UNAUTHENTICATED",
        message: "Your session has ended. Please sign in again.",
      });
    },
  );

  it.each(downloads)(
    "$name: a user who must still change the password set by an administrator is refused (403), as pages refuse them",
    async (download) => {
      const pending = { ...inspector, mustChangePassword: true };
      const response = await get(download, pending);
      expect(response.status).toBe(403);
      expect(await json(response)).toEqual({
        code: "FORBIDDEN",
        message: "Mật khẩu của bạn do quản trị viên đặt. Hãy đổi mật khẩu trước khi tiếp tục.",
      });
      const en = await get(download, { ...officer, mustChangePassword: true }, "en");
      expect(en.status).toBe(403);
      expect((await json(en)).message).toBe(
        "Your password was set by an administrator. Change it before you continue.",
      );
    },
  );

  it("out of scope or absent is 404 JSON in the reader's language: another unit's file, an unknown plan or id", async () => {
    const stranger = (await createActor("AGENCY_OFFICER")).actor;
    const cases: [Download, Actor][] = [
      [downloads[0]!, stranger],
      [{ ...downloads[0]!, params: () => ({ fileId: "not-an-id" }) }, officer],
      [{ ...downloads[1]!, params: () => ({ id: nowhere }) }, inspector],
      [downloads[1]!, stranger],
      [downloads[2]!, inspector],
      // An officer may not export the registry: not found, as for anything else out of reach.
      [downloads[3]!, officer],
    ];
    for (const [download, actor] of cases) {
      const response = await get(download, actor, "en");
      expect(response.status, download.name).toBe(404);
      expect(await json(response)).toEqual({ code: "NOT_FOUND", message: "The requested record was not found." });
    }
    const vi = await get(downloads[0]!, stranger);
    expect(await json(vi)).toEqual({ code: "NOT_FOUND", message: "Không tìm thấy dữ liệu yêu cầu." });
  });

  it("serves the file to whoever may see it", async () => {
    const file = await get(downloads[0]!, officer);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect((await file.text()).startsWith("%PDF-1.4")).toBe(true);
    const decision = await get(downloads[1]!, officer);
    expect(decision.status).toBe(200);
    expect(decision.headers.get("content-disposition")).toContain(
      "filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20346.pdf",
    );
    await decision.arrayBuffer();
    const exported = await get(downloads[3]!, inspector);
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  });
});
