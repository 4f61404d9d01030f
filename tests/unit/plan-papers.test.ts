import { describe, expect, it } from "vitest";
import { roles, type Role } from "@/lib/auth/roles";
import { PlanStatus } from "@/lib/generated/prisma/enums";
import { fieldErrorsOf } from "@/lib/errors";
import type { Block, OfficialDocument } from "@/lib/official/model";
import { renderDocxMany } from "@/lib/official/render/docx";
import { headingLines } from "@/lib/official/render/layout";
import {
  checkDecisionDocument,
  correctionLetterDocument,
  planDocument,
  requestDeadline,
  requestLetterDocuments,
  requestLetterEntryName,
  teamDecisionDocument,
} from "@/lib/plans/papers/documents";
import { canPaper, type PaperAction } from "@/lib/plans/papers/policy";
import { savePaperSchema } from "@/lib/plans/papers/schema";
import { plan2021Papers } from "@/tests/factories/plan-papers";
import { openDocx } from "@/tests/support/official-files";

const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { type: "table" }> => b.type === "table");
const allText = (doc: OfficialDocument) =>
  [...doc.body, ...(doc.appendices ?? []).flatMap((a) => a.body)]
    .flatMap((b) =>
      b.type === "paragraph"
        ? b.runs.map((r) => r.text)
        : b.type === "list"
          ? b.items.flatMap((i) => i.map((r) => r.text))
          : b.type === "heading"
            ? [b.text]
            : b.type === "table"
              ? [b.caption ?? "", ...b.rows.flat()]
              : [],
    )
    .join("\n");
const draft = { number: null, date: null, issued: false };
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("the plan (Mẫu 19. KHKT)", () => {
  const plan = plan2021Papers();
  const doc = planDocument(plan);

  it("carries the plan's number and its date in Vietnamese words", () => {
    const h = headingLines(doc);
    expect(h.number).toBe("Số: 05/KH-SKHCN");
    expect(h.dateLine).toBe("An Giang, ngày 19 tháng 01 năm 2021");
    expect(h.kind).toBe("KẾ HOẠCH");
    expect(doc.issuer).toEqual({ parent: "UBND tỉnh An Giang", name: "Sở Khoa học và Công nghệ" });
  });

  it("lists the 197 dossier units by kind and district, and the 66 on-site units, in landscape appendices", () => {
    const [dossier, onSite] = doc.appendices!;
    expect(doc.landscapeAppendices).toBe(true);
    const dossierRows = tables(dossier!.body).flatMap((t) => t.rows);
    expect(dossierRows).toHaveLength(197);
    expect(dossierRows.map((r) => r[0])).toEqual(Array.from({ length: 197 }, (_, i) => String(i + 1)));
    // The communes grouped under their district: one table per district, captioned with its count.
    const captions = tables(dossier!.body).map((t) => t.caption);
    expect(captions).toContain("Huyện Chợ Mới (18)");
    expect(dossier!.body.filter((b) => b.type === "heading").map((b) => (b as { text: string }).text)).toEqual([
      "A. CƠ QUAN CẤP TỈNH (30)",
      "B. UBND CẤP HUYỆN (11)",
      "C. UBND CẤP XÃ (156)",
    ]);
    const onSiteRows = tables(onSite!.body).flatMap((t) => t.rows);
    expect(onSiteRows).toHaveLength(66);
    expect(allText({ ...doc, body: [] })).toContain("Tổng cộng: 66 cơ quan, đơn vị.");
    expect(onSite!.body.filter((b) => b.type === "heading").map((b) => (b as { text: string }).text)).toEqual([
      "A. DIỆN BẮT BUỘC ÁP DỤNG (14)",
      "B. DIỆN KHUYẾN KHÍCH ÁP DỤNG (52)",
    ]);
    // Visit dates as dd/MM/yyyy, the day in Viet Nam.
    expect(onSiteRows[0]![4]).toBe("10/05/2021");
    expect(dossier!.subtitle).toBe("(Kèm theo Kế hoạch số 05/KH-SKHCN ngày 19/01/2021 của Sở Khoa học và Công nghệ)");
  });

  it("states the scope's figures with the Đ36 content, the timeline, the team and the budget", () => {
    const text = allText(doc);
    expect(text).toContain("197 cơ quan, đơn vị (30 cơ quan cấp tỉnh, 11 ubnd cấp huyện và 156 ubnd cấp xã)");
    expect(text).toContain("66 cơ quan, đơn vị: 14 cơ quan thuộc diện bắt buộc áp dụng và 52 cơ quan");
    expect(text).toContain("Phạm vi áp dụng hệ thống quản lý chất lượng bao gồm toàn bộ thủ tục hành chính");
    expect(text).toContain("Việc lựa chọn tổ chức tư vấn, chuyên gia tư vấn (nếu có).");
    expect(text).toContain("31/03/2021");
    expect(text).toContain("Trưởng đoàn");
    expect(text).toContain("KINH PHÍ");
  });

  it("is a draft until the committee approves the plan", () => {
    expect(planDocument(plan2021Papers({ status: "SUBMITTED" })).draft).toBe("DỰ THẢO");
    expect(doc.draft).toBeNull();
  });
});

