import { describe, expect, it } from "vitest";
import { previewable } from "@/lib/documents/upload/preview";
import { formatFileSize } from "@/lib/i18n/format";
import { recordFieldsSchema, recordListQuerySchema, reviewSchema, versionFieldsSchema } from "@/lib/documents/schema";
import { annualReportSchema } from "@/lib/reports/schema";
import { todayInVietnam } from "@/lib/text/dates";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
const record = {
  category: "INTERNAL_AUDIT_REPORT",
  title: "  Báo cáo đánh giá nội bộ năm 2021 ",
  planId: "",
  effectiveDate: "",
  periodFrom: "01/01/2021",
  periodTo: "31/12/2021",
  note: "",
};

describe("recordFieldsSchema", () => {
  it("reads a record with its period (dd/MM/yyyy) as calendar dates, title trimmed, no plan as null", () => {
    const parsed = recordFieldsSchema.parse(record);
    expect(parsed).toEqual({
      category: "INTERNAL_AUDIT_REPORT",
      title: "Báo cáo đánh giá nội bộ năm 2021",
      planId: null,
      effectiveDate: null,
      periodFrom: utc(2021, 1, 1),
      periodTo: utc(2021, 12, 31),
      note: "",
    });
  });

  it("takes an effective date alone", () => {
    expect(
      recordFieldsSchema.parse({ ...record, periodFrom: "", periodTo: "", effectiveDate: "25/02/2021" }).effectiveDate,
    ).toEqual(utc(2021, 2, 25));
  });

  it("refuses a record with no effective date or period, a half period, a period in reverse, and a start in the future", () => {
    expect(messages(recordFieldsSchema.safeParse({ ...record, periodFrom: "", periodTo: "" }))).toEqual({
      effectiveDate: "documents.errors.periodRequired",
    });
    expect(messages(recordFieldsSchema.safeParse({ ...record, periodTo: "" }))).toEqual({
      periodTo: "documents.errors.periodEnd",
    });
    expect(
      messages(recordFieldsSchema.safeParse({ ...record, periodFrom: "31/12/2021", periodTo: "01/01/2021" })),
    ).toEqual({ periodTo: "documents.errors.periodOrder" });
    const next = todayInVietnam().getUTCFullYear() + 1;
    expect(
      messages(recordFieldsSchema.safeParse({ ...record, periodFrom: `01/01/${next}`, periodTo: `31/12/${next}` })),
    ).toEqual({ periodFrom: "documents.errors.future" });
    expect(messages(recordFieldsSchema.safeParse({ ...record, periodFrom: "31/02/2021" }))).toMatchObject({
      periodFrom: "documents.errors.date",
    });
  });

  it("reports a missing period together with a missing category and title, not only after they are fixed", () => {
    expect(
      messages(recordFieldsSchema.safeParse({ ...record, category: "", title: "", periodFrom: "", periodTo: "" })),
    ).toEqual({
      category: "documents.errors.category",
      title: "errors.required",
      effectiveDate: "documents.errors.periodRequired",
    });
    expect(
      messages(versionFieldsSchema.safeParse({ periodFrom: "01/01/2021", periodTo: "", note: "x".repeat(2001) })),
    ).toEqual({ note: "documents.errors.tooLong", periodTo: "documents.errors.periodEnd" });
  });

  it("refuses a missing title, an unknown category, the annual report (a form of its own) and a malformed plan id", () => {
    expect(messages(recordFieldsSchema.safeParse({ ...record, title: "   " }))).toEqual({ title: "errors.required" });
    expect(messages(recordFieldsSchema.safeParse({ ...record, category: "EXE" }))).toEqual({
      category: "documents.errors.category",
    });
    expect(messages(recordFieldsSchema.safeParse({ ...record, category: "ANNUAL_REPORT" }))).toEqual({
      category: "documents.errors.category",
    });
    expect(messages(recordFieldsSchema.safeParse({ ...record, planId: "../../etc" }))).toEqual({
      planId: "errors.invalidChoice",
    });
  });

  it("a new version has the same date rules and no category or title", () => {
    expect(versionFieldsSchema.parse({ effectiveDate: "01/03/2021", note: "Bổ sung chữ ký" })).toEqual({
      effectiveDate: utc(2021, 3, 1),
      periodFrom: null,
      periodTo: null,
      note: "Bổ sung chữ ký",
    });
    expect(versionFieldsSchema.safeParse({ note: "" }).success).toBe(false);
  });
});

