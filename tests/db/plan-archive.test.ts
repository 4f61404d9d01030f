import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { fileSlug } from "@/lib/official/format";
import { bigPlanArchive, planArchiveWorld } from "@/tests/factories/plan-archive";
import { openDocx, pdfPages } from "@/tests/support/official-files";

// Only the session edge is replaced: the route handler reads the actor from here.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentActor: async () => session.actor,
  requestIp: async () => "198.51.100.21",
}));
const { GET } = await import("@/app/(app)/ke-hoach/[id]/luu-tru/route");

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-plan-archive-"));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function request(actor: Actor, id: string) {
  session.actor = actor;
  return GET(new Request(`http://localhost/ke-hoach/${id}/luu-tru`), { params: Promise.resolve({ id }) });
}

let world: Awaited<ReturnType<typeof planArchiveWorld>>;
let zip: JSZip;
let response: Response;
const year = 2063;

beforeAll(async () => {
  world = await planArchiveWorld(year);
  response = await request(world.admin, world.plan.id);
  zip = await JSZip.loadAsync(await response.arrayBuffer());
}, 120_000);

const files = () =>
  Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);

async function indexRows() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await zip.file("00-muc-luc.xlsx")!.async("nodebuffer")) as never);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 2) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")));
  });
  return { sheet, rows };
}