describe("the decisions", () => {
  it("the team decision takes the plan's team decision number, blank until one is set", () => {
    const blank = teamDecisionDocument(plan2021Papers(), draft);
    expect(headingLines(blank).number).toBe("Số:     /QĐ-SKHCN");
    expect(headingLines(blank).dateLine).toBe("An Giang, ngày     tháng     năm 2021");
    expect(blank.draft).toBe("DỰ THẢO");
    const set = teamDecisionDocument(
      plan2021Papers({ teamDecisionNumber: "447/QĐ-SKHCN", teamDecisionDate: utc(2021, 3, 9) }),
      { number: null, date: null, issued: true },
    );
    expect(headingLines(set).number).toBe("Số: 447/QĐ-SKHCN");
    expect(headingLines(set).dateLine).toBe("An Giang, ngày 09 tháng 3 năm 2021");
    expect(set.draft).toBeNull();
    const [members] = tables(set.body);
    expect(members!.rows).toEqual([
      ["1", "Nguyễn Văn Trưởng", "Sở Khoa học và Công nghệ", "Trưởng đoàn"],
      ["2", "Trần Thị Thư Ký", "Sở Khoa học và Công nghệ", "Thư ký"],
      ["3", "Lê Văn Phối Hợp", "Sở Nội vụ", "Thành viên"],
    ]);
  });

  it("the check decision (Mẫu 20) names the 66 on-site units with their dates, and cites the team decision", () => {
    const doc = checkDecisionDocument(
      plan2021Papers({ teamDecisionNumber: "447/QĐ-SKHCN", teamDecisionDate: utc(2021, 3, 9) }),
      { number: "12/QĐ-SKHCN", date: utc(2021, 4, 2), issued: true },
    );
    expect(headingLines(doc).number).toBe("Số: 12/QĐ-SKHCN");
    expect(headingLines(doc).dateLine).toBe("An Giang, ngày 02 tháng 4 năm 2021");
    expect(tables(doc.body)[0]!.rows).toHaveLength(66);
    expect(allText(doc)).toContain("Căn cứ Quyết định số 447/QĐ-SKHCN ngày 09/03/2021");
    expect(allText(doc)).toContain("tại 66 cơ quan, đơn vị sau:");
  });
});

