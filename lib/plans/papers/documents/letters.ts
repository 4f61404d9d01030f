import { blankDateWords } from "@/lib/official/format";
import type { Block, OfficialDocument } from "@/lib/official/model";
import { numberSuffix, type CorrectionRequest, type PaperNumber, type PapersPlan, type PaperUnit } from "../kinds";
import { approvalReference, dossierUnits, draft, frame, milestoneWords, planReference, text } from "./common";
import { d36, recordCategoryLabels } from "./wording";

const list = (marker: "letter" | "-", items: readonly string[]): Block => ({
  type: "list",
  marker,
  items: items.map((s) => [{ text: s }]),
});

/**
 * The deadline of the request letter: the plan's DOSSIER_DEADLINE milestone in words ("ngày 31 tháng 3 năm
 * 2021"), or the blank date of the plan's year to be written in by hand when the plan sets none.
 */
export const requestDeadline = (plan: PapersPlan) =>
  milestoneWords(plan, "DOSSIER_DEADLINE") ?? blankDateWords(plan.year);

function requestLetter(plan: PapersPlan, paper: PaperNumber, unit: PaperUnit): OfficialDocument {
  const body: Block[] = [
    text(
      `Thực hiện ${planReference(plan)}${approvalReference(plan)} về kiểm tra việc áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001 tại các cơ quan hành chính nhà nước trên địa bàn tỉnh năm ${plan.year}, ${plan.leadAgency} đề nghị ${unit.name} báo cáo bằng văn bản tình hình xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo các nội dung sau (Điều 36 Thông tư số 26/2014/TT-BKHCN):`,
    ),
    { type: "heading", level: 2, text: `1. ${d36.standardTitle}` },
    list("letter", d36.standard),
    { type: "heading", level: 2, text: `2. ${d36.decreeTitle}` },
    list("letter", d36.decree),
    text(
      `Báo cáo kèm theo bằng chứng (quyết định công bố, chính sách và mục tiêu chất lượng, danh mục quy trình, báo cáo đánh giá nội bộ, biên bản xem xét của lãnh đạo và các hồ sơ liên quan) gửi về ${plan.leadAgency} (qua Chi cục Tiêu chuẩn Đo lường Chất lượng) trước ${requestDeadline(plan)}.`,
    ),
    ...(unit.onSite
      ? [
          text(
            `${unit.name} thuộc danh sách kiểm tra tại trụ sở; thời gian kiểm tra cụ thể theo Quyết định kiểm tra của Giám đốc ${plan.leadAgency}.`,
          ),
        ]
      : []),
    text(`Đề nghị ${unit.name} quan tâm, thực hiện./.`),
  ];
  return {
    ...frame(plan),
    number: paper.number,
    numberSuffix: numberSuffix.REQUEST_LETTER,
    date: paper.date,
    kind: null,
    title: `V/v báo cáo việc áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001 năm ${plan.year}`,
    addressee: [unit.name],
    body,
    recipients: ["- Như trên;", "- Lưu: VT, TĐC."],
    draft: draft(paper.issued),
  };
}

/**
 * The request letter (TT26 Đ35) merged to each dossier unit of the plan, one model per unit in the plan's
 * order, all with the letter's one number and date. `units` narrows the merge (an officer's own letter).
 */
export function requestLetterDocuments(
  plan: PapersPlan,
  paper: PaperNumber,
  units: PaperUnit[] = dossierUnits(plan),
): OfficialDocument[] {
  return units.filter((u) => u.inDossier).map((u) => requestLetter(plan, paper, u));
}

/**
 * The letter asking a unit to complete or correct its records after DOST reviewed its dossier (TT26 Đ37): the
 * categories DOST asked for and its comment.
 */
export function correctionLetterDocument(
  plan: PapersPlan,
  paper: PaperNumber,
  request: CorrectionRequest,
): OfficialDocument {
  const body: Block[] = [
    text(
      `Thực hiện ${planReference(plan)}${approvalReference(plan)}, ${plan.leadAgency} đã xem xét hồ sơ, báo cáo về việc áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001 của ${request.unitName}. Để hoàn thiện hồ sơ theo Điều 37 Thông tư số 26/2014/TT-BKHCN, đề nghị ${request.unitName} bổ sung, sửa đổi các hồ sơ sau:`,
    ),
    list(
      "-",
      request.categories.map((c) => recordCategoryLabels[c]),
    ),
    ...(request.comment?.trim() ? [text(`Ý kiến của ${plan.leadAgency}: ${request.comment.trim()}`)] : []),
    text(
      `Hồ sơ bổ sung, sửa đổi gửi về ${plan.leadAgency} (qua Chi cục Tiêu chuẩn Đo lường Chất lượng); các nội dung này được xem xét lại trong lần kiểm tra tiếp theo.`,
    ),
    text(`Đề nghị ${request.unitName} quan tâm, thực hiện./.`),
  ];
  return {
    ...frame(plan),
    number: paper.number,
    numberSuffix: numberSuffix.CORRECTION_LETTER,
    date: paper.date,
    kind: null,
    title: `V/v bổ sung, hoàn thiện hồ sơ áp dụng hệ thống quản lý chất lượng năm ${plan.year}`,
    addressee: [request.unitName],
    body,
    recipients: ["- Như trên;", "- Lưu: VT, TĐC."],
    draft: draft(paper.issued),
  };
}
