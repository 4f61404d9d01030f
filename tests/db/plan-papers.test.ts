import JSZip from "jszip";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { savePaper } from "@/lib/plans/papers/mutations";
import { savePaperSchema } from "@/lib/plans/papers/schema";
import { createAgency } from "@/tests/factories/agencies";
import { insertPlan } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { openDocx, pdfPages } from "@/tests/support/official-files";

// Only the session edge is replaced: the route handlers read the actor from here.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentActor: async () => session.actor,
  requestIp: async () => "198.51.100.9",
}));
const papersRoute = await import("@/app/(app)/ke-hoach/[id]/van-ban/[file]/route");
const correctionRoute = await import("@/app/(app)/ke-hoach/[id]/van-ban/cong-van-sua-bo-sung/[file]/route");

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function download(actor: Actor, planId: string, file: string, correction = false) {
  session.actor = actor;
  const route = correction ? correctionRoute : papersRoute;
  const response = await route.GET(new Request(`http://localhost/ke-hoach/${planId}/van-ban/${file}`), {
    params: Promise.resolve({ id: planId, file }),
  });
  return { status: response.status, response, bytes: Buffer.from(await response.arrayBuffer()) };
}

const save = (actor: Actor, input: Record<string, string>) =>
  savePaper(savePaperSchema.parse(input), { scope: scopeFor(actor), ip: "198.51.100.9" });

let admin: Actor;
let inspector: Actor;
let committee: Actor;
let partnerOnTeam: Actor;
let partnerElsewhere: Actor;
let officerA: Actor;
let officerB: Actor;
let outsider: Actor;
let planId: string;
let draftPlanId: string;
let requestA: string;
let requestB: string;
const unitNames = {
  a: "UBND Xã Định Thành Văn Bản",
  b: "Phòng Tư pháp Huyện Thoại Sơn Văn Bản",
  c: "Sở Công Thương Văn Bản",
};

beforeAll(async () => {
  const [a, b, c, elsewhere] = await Promise.all([
    createAgency({ name: unitNames.a }),
    createAgency({ name: unitNames.b }),
    createAgency({ name: unitNames.c }),
    createAgency(),
  ]);
  admin = (await createActor("DOST_ADMIN")).actor;
  inspector = (await createActor("DOST_INSPECTOR")).actor;
  committee = (await createActor("COMMITTEE_VIEWER")).actor;
  const partner = await createActor("PARTNER_INSPECTOR", { name: "Phạm Thị Nội Vụ" });
  partnerOnTeam = partner.actor;
  partnerElsewhere = (await createActor("PARTNER_INSPECTOR")).actor;
  officerA = (await createActor("AGENCY_OFFICER", { agencyId: a.id })).actor;
  officerB = (await createActor("AGENCY_OFFICER", { agencyId: b.id })).actor;
  outsider = (await createActor("AGENCY_OFFICER", { agencyId: elsewhere.id })).actor;
  const plan = await insertPlan({
    createdById: admin.id,
    year: 2053,
    status: "APPROVED",
    number: "05/KH-SKHCN",
    title: "Kiểm tra việc áp dụng hệ thống quản lý chất lượng năm 2053",
    targets: [{ agencyId: a.id, onSite: "MANDATORY" }, { agencyId: b.id }, { agencyId: c.id }],
    members: [{ userId: partner.user.id, role: "MEMBER" }],
    milestones: [{ kind: "DOSSIER_DEADLINE", date: utc(2053, 3, 31) }],
  });
  planId = plan.id;
  draftPlanId = (await insertPlan({ createdById: admin.id, year: 2053, targets: [{ agencyId: a.id }] })).id;
  const request = (agencyId: string) =>
    db.recordRequest.create({
      data: {
        agencyId,
        planId,
        categories: ["INTERNAL_AUDIT_REPORT", "MANAGEMENT_REVIEW"],
        comment: "Thiếu biên bản xem xét của lãnh đạo năm 2052.",
        requestedById: admin.id,
      },
    });
  requestA = (await request(a.id)).id;
  requestB = (await request(b.id)).id;
});