describe("the request letters (TT26 Đ35)", () => {
  const plan = plan2021Papers();
  const letters = requestLetterDocuments(plan, { number: "123/SKHCN-TĐC", date: utc(2021, 3, 1), issued: true });

  it("are one letter per dossier unit, each addressed to its unit, with the one number and date", () => {
    expect(letters).toHaveLength(197);
    expect(new Set(letters.map((l) => l.addressee![0])).size).toBe(197);
    for (const l of letters) {
      expect(l.kind).toBeNull();
      expect(headingLines(l).number).toBe("Số: 123/SKHCN-TĐC");
      expect(headingLines(l).dateLine).toBe("An Giang, ngày 01 tháng 3 năm 2021");
    }
    expect(letters[0]!.addressee).toEqual([plan.units[0]!.name]);
  });

  it("ask for the Đ36 content by the DOSSIER_DEADLINE milestone, or leave the day blank", () => {
    expect(requestDeadline(plan)).toBe("ngày 31 tháng 3 năm 2021");
    expect(allText(letters[0]!)).toContain("trước ngày 31 tháng 3 năm 2021.");
    expect(allText(letters[0]!)).toContain("Việc công bố lại khi có sự điều chỉnh, mở rộng, thu hẹp phạm vi áp dụng;");
    const noDeadline = plan2021Papers({ milestones: [] });
    expect(allText(requestLetterDocuments(noDeadline, draft)[0]!)).toContain("trước ngày     tháng     năm 2021.");
    expect(headingLines(requestLetterDocuments(noDeadline, draft)[0]!).number).toBe("Số:     /SKHCN-TĐC");
  });

  it("tell an on-site unit that a check decision follows, and narrow to the units given", () => {
    expect(allText(letters[0]!)).toContain("thuộc danh sách kiểm tra tại trụ sở");
    expect(allText(letters[196]!)).not.toContain("thuộc danh sách kiểm tra tại trụ sở");
    const own = requestLetterDocuments(plan, draft, [plan.units[40]!]);
    expect(own.map((l) => l.addressee)).toEqual([[plan.units[40]!.name]]);
  });

  it("are named in the ZIP by their place, code and name without diacritics, each name once", () => {
    const names = plan.units.map((u, i) => requestLetterEntryName(u, i));
    expect(new Set(names).size).toBe(197);
    expect(names[30]).toBe("031-883-ubnd-thanh-pho-long-xuyen.docx");
  });

  it("merge into one DOCX with one section per letter, page numbers restarting", async () => {
    const three = letters.slice(0, 3);
    const { paragraphs, document } = await openDocx(await renderDocxMany(three));
    expect(paragraphs.filter((p) => p.startsWith("Kính gửi: "))).toEqual(
      three.map((l) => `Kính gửi: ${l.addressee![0]}`),
    );
    expect(document.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(3);
  });
});

describe("the correction letter (TT26 Đ37)", () => {
  it("names the categories DOST asked for and its comment", () => {
    const doc = correctionLetterDocument(plan2021Papers(), draft, {
      id: "r1",
      agencyId: "c-1",
      unitName: "UBND xã Mỹ Hòa Hưng",
      categories: ["INTERNAL_AUDIT_REPORT", "MANAGEMENT_REVIEW"],
      comment: "Báo cáo đánh giá nội bộ thiếu chữ ký.",
      at: utc(2021, 4, 20),
    });
    expect(doc.addressee).toEqual(["UBND xã Mỹ Hòa Hưng"]);
    expect(headingLines(doc).letterSubject).toBe(
      "V/v bổ sung, hoàn thiện hồ sơ áp dụng hệ thống quản lý chất lượng năm 2021",
    );
    const text = allText(doc);
    expect(text).toContain("Báo cáo đánh giá nội bộ\nBiên bản xem xét của lãnh đạo");
    expect(text).toContain("Ý kiến của Sở Khoa học và Công nghệ: Báo cáo đánh giá nội bộ thiếu chữ ký.");
  });
});

describe("the number form", () => {
  const base = { planId: "00000000-0000-4000-8000-000000000001", lockVersion: "0" };
  const errors = (input: Record<string, string>) => {
    const r = savePaperSchema.safeParse({ ...base, ...input });
    return r.success ? {} : fieldErrorsOf(r.error.issues);
  };

  it("keeps a draft with a blank number, and wants the number and date to issue", () => {
    expect(savePaperSchema.parse({ ...base, kind: "CHECK_DECISION", number: "", date: "" })).toMatchObject({
      number: null,
      date: null,
      intent: "save",
    });
    expect(errors({ kind: "CHECK_DECISION", intent: "issue", number: "", date: "" })).toEqual({
      number: ["planPapers.errors.numberToIssue"],
      date: ["planPapers.errors.dateToIssue"],
    });
  });

  it("checks each series' shape and the date", () => {
    expect(errors({ kind: "CHECK_DECISION", number: "12/KH-SKHCN" })).toEqual({
      number: ["planPapers.errors.decisionNumber"],
    });
    expect(errors({ kind: "REQUEST_LETTER", number: "123/SKHCN-TĐC", date: "31/02/2021" })).toEqual({
      date: ["planPapers.errors.date"],
    });
    expect(
      savePaperSchema.parse({ ...base, kind: "REQUEST_LETTER", number: " 123/SKHCN-TĐC ", date: "01/03/2021" }),
    ).toMatchObject({ number: "123/SKHCN-TĐC", date: utc(2021, 3, 1) });
  });

  it("names the record request of a correction letter, and only of one", () => {
    expect(errors({ kind: "CORRECTION_LETTER" })).toEqual({ recordRequestId: ["errors.invalidChoice"] });
    expect(errors({ kind: "REQUEST_LETTER", recordRequestId: "00000000-0000-4000-8000-000000000002" })).toEqual({
      recordRequestId: ["errors.invalidChoice"],
    });
  });
});

describe("who may do what with a paper", () => {
  const statuses = Object.values(PlanStatus);
  const staff: Role[] = ["DOST_ADMIN", "DOST_INSPECTOR"];
  const cases: [PaperAction, PlanStatus[]][] = [
    ["edit", ["DRAFT", "SUBMITTED", "APPROVED", "IN_PROGRESS"]],
    ["issue", ["APPROVED", "IN_PROGRESS"]],
  ];
  for (const role of roles)
    for (const [action, allowed] of cases)
      it(`${role} may ${action} a draft decision when the plan is ${staff.includes(role) ? allowed.join(", ") : "never"}`, () => {
        for (const status of statuses) {
          const expected = staff.includes(role) && allowed.includes(status);
          expect(canPaper({ role }, action, { kind: "CHECK_DECISION", planStatus: status, issued: false })).toBe(
            expected,
          );
          expect(canPaper({ role }, action, { kind: "CHECK_DECISION", planStatus: status, issued: true })).toBe(false);
          expect(canPaper({ role }, action, { kind: "PLAN", planStatus: status, issued: false })).toBe(false);
        }
      });

  it("everyone who sees the whole plan reads every paper; an officer only issued papers addressed to their unit", () => {
    for (const role of roles.filter((r) => r !== "AGENCY_OFFICER"))
      for (const kind of ["PLAN", "TEAM_DECISION", "CHECK_DECISION", "REQUEST_LETTER", "CORRECTION_LETTER"] as const)
        expect(canPaper({ role }, "read", { kind, planStatus: "APPROVED", issued: false })).toBe(true);
    const officer = { role: "AGENCY_OFFICER" as const };
    const read = (kind: Parameters<typeof canPaper>[2]["kind"], issued: boolean, addressedToOwnUnit: boolean) =>
      canPaper(officer, "read", { kind, planStatus: "IN_PROGRESS", issued, addressedToOwnUnit });
    expect(read("REQUEST_LETTER", true, true)).toBe(true);
    expect(read("CORRECTION_LETTER", true, true)).toBe(true);
    expect(read("CHECK_DECISION", true, true)).toBe(true);
    expect(read("CHECK_DECISION", true, false)).toBe(false);
    expect(read("REQUEST_LETTER", false, true)).toBe(false);
    expect(read("PLAN", true, true)).toBe(false);
    expect(read("TEAM_DECISION", true, true)).toBe(false);
  });
});