describe("reviewSchema", () => {
  const versionId = "3f0c5a9e-2b1d-4c8e-9f7a-1d2e3f4a5b6c";
  it("accepts without a comment, and requires one to ask for a revision", () => {
    expect(reviewSchema.parse({ versionId, decision: "accept", comment: "" })).toEqual({
      versionId,
      decision: "accept",
      comment: "",
    });
    expect(messages(reviewSchema.safeParse({ versionId, decision: "revise", comment: "  " }))).toEqual({
      comment: "documents.errors.commentRequired",
    });
    expect(messages(reviewSchema.safeParse({ versionId, decision: "delete", comment: "" }))).toEqual({
      decision: "errors.invalidChoice",
    });
  });
});

describe("recordListQuerySchema", () => {
  it("drops bad filter values instead of failing the page", () => {
    expect(
      recordListQuerySchema.parse({ category: "NOPE", status: "x", plan: "1", page: "-3", q: "long xuyen" }),
    ).toEqual({ q: "long xuyen", category: undefined, status: undefined, plan: undefined, page: 1 });
  });
});

describe("annualReportSchema", () => {
  const report = {
    year: "2021",
    scopeDescription: "Toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết",
    procedureCount: "152",
    internalAuditDate: "15/10/2021",
    managementReviewDate: "20/11/2021",
    reannouncementNumber: "",
    reannouncementDate: "",
    improvements: "",
    difficulties: "",
    proposals: "",
  };
  it("reads the form; an unchanged scope drops any re-announcement", () => {
    const parsed = annualReportSchema.parse({ ...report, reannouncementNumber: "12/QĐ-UBND" });
    expect(parsed).toMatchObject({
      year: 2021,
      procedureCount: 152,
      internalAuditDate: utc(2021, 10, 15),
      scopeChanged: false,
      reannouncementNumber: null,
    });
  });
  it("needs a well-formed re-announcement when the scope changed", () => {
    expect(messages(annualReportSchema.safeParse({ ...report, scopeChanged: "on" }))).toEqual({
      reannouncementNumber: "documents.report.errors.reannouncementRequired",
      reannouncementDate: "documents.report.errors.reannouncementDate",
    });
    expect(
      messages(
        annualReportSchema.safeParse({
          ...report,
          scopeChanged: "on",
          reannouncementNumber: "12/QD",
          reannouncementDate: "01/06/2021",
        }),
      ),
    ).toEqual({ reannouncementNumber: "documents.report.errors.decisionNumber" });
    expect(
      annualReportSchema.parse({
        ...report,
        scopeChanged: "on",
        reannouncementNumber: "12/QĐ-UBND",
        reannouncementDate: "01/06/2021",
      }),
    ).toMatchObject({ scopeChanged: true, reannouncementNumber: "12/QĐ-UBND", reannouncementDate: utc(2021, 6, 1) });
  });
  it("keeps the audit and the review inside the year, dates out of the future, and the year not ahead", () => {
    expect(messages(annualReportSchema.safeParse({ ...report, internalAuditDate: "15/10/2020" }))).toEqual({
      internalAuditDate: "documents.report.errors.withinYear",
    });
    const next = todayInVietnam().getUTCFullYear() + 1;
    expect(
      messages(
        annualReportSchema.safeParse({
          ...report,
          year: String(next),
          internalAuditDate: "",
          managementReviewDate: "",
        }),
      ),
    ).toEqual({ year: "documents.report.errors.year" });
    expect(messages(annualReportSchema.safeParse({ ...report, procedureCount: "1,5" }))).toEqual({
      procedureCount: "documents.report.errors.procedureCount",
    });
    expect(messages(annualReportSchema.safeParse({ ...report, scopeDescription: "" }))).toEqual({
      scopeDescription: "errors.required",
    });
  });
});

describe("files", () => {
  it("previews PDFs and images only", () => {
    expect(previewable("application/pdf")).toBe("pdf");
    expect(previewable("image/png")).toBe("image");
    expect(previewable("application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBeNull();
  });
  it("writes sizes with a Vietnamese decimal comma", () => {
    expect(formatFileSize(850)).toBe("850 B");
    expect(formatFileSize(BigInt(12_698))).toBe("12,4 KB");
    expect(formatFileSize(20 * 1024 * 1024)).toBe("20 MB");
  });
});