describe("a paper's number and date", () => {
  it("are saved as a draft, edited with the version they were read at, and audited", async () => {
    const first = { planId, kind: "CHECK_DECISION", number: "12/QĐ-SKHCN", date: "02/04/2053", lockVersion: "0" };
    await save(inspector, first);
    let row = await db.planPaper.findFirstOrThrow({ where: { planId, kind: "CHECK_DECISION" } });
    expect(row).toMatchObject({ number: "12/QĐ-SKHCN", date: utc(2053, 4, 2), issuedAt: null, lockVersion: 1 });
    // A form drawn before that save is refused.
    await expect(save(admin, { ...first, number: "13/QĐ-SKHCN" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "planPapers.errors.stale",
    });
    await save(admin, { ...first, number: "", date: "", lockVersion: "1" });
    row = await db.planPaper.findFirstOrThrow({ where: { planId, kind: "CHECK_DECISION" } });
    expect(row).toMatchObject({ number: null, date: null, lockVersion: 2 });
    const audits = await auditRowsFor({ type: "plan", id: planId }, "plan.paper_saved");
    expect(audits.map((e) => e.data)).toEqual(
      expect.arrayContaining([
        { kind: "CHECK_DECISION", recordRequestId: null, number: "12/QĐ-SKHCN", date: "2053-04-02" },
        { kind: "CHECK_DECISION", recordRequestId: null, number: null, date: null },
      ]),
    );
  });

  it("refuses a number another paper of the same kind of the plan has, as a field error", async () => {
    await save(admin, {
      planId,
      kind: "CORRECTION_LETTER",
      recordRequestId: requestA,
      number: "7/SKHCN-TĐC",
      lockVersion: "0",
    });
    await expect(
      save(admin, {
        planId,
        kind: "CORRECTION_LETTER",
        recordRequestId: requestB,
        number: "7/SKHCN-TĐC",
        lockVersion: "0",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { number: ["planPapers.errors.duplicate"] } });
    expect(await db.planPaper.count({ where: { recordRequestId: requestB } })).toBe(0);
    // Another kind keeps its own numbering.
    await save(admin, { planId, kind: "REQUEST_LETTER", number: "7/SKHCN-TĐC", date: "01/03/2053", lockVersion: "0" });
  });

  it("saved for the first time by two people at once: one save makes the paper, the other is told it changed", async () => {
    const plan = await insertPlan({ createdById: admin.id, year: 2054, status: "APPROVED", targets: [] });
    const form = { planId: plan.id, kind: "CHECK_DECISION", date: "02/04/2054", lockVersion: "0" };
    const results = await Promise.allSettled([
      save(admin, { ...form, number: "21/QĐ-SKHCN" }),
      save(inspector, { ...form, number: "22/QĐ-SKHCN" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", messageKey: "planPapers.errors.stale" });
    const rows = await db.planPaper.findMany({ where: { planId: plan.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "CHECK_DECISION", lockVersion: 1 });
    expect(await auditRowsFor({ type: "plan", id: plan.id }, "plan.paper_saved")).toHaveLength(1);
  });

  it("once issued are read-only, and the issue is audited", async () => {
    await save(admin, {
      planId,
      kind: "CHECK_DECISION",
      number: "14/QĐ-SKHCN",
      date: "05/04/2053",
      lockVersion: "2",
      intent: "issue",
    });
    const row = await db.planPaper.findFirstOrThrow({ where: { planId, kind: "CHECK_DECISION" } });
    expect(row.issuedAt).not.toBeNull();
    expect(row.issuedById).toBe(admin.id);
    const [issued] = await auditRowsFor({ type: "plan", id: planId }, "plan.paper_issued");
    expect(issued).toMatchObject({
      actorId: admin.id,
      data: { kind: "CHECK_DECISION", recordRequestId: null, number: "14/QĐ-SKHCN", date: "2053-04-05" },
    });
    await expect(
      save(admin, { planId, kind: "CHECK_DECISION", number: "15/QĐ-SKHCN", lockVersion: "3" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "planPapers.errors.issued" });
    expect((await db.planPaper.findUniqueOrThrow({ where: { id: row.id } })).number).toBe("14/QĐ-SKHCN");
  });

  it("are issued only once the plan is approved, and kept by DOST alone", async () => {
    await expect(
      save(admin, {
        planId: draftPlanId,
        kind: "REQUEST_LETTER",
        number: "1/SKHCN-TĐC",
        date: "01/03/2053",
        lockVersion: "0",
        intent: "issue",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "planPapers.errors.notApproved" });
    expect(await db.planPaper.count({ where: { planId: draftPlanId } })).toBe(0);
    for (const actor of [committee, partnerOnTeam, officerA])
      await expect(
        save(actor, { planId, kind: "TEAM_DECISION", number: "1/QĐ-SKHCN", lockVersion: "0" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Out of sight: another unit's officer and a partner not on the team do not learn the plan exists.
    for (const actor of [outsider, partnerElsewhere])
      await expect(
        save(actor, { planId, kind: "TEAM_DECISION", number: "1/QĐ-SKHCN", lockVersion: "0" }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("of the team decision are the plan's own fields", async () => {
    const before = await db.inspectionPlan.findUniqueOrThrow({ where: { id: planId } });
    await save(admin, { planId, kind: "TEAM_DECISION", number: "447/QĐ-SKHCN", date: "09/03/2053", lockVersion: "0" });
    const after = await db.inspectionPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(after).toMatchObject({ teamDecisionNumber: "447/QĐ-SKHCN", teamDecisionDate: utc(2053, 3, 9) });
    expect(after.lockVersion).toBe(before.lockVersion + 1);
    const { paragraphs } = await openDocx((await download(admin, planId, "quyet-dinh-doan.docx")).bytes);
    expect(paragraphs).toContain("Số: 447/QĐ-SKHCN");
    expect(paragraphs).toContain("An Giang, ngày 09 tháng 3 năm 2053");
    expect(paragraphs).toContain("DỰ THẢO");
    expect(paragraphs.join("\n")).toContain("Phạm Thị Nội Vụ");
  });
});

describe("the papers' files", () => {
  it("give DOST the plan as DOCX and PDF with its heading, number, date line and diacritics", async () => {
    const docx = await download(admin, planId, "ke-hoach.docx");
    expect(docx.status).toBe(200);
    expect(docx.response.headers.get("content-type")).toContain("wordprocessingml");
    expect(docx.response.headers.get("content-disposition")).toContain("ke-hoach-2053.docx");
    const { paragraphs } = await openDocx(docx.bytes);
    for (const line of [
      "UBND TỈNH AN GIANG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: 05/KH-SKHCN",
      "An Giang, ngày 19 tháng 01 năm 2053",
      "KẾ HOẠCH",
      "PHỤ LỤC I. DANH SÁCH CƠ QUAN, ĐƠN VỊ KIỂM TRA QUA HỒ SƠ, BÁO CÁO",
      unitNames.b,
    ])
      expect(paragraphs).toContain(line);
    expect(paragraphs).not.toContain("DỰ THẢO");
    const pdf = await download(admin, planId, "ke-hoach.pdf");
    expect(pdf.response.headers.get("content-type")).toBe("application/pdf");
    const text = (await pdfPages(pdf.bytes)).join(" ").replace(/\s+/g, "");
    for (const line of ["Số: 05/KH-SKHCN", "An Giang, ngày 19 tháng 01 năm 2053", "Đơn vị chủ trì", unitNames.a])
      expect(text).toContain(line.replace(/\s+/g, ""));
  });

  it("merge the request letters into a ZIP of one DOCX per dossier unit and into one DOCX", async () => {
    const zip = await download(inspector, planId, "cong-van-de-nghi.zip");
    expect(zip.status).toBe(200);
    expect(zip.response.headers.get("content-type")).toBe("application/zip");
    const archive = await JSZip.loadAsync(zip.bytes);
    const names = Object.keys(archive.files).sort();
    expect(names).toHaveLength(3);
    const letters = await Promise.all(
      names.map(async (n) => (await openDocx(await archive.file(n)!.async("nodebuffer"))).paragraphs),
    );
    expect(letters.map((p) => p.find((x) => x.startsWith("Kính gửi: "))).sort()).toEqual(
      Object.values(unitNames)
        .map((n) => `Kính gửi: ${n}`)
        .sort(),
    );
    expect(letters[0]).toContain("Số: 7/SKHCN-TĐC");
    expect(letters[0]!.join("\n")).toContain("trước ngày 31 tháng 3 năm 2053.");
    const merged = await openDocx((await download(committee, planId, "cong-van-de-nghi.docx")).bytes);
    expect(merged.paragraphs.filter((p) => p.startsWith("Kính gửi: "))).toHaveLength(3);
    // Several letters make no single PDF.
    expect((await download(admin, planId, "cong-van-de-nghi.pdf")).status).toBe(404);
  });

  it("give an officer only what is addressed to their unit, once issued, and 404 for the rest", async () => {
    // The request letter is still a draft: not sent, not shown.
    expect((await download(officerA, planId, "cong-van-de-nghi.docx")).status).toBe(404);
    const { lockVersion } = await db.planPaper.findFirstOrThrow({ where: { planId, kind: "REQUEST_LETTER" } });
    await save(admin, {
      planId,
      kind: "REQUEST_LETTER",
      number: "7/SKHCN-TĐC",
      date: "01/03/2053",
      lockVersion: String(lockVersion),
      intent: "issue",
    });
    const own = await download(officerA, planId, "cong-van-de-nghi.docx");
    expect(own.status).toBe(200);
    const { paragraphs } = await openDocx(own.bytes);
    expect(paragraphs.filter((p) => p.startsWith("Kính gửi: "))).toEqual([`Kính gửi: ${unitNames.a}`]);
    expect(paragraphs.join("\n")).not.toContain(unitNames.b);
    const zip = await JSZip.loadAsync((await download(officerA, planId, "cong-van-de-nghi.zip")).bytes);
    expect(Object.keys(zip.files)).toHaveLength(1);
    expect((await download(officerA, planId, "cong-van-de-nghi.pdf")).status).toBe(200);
    // The check decision names unit A (issued above), not unit B.
    expect((await download(officerA, planId, "quyet-dinh-kiem-tra.pdf")).status).toBe(200);
    expect((await download(officerB, planId, "quyet-dinh-kiem-tra.pdf")).status).toBe(404);
    for (const file of ["ke-hoach.docx", "ke-hoach.pdf", "quyet-dinh-doan.docx"])
      expect((await download(officerA, planId, file)).status).toBe(404);
    // Correction letters: the own unit's once issued; another unit's never.
    expect((await download(officerA, planId, `${requestA}.docx`, true)).status).toBe(404);
    const { lockVersion: v } = await db.planPaper.findFirstOrThrow({ where: { recordRequestId: requestA } });
    await save(admin, {
      planId,
      kind: "CORRECTION_LETTER",
      recordRequestId: requestA,
      number: "7/SKHCN-TĐC",
      date: "20/04/2053",
      lockVersion: String(v),
      intent: "issue",
    });
    const letter = await download(officerA, planId, `${requestA}.docx`, true);
    expect(letter.status).toBe(200);
    const text = (await openDocx(letter.bytes)).paragraphs.join("\n");
    expect(text).toContain("Báo cáo đánh giá nội bộ");
    expect(text).toContain("Thiếu biên bản xem xét của lãnh đạo năm 2052.");
    expect((await download(officerA, planId, `${requestB}.docx`, true)).status).toBe(404);
    expect((await download(officerB, planId, `${requestA}.pdf`, true)).status).toBe(404);
    // A unit outside the plan, and a partner not on its team, see nothing.
    for (const actor of [outsider, partnerElsewhere])
      for (const file of ["ke-hoach.pdf", "cong-van-de-nghi.zip", "quyet-dinh-kiem-tra.docx"])
        expect((await download(actor, planId, file)).status).toBe(404);
    expect((await download(partnerOnTeam, planId, "ke-hoach.pdf")).status).toBe(200);
  });

  it("print a blank number on a draft and answer 404 for names that are not papers", async () => {
    const { paragraphs } = await openDocx((await download(admin, planId, `${requestB}.docx`, true)).bytes);
    expect(paragraphs).toContain("DỰ THẢO");
    expect(paragraphs).toContain("Số:     /SKHCN-TĐC");
    expect(paragraphs).toContain("An Giang, ngày     tháng     năm 2053");
    for (const file of ["ke-hoach.txt", "bien-ban.docx", "cong-van-sua-bo-sung.docx"])
      expect((await download(admin, planId, file)).status).toBe(404);
    expect((await download(admin, planId, "khong-phai-id.docx", true)).status).toBe(404);
  });
});
