import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createAgency } from "@/tests/factories/agencies";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { createActor, createUser } from "@/tests/factories/users";
import { openDocx, pdfFontNames, pdfPages } from "@/tests/support/official-files";

// Only the session edge is replaced: the route handler reads the actor from here.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentActor: async () => session.actor,
  requestIp: async () => "198.51.100.8",
}));
const { GET } = await import("@/app/api/kiem-tra/[id]/bien-ban/[file]/route");

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function download(actor: Actor, id: string, file: string) {
  session.actor = actor;
  const response = await GET(new Request(`http://localhost/api/kiem-tra/${id}/bien-ban/${file}`), {
    params: Promise.resolve({ id, file }),
  });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

let admin: Actor;
let officer: Actor;
let otherOfficer: Actor;
let signedId: string;
let draftId: string;

beforeAll(async () => {
  const unit = await createAgency({ name: "UBND Xã Thử Nghiệm Biên Bản Tệp" });
  admin = (await createActor("DOST_ADMIN")).actor;
  officer = (await createActor("AGENCY_OFFICER", { agencyId: unit.id })).actor;
  otherOfficer = (await createActor("AGENCY_OFFICER")).actor;
  const lead = await createUser({ role: "DOST_INSPECTOR", name: "Nguyễn Văn Trưởng Đoàn" });
  const plan = await insertPlan({
    createdById: admin.id,
    year: 2052,
    status: "IN_PROGRESS",
    teamDecisionNumber: "447/QĐ-SKHCN",
    members: [{ userId: lead.id, role: "LEAD" }],
  });
  const signed = await insertInspection({
    planId: plan.id,
    agencyId: unit.id,
    signedOffById: lead.id,
    recordDate: utc(2052, 6, 5),
    representativeName: "Võ Thị Đại Diện",
    representativeTitle: "Chủ tịch UBND xã",
    overallResult: "CONFORMING_WITH_FINDINGS",
    shortcomings: "Danh mục thủ tục hành chính chưa cập nhật",
    items: [
      { code: "QD-01", result: "CONFORM" },
      { code: "QD-02", result: "MINOR_NC", note: "Danh mục TTHC chưa cập nhật" },
      { code: "N-4.1", result: "CONFORM" },
    ],
    findings: [{ code: "QD-02", severity: "MINOR", dueDate: utc(2052, 8, 5) }],
  });
  signedId = signed.inspection.id;
  // 08:00 to 11:30 in An Giang (UTC+7).
  await db.planVisit.create({
    data: {
      planId: plan.id,
      targetId: signed.inspection.targetId,
      startsAt: new Date("2052-06-05T01:00:00Z"),
      endsAt: new Date("2052-06-05T04:30:00Z"),
    },
  });
  // A nonconformity of the unit's 2051 inspection, followed up and closed at this one.
  const earlierPlan = await insertPlan({ createdById: admin.id, year: 2051, status: "IN_PROGRESS" });
  const earlier = await insertInspection({
    planId: earlierPlan.id,
    agencyId: unit.id,
    items: [{ code: "N-9.2", result: "MAJOR_NC" }],
    findings: [{ code: "N-9.2", severity: "MAJOR", dueDate: utc(2051, 9, 1), description: "Chưa đánh giá nội bộ" }],
  });
  await db.inspectionFollowUp.create({
    data: {
      inspectionId: signedId,
      findingId: earlier.findings[0]!.id,
      outcome: "CLOSED",
      note: "Đã đánh giá nội bộ tháng 3/2052",
      decidedById: lead.id,
      decidedAt: new Date(),
    },
  });
  const draftUnit = await createAgency();
  const draft = await insertInspection({
    planId: plan.id,
    agencyId: draftUnit.id,
    kind: "DOSSIER",
    status: "IN_PROGRESS",
    recordDate: null,
    items: [{ code: "QD-01", result: null }],
  });
  draftId = draft.inspection.id;
});

describe("the inspection record as PDF and DOCX", () => {
  it("gives the admin the PDF with the heading, blank number, date line, times, team decision and both signatures", async () => {
    const { response, bytes } = await download(admin, signedId, "bien-ban.pdf");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("Biên bản kiểm tra - UBND Xã Thử Nghiệm Biên Bản Tệp.pdf")}`,
    );
    // PDF text extraction may put a space where a line broke ("447/ QĐ-"): compare without spaces.
    const text = (await pdfPages(bytes)).join(" ").replace(/\s+/g, "");
    for (const expected of [
      "UBND TỈNH AN GIANG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "An Giang, ngày 05 tháng 6 năm 2052",
      "BIÊN BẢN KIỂM TRA",
      "447/QĐ-SKHCN ngày 09/03/2052",
      "Thời gian bắt đầu: 08 giờ 00 phút, ngày 05 tháng 6 năm 2052",
      "Thời gian kết thúc: 11 giờ 30 phút",
      "Nguyễn Văn Trưởng Đoàn",
      "Võ Thị Đại Diện",
      "Danh mục TTHC chưa cập nhật",
      "Đạt, còn điểm cần khắc phục",
      "Theo dõi các phát hiện của lần kiểm tra trước",
      "Chưa đánh giá nội bộ",
      "Đã đóng tại lần kiểm tra này",
      "Đã đánh giá nội bộ tháng 3/2052",
    ])
      expect(text).toContain(expected.replace(/\s+/g, ""));
    expect(text).toContain("Số:/BB-ĐKT");
    expect(text).not.toContain("DỰ THẢO");
    for (const font of pdfFontNames(bytes)) expect(font).toMatch(/\+Tinos/);
  });

  it("gives the same record as DOCX, its results one table per clause group without a group column", async () => {
    const { response, bytes } = await download(admin, signedId, "bien-ban.docx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("wordprocessingml");
    const { paragraphs } = await openDocx(bytes);
    expect(paragraphs).toContain("ĐẠI DIỆN CƠ QUAN ĐƯỢC KIỂM TRA");
    expect(paragraphs).toContain("TRƯỞNG ĐOÀN KIỂM TRA");
    expect(paragraphs.some((p) => /^Số:\s+\/BB-ĐKT$/.test(p))).toBe(true);
    expect(paragraphs.filter((p) => p === "Mã")).toHaveLength(3);
    expect(paragraphs).not.toContain("Nhóm điều khoản");
    expect(paragraphs).toContain("Tỷ lệ phù hợp = 2 ÷ 3 = 66,7%");
  });

  it("gives the unit's officer their own signed-off record", async () => {
    const { response } = await download(officer, signedId, "bien-ban.pdf");
    expect(response.status).toBe(200);
  });

  it("answers 404 to another unit's officer, to an unknown file name, and to an officer for a record not signed off", async () => {
    expect((await download(otherOfficer, signedId, "bien-ban.pdf")).response.status).toBe(404);
    expect((await download(otherOfficer, signedId, "bien-ban.docx")).response.status).toBe(404);
    expect((await download(admin, signedId, "bien-ban.exe")).response.status).toBe(404);
    expect((await download(officer, draftId, "bien-ban.pdf")).response.status).toBe(404);
  });

  it("marks a record not signed off as a draft with blank date and times", async () => {
    const { response, bytes } = await download(admin, draftId, "bien-ban.docx");
    expect(response.status).toBe(200);
    const { paragraphs } = await openDocx(bytes);
    expect(paragraphs).toContain("DỰ THẢO — chưa ký");
    expect(paragraphs.some((p) => /^An Giang, ngày\s+tháng\s+năm 2052$/.test(p))).toBe(true);
    expect(paragraphs.some((p) => /^Thời gian bắt đầu:\s+giờ\s+phút, ngày\s+tháng\s+năm 2052\.$/.test(p))).toBe(true);
  });
});
