import type { MilestoneKind, OnSiteCategory, RecordCategory, TeamRole } from "@/lib/generated/prisma/enums";

/*
 * The fixed wording of the plan's papers. The papers are Vietnamese whatever the reader's language (they are
 * what is signed and sent), so their wording lives here beside the model builders, as lib/official/format.ts
 * keeps Decree 30's, rather than in the interface's catalogue.
 */

export const signer = { authority: "KT. GIÁM ĐỐC", position: "PHÓ GIÁM ĐỐC", name: "" } as const;
export const director = "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ";
export const draftLine = "DỰ THẢO";

export const legalBasis = {
  qd19: "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
  tt26: "Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ trưởng Bộ Khoa học và Công nghệ quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg",
} as const;

/** TT26 Đ36: what a check covers, against the standard (k.1) and against QĐ19 (k.2). */
export const d36 = {
  standardTitle: "Việc xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001",
  standard: [
    "Phạm vi áp dụng hệ thống quản lý chất lượng bao gồm toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của cơ quan;",
    "Việc phổ biến, áp dụng các tài liệu, quy trình tới toàn bộ cán bộ, công chức trong phạm vi áp dụng;",
    "Sự tuân thủ các yêu cầu của tiêu chuẩn, chính sách, mục tiêu, quy trình của cơ quan và quy định pháp luật liên quan;",
    "Việc thực hiện các quy trình giải quyết công việc và các quá trình khác của hệ thống quản lý chất lượng;",
    "Việc xem xét của lãnh đạo, đánh giá nội bộ, hành động khắc phục các điểm không phù hợp;",
    "Việc giải quyết khiếu nại liên quan đến phạm vi áp dụng hệ thống quản lý chất lượng (nếu có);",
    "Các hoạt động cải tiến hệ thống quản lý chất lượng.",
  ],
  decreeTitle: "Việc thực hiện các quy định tại Quyết định số 19/2014/QĐ-TTg",
  decree: [
    "Sự tham gia của lãnh đạo, các đơn vị và cán bộ, công chức có liên quan;",
    "Việc xác nhận hiệu lực của hệ thống quản lý chất lượng của người đứng đầu cơ quan;",
    "Việc công bố, thông báo bằng văn bản cho đơn vị chủ trì, niêm yết tại trụ sở và đăng tải trên trang thông tin điện tử;",
    "Việc cập nhật các thay đổi của văn bản quy phạm pháp luật vào hệ thống quản lý chất lượng;",
    "Việc công bố lại khi có sự điều chỉnh, mở rộng, thu hẹp phạm vi áp dụng;",
    "Việc lựa chọn tổ chức tư vấn, chuyên gia tư vấn (nếu có).",
  ],
} as const;

export const milestoneLabels: Record<MilestoneKind, string> = {
  TEAM_SETUP: "Thành lập Đoàn kiểm tra",
  DOSSIER_DEADLINE: "Hạn cơ quan, đơn vị gửi báo cáo và hồ sơ",
  ONSITE_START: "Bắt đầu kiểm tra tại trụ sở",
  ONSITE_END: "Kết thúc kiểm tra tại trụ sở",
  CONSOLIDATION: "Tổng hợp kết quả kiểm tra (Điều 38 Thông tư 26/2014/TT-BKHCN)",
  REPORT: "Báo cáo UBND tỉnh kết quả kiểm tra",
};

export const roleLabels: Record<TeamRole, string> = { LEAD: "Trưởng đoàn", MEMBER: "Thành viên", SECRETARY: "Thư ký" };
export const categoryLabels: Record<OnSiteCategory, string> = { MANDATORY: "Bắt buộc", ENCOURAGED: "Khuyến khích" };

export const recordCategoryLabels: Record<RecordCategory, string> = {
  ANNOUNCEMENT_DECISION: "Quyết định công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001",
  QUALITY_POLICY: "Chính sách chất lượng và mục tiêu chất lượng",
  PROCEDURE_LIST: "Danh mục quy trình trong phạm vi áp dụng",
  INTERNAL_AUDIT_REPORT: "Báo cáo đánh giá nội bộ",
  MANAGEMENT_REVIEW: "Biên bản xem xét của lãnh đạo",
  ANNUAL_REPORT: "Báo cáo năm về tình hình áp dụng hệ thống quản lý chất lượng",
  CORRECTIVE_ACTION: "Bằng chứng thực hiện hành động khắc phục",
  OTHER: "Hồ sơ khác theo ý kiến của Sở",
};
