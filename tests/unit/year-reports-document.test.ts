import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import type { Block } from "@/lib/official/model";
import { diffFigures, diffNarrative } from "@/lib/year-reports/diff";
import { yearReportDocument } from "@/lib/year-reports/document";
import { d36Items, type MinistryFigures, type NovemberFigures } from "@/lib/year-reports/figures/types";
import { figureTables } from "@/lib/year-reports/tables";

const november: NovemberFigures = {
  kind: "NOVEMBER_CONSOLIDATION",
  year: 2021,
  asOf: "2021-11-15",
  plans: [{ number: "05/KH-SKHCN", approvalNumber: "346/QĐ-UBND" }],
  coverage: [
    { kind: "Cơ quan cấp tỉnh", dossierPlanned: 30, dossierDone: 28, onSitePlanned: 10, onSiteDone: 9 },
    { kind: "UBND cấp xã", dossierPlanned: 156, dossierDone: 150, onSitePlanned: 52, onSiteDone: 50 },
  ],
  scores: [
    { band: "below50", dossier: 0, onSite: 1 },
    { band: "from50", dossier: 3, onSite: 4 },
    { band: "from80", dossier: 100, onSite: 40 },
    { band: "full", dossier: 75, onSite: 14 },
  ],
  resultsByKind: [{ kind: "UBND cấp xã", conforming: 120, withFindings: 28, notConforming: 2 }],
  resultsByDistrict: [
    { district: null, conforming: 20, withFindings: 8, notConforming: 0 },
    { district: "Thành phố Long Xuyên", conforming: 11, withFindings: 2, notConforming: 0 },
  ],
  findingsByGroup: [{ standard: "ISO_9001_2015", group: "7", major: 1, minor: 6, recommendation: 3 }],
  findingsByD36: [{ item: "1.đ", count: 4 }],
  corrective: { nonconformities: 7, answered: 5, accepted: 3, overdue: 1 },
  repeats: [{ name: "UBND phường Mỹ Bình", repeats: 2 }],
  completeness: { units: 186, complete: 120, averagePercent: 87 },
  proposals: [{ name: "UBND xã Mỹ Hòa Hưng", source: "annualReport", text: "Đề nghị tập huấn chuyển đổi." }],
  units: [
    {
      name: "UBND phường Mỹ Bình",
      kind: "UBND cấp xã",
      district: "Thành phố Long Xuyên",
      onSite: true,
      dossierDone: true,
      onSiteDone: true,
      conformity: 40 / 48,
      result: "withFindings",
      nonconformities: 2,
      unresolved: 1,
      completeness: 83,
    },
  ],
};

const texts = (blocks: Block[]) =>
  blocks.flatMap((b) =>
    b.type === "heading"
      ? [b.text]
      : b.type === "paragraph"
        ? [b.runs.map((r) => r.text).join("")]
        : b.type === "table"
          ? [b.caption ?? "", ...b.columns.map((c) => c.title), ...b.rows.flat(), ...(b.total ?? [])]
          : [],
  );