describe("the plan's archive /ke-hoach/<id>/luu-tru", () => {
  it("answers a ZIP named after the plan, not cached", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const number = world.plan.number.replace("/", "-");
    expect(response.headers.get("content-disposition")).toContain(`ho-so-ke-hoach-${year}-${number}.zip`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("holds the decision, the plan's issued papers, the units' records and annual report, the letters, the record, the corrective actions and the year's report, then the index", async () => {
    const unitA = `${world.onSite.code} ${world.onSite.name}`;
    const unitB = `${world.dossier.code} ${world.dossier.name.replace("/", " ")}`;
    const planNumber = world.plan.number.replace("/", "-");
    const letters = "04-cong-van/Công văn đề nghị báo cáo 120-SKHCN-TĐC/";
    expect(files().filter((f) => !f.startsWith(letters))).toEqual([
      "01-ke-hoach/Quyết định 346 phê duyệt.pdf",
      // The approved plan and the issued team decision; the check decision, a draft, stays out.
      `02-van-ban-ke-hoach/Kế hoạch ${planNumber}.pdf`,
      `02-van-ban-ke-hoach/Kế hoạch ${planNumber}.docx`,
      "02-van-ban-ke-hoach/Quyết định thành lập đoàn 447-QĐ-SKHCN.pdf",
      "02-van-ban-ke-hoach/Quyết định thành lập đoàn 447-QĐ-SKHCN.docx",
      `03-ho-so-don-vi/${unitB}/Chính sách chất lượng (v1)/Chính sách.pdf`,
      `03-ho-so-don-vi/${unitB}/Chính sách chất lượng (v1)/Mục tiêu năm nay.pdf`,
      `03-ho-so-don-vi/${unitB}/Báo cáo năm ${year}.pdf`,
      `04-cong-van/Công văn đề nghị bổ sung 135-SKHCN-TĐC - ${world.dossier.name.replace("/", " ")}.pdf`,
      `04-cong-van/Công văn đề nghị bổ sung 135-SKHCN-TĐC - ${world.dossier.name.replace("/", " ")}.docx`,
      `05-bien-ban-kiem-tra/${unitA}.pdf`,
      `05-bien-ban-kiem-tra/${unitA}.docx`,
      `06-khac-phuc/${unitA}/Tổng hợp khắc phục.pdf`,
      `06-khac-phuc/${unitA}/PH1-L1 Danh mục TTHC cập nhật.pdf`,
      "07-bao-cao/Báo cáo gửi Bộ KH&CN (tháng 12) - phiên bản 1.pdf",
      "07-bao-cao/Báo cáo gửi Bộ KH&CN (tháng 12) - phiên bản 1.docx",
      "00-muc-luc.sha256",
      "00-muc-luc.xlsx",
    ]);
    // Stored files come out byte for byte; rendered papers are real PDFs and DOCX.
    const decision = await zip.file("01-ke-hoach/Quyết định 346 phê duyệt.pdf")!.async("uint8array");
    expect(sha(decision)).toBe(world.decision.sha256);
    const evidence = await zip.file(`06-khac-phuc/${unitA}/PH1-L1 Danh mục TTHC cập nhật.pdf`)!.async("uint8array");
    expect(sha(evidence)).toBe(world.evidence.sha256);
    const minutes = await zip.file(`05-bien-ban-kiem-tra/${unitA}.pdf`)!.async("nodebuffer");
    expect((await pdfPages(minutes)).join(" ").replace(/\s+/g, "")).toContain("BIÊNBẢNKIỂMTRA");
    const summary = (
      await pdfPages(await zip.file(`06-khac-phuc/${unitA}/Tổng hợp khắc phục.pdf`)!.async("nodebuffer"))
    )
      .join(" ")
      .replace(/\s+/g, "");
    for (const text of ["Chưaphâncôngngườicậpnhật", "Đãchấpnhận", "10/07/" + year, "Khắcphụccóhiệulực"])
      expect(summary).toContain(text);
    const annual = (
      await pdfPages(await zip.file(`03-ho-so-don-vi/${unitB}/Báo cáo năm ${year}.pdf`)!.async("nodebuffer"))
    )
      .join(" ")
      .replace(/\s+/g, "");
    expect(annual).toContain("Sốhoáquytrìnhtiếpnhậnhồsơ");
    expect(annual).toContain("112");
    // The request letter as sent: one DOCX per dossier unit, each addressed to its unit, with the letter's number.
    const sent = files().filter((f) => f.startsWith(letters));
    expect(sent).toHaveLength(2);
    for (const [file, unit] of [
      [sent.find((f) => f.includes(fileSlug(world.onSite.code)))!, world.onSite.name],
      [sent.find((f) => f.includes(fileSlug(world.dossier.code)))!, world.dossier.name],
    ] as const) {
      expect(file).toMatch(/\.docx$/);
      const text = (await openDocx(await zip.file(file)!.async("nodebuffer"))).paragraphs.join("\n");
      expect(text).toContain("Số: 120/SKHCN-TĐC");
      expect(text).toContain(unit);
    }
    const plan = (await pdfPages(await zip.file(`02-van-ban-ke-hoach/Kế hoạch ${planNumber}.pdf`)!.async("nodebuffer")))
      .join(" ")
      .replace(/\s+/g, "");
    expect(plan).toContain("KẾHOẠCH");
    const report = await zip.file("07-bao-cao/Báo cáo gửi Bộ KH&CN (tháng 12) - phiên bản 1.docx")!.async("nodebuffer");
    expect(report.subarray(0, 2).toString()).toBe("PK");
  });

  it("lists every entry before the index in it, each with the SHA-256 and size of the entry's bytes", async () => {
    const { sheet, rows } = await indexRows();
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      "STT",
      "Đường dẫn trong tệp nén",
      "Loại giấy tờ",
      "Đơn vị",
      "Kích thước (byte)",
      "SHA-256",
      "Ngày",
    ]);
    const listed = files().filter((f) => f !== "00-muc-luc.xlsx");
    expect(rows.map((r) => r[1])).toEqual(listed);
    expect(rows.map((r) => r[0])).toEqual(listed.map((_, i) => String(i + 1)));
    for (const row of rows) {
      const bytes = await zip.file(row[1]!)!.async("uint8array");
      expect(row[5], row[1]).toBe(sha(bytes));
      expect(row[4], row[1]).toBe(String(bytes.byteLength));
    }
    const decision = rows[0]!;
    expect(decision.slice(2, 4)).toEqual(["Quyết định phê duyệt kế hoạch", ""]);
    expect(decision[6]).toBe(`25/02/${year}`);
    expect(rows.find((r) => r[1]!.startsWith("05-"))!.slice(2, 4)).toEqual(["Biên bản kiểm tra", world.onSite.name]);
    expect(rows.find((r) => r[1]!.startsWith("05-"))![6]).toBe(`05/06/${year}`);
  });

  it("gives a sha256sum list of every file but the two index files", async () => {
    const text = await zip.file("00-muc-luc.sha256")!.async("string");
    const lines = text.trimEnd().split("\n");
    const content = files().filter((f) => !f.startsWith("00-muc-luc"));
    expect(lines.map((l) => l.slice(66))).toEqual(content);
    for (const line of lines) {
      expect(line).toMatch(/^[0-9a-f]{64}  /);
      expect(line.slice(0, 64)).toBe(sha(await zip.file(line.slice(66))!.async("uint8array")));
    }
  });

  it("records the download in the audit log, with who, the plan and the address", async () => {
    const rows = await db.auditEvent.findMany({ where: { type: "plan.archive_downloaded", targetId: world.plan.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: world.admin.id,
      targetType: "plan",
      ip: "198.51.100.21",
      data: { year, number: world.plan.number, version: 1 },
    });
  });

  it("answers 404 to the unit's officer, the committee and a partner on the team, and writes no audit row", async () => {
    for (const actor of [world.officer, world.committee, world.partner]) {
      const answer = await request(actor, world.plan.id);
      expect(answer.status, actor.role).toBe(404);
      expect(answer.headers.get("content-type")).not.toBe("application/zip");
    }
    expect(await db.auditEvent.count({ where: { type: "plan.archive_downloaded", targetId: world.plan.id } })).toBe(1);
  });

  it("gives a DOST inspector the archive too, and 404 for a plan that does not exist", async () => {
    const answer = await request(world.inspector, world.plan.id);
    expect(answer.status).toBe(200);
    await answer.body!.cancel();
    expect((await request(world.admin, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});

describe("the archive's memory", () => {
  it("streams 60 MB of stored files to a slow reader without holding them: the heap and buffers grow far less", async () => {
    const { plan, bytes } = await bigPlanArchive(world.admin, 2064, 12, 5);
    expect(bytes).toBeGreaterThanOrEqual(60 * 1024 * 1024);
    // What the process holds live (after a collection), not garbage waiting for one.
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const used = () => {
      gc();
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const before = used();
    let peak = 0;
    let total = 0;
    let chunks = 0;
    const answer = await request(world.admin, plan.id);
    const reader = answer.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (++chunks % 64 === 0) {
        await new Promise((resolve) => setTimeout(resolve, 2)); // a slow reader
        peak = Math.max(peak, used() - before);
      }
    }
    expect(total).toBeGreaterThan(bytes);
    // Held whole, the archive would add ≥ 60 MB of live memory; streamed, about one chunk per stage does (≈ 4 MB here).
    expect(peak).toBeLessThan(bytes / 6);
  }, 180_000);
});