describe("yearReportDocument", () => {
  const doc = yearReportDocument({
    kind: "NOVEMBER_CONSOLIDATION",
    year: 2021,
    figures: november,
    narrative: {
      overview: "Thực hiện Kế hoạch số 05/KH-SKHCN.\nĐoàn kiểm tra đã làm việc.",
      proposals: "Đề nghị UBND tỉnh.",
    },
    approvalNumber: "120/BC-SKHCN",
    approvalDate: new Date(Date.UTC(2021, 10, 20)),
  });

  it("has DOST's heading, the kind, the title with the year, the number and date of approval", () => {
    expect(doc.issuer).toEqual({ parent: "UBND TỈNH AN GIANG", name: "SỞ KHOA HỌC VÀ CÔNG NGHỆ" });
    expect(doc.kind).toBe("BÁO CÁO");
    expect(doc.title).toBe(
      "Kết quả kiểm tra việc áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001 năm 2021",
    );
    expect(doc.number).toBe("120/BC-SKHCN");
    expect(doc.numberSuffix).toBe("BC-SKHCN");
    expect(doc.date).toEqual(new Date(Date.UTC(2021, 10, 20)));
    expect(doc.place).toBe("An Giang");
    expect(doc.signatures).toEqual([{ authority: "KT. GIÁM ĐỐC", position: "PHÓ GIÁM ĐỐC", name: "" }]);
    expect(doc.recipients).toEqual(["- UBND tỉnh (để báo cáo);", "- Giám đốc Sở (để báo cáo);", "- Lưu: VT, TĐC."]);
  });

  it("puts the narrative under numbered headings with the figures' tables, the as-of date first", () => {
    const all = texts(doc.body);
    expect(all[0]).toBe("(Số liệu tính đến ngày 15/11/2021)");
    expect(all).toContain("I. KHÁI QUÁT");
    expect(all).toContain("II. KẾT QUẢ KIỂM TRA");
    expect(all).toContain("VI. KIẾN NGHỊ, ĐỀ XUẤT");
    expect(all).toContain("Thực hiện Kế hoạch số 05/KH-SKHCN.");
    expect(all).toContain("Đoàn kiểm tra đã làm việc.");
    expect(all).toContain("Kết quả thực hiện kế hoạch theo loại đơn vị và hình thức kiểm tra");
    expect(all).toContain("Điều 36 khoản 1.đ");
    const coverage = doc.body.find((b) => b.type === "table" && b.caption?.startsWith("Kết quả thực hiện"));
    expect(coverage).toMatchObject({ total: ["Tổng cộng", "186", "178", "62", "59"] });
    for (const b of doc.body) if (b.type === "table") expect(b.columns.reduce((s, c) => s + c.width, 0)).toBe(100);
  });

  it("lists every unit in a landscape appendix with its conformity written the Vietnamese way", () => {
    expect(doc.landscapeAppendices).toBe(true);
    expect(doc.appendices?.[0]?.title).toBe("PHỤ LỤC");
    const rows = texts(doc.appendices![0]!.body);
    expect(rows).toContain("UBND phường Mỹ Bình");
    expect(rows).toContain("83,3 %");
    expect(rows).toContain("Đạt, còn điểm cần khắc phục");
  });

  it("leaves the number and date to fill in before approval, and reports the Ministry figures by level", () => {
    const ministry: MinistryFigures = {
      kind: "MINISTRY_ANNUAL",
      year: 2025,
      asOf: "2025-12-10",
      levels: [
        { level: 1, required: 35, applying: 35, announced: 35, iso2015: 35, iso2008: 0, checked: 12 },
        { level: 3, required: 0, applying: 102, announced: 100, iso2015: 102, iso2008: 0, checked: 30 },
      ],
    };
    const draft = yearReportDocument({
      kind: "MINISTRY_ANNUAL",
      year: 2025,
      figures: ministry,
      narrative: {},
      approvalNumber: null,
      approvalDate: null,
    });
    expect(draft.number).toBeNull();
    expect(draft.date).toBeNull();
    expect(draft.appendices).toBeUndefined();
    expect(draft.recipients[0]).toBe("- Bộ Khoa học và Công nghệ;");
    const all = texts(draft.body);
    expect(all).toContain("Cấp tỉnh");
    expect(all).toContain("Cấp xã");
    expect(all).not.toContain("Cấp huyện");
    expect(all).toEqual(expect.arrayContaining(["Tổng cộng", "137", "135", "42"]));
  });
});

describe("figures and versions", () => {
  it("reads the TT26 Đ36 items a checklist clause names", () => {
    expect(d36Items("QĐ19 Đ4.2.b, Đ4.4.b; TT26 Đ36.1.đ")).toEqual(["1.đ"]);
    expect(d36Items("QĐ19 Đ3.2; TT26 Đ36.2.a; TT26 Đ7.2.b")).toEqual(["2.a"]);
    expect(d36Items("8.5.2")).toEqual([]);
  });

  it("diffs the narrative by section and the figures cell by cell", () => {
    expect(diffNarrative({ overview: "A", results: "B" }, { overview: "A", results: "C" })).toEqual([
      { section: "results", before: "B", after: "C" },
    ]);
    const t = createTranslator("vi").raw;
    const before = figureTables(november, t);
    const after = figureTables({ ...november, corrective: { ...november.corrective, accepted: 4, overdue: 0 } }, t);
    expect(diffFigures(before, after)).toEqual([
      expect.objectContaining({ table: "corrective", row: "Sở đã chấp nhận", before: "3", after: "4" }),
      expect.objectContaining({ table: "corrective", row: "Quá hạn chưa khắc phục", before: "1", after: "0" }),
    ]);
    expect(diffFigures(before, before)).toEqual([]);
  });
});
