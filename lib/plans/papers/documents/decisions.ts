import { formatCalendarDate } from "@/lib/dates";
import { formatNumber } from "@/lib/official/format";
import type { Block, OfficialDocument } from "@/lib/official/model";
import { numberSuffix, type PaperNumber, type PapersPlan } from "../kinds";
import {
  centred,
  decisionBases,
  draft,
  frame,
  membersTable,
  onSiteUnits,
  planReference,
  text,
  visitDays,
} from "./common";
import { categoryLabels, d36, director } from "./wording";

const article = (n: number, s: string): Block => ({
  type: "paragraph",
  runs: [{ text: `Điều ${n}. `, bold: true }, { text: s }],
});
const proposal = text("Theo đề nghị của Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng.", { italic: true });
const decides = centred("QUYẾT ĐỊNH:");

/** "Quyết định số 447/QĐ-SKHCN ngày 09/3/2021 …"; null while the team decision has no number. */
export const teamDecisionReference = (plan: PapersPlan) =>
  plan.teamDecisionNumber
    ? `Quyết định số ${plan.teamDecisionNumber}${plan.teamDecisionDate ? ` ngày ${formatCalendarDate(plan.teamDecisionDate)}` : ""} của Giám đốc ${plan.leadAgency} về việc thành lập Đoàn kiểm tra`
    : null;

/**
 * The decision setting up the inspection team: its members with their units and roles in the team (Điều 1),
 * its task (Điều 2), who carries it out (Điều 3). Its number and date are the plan's team decision fields.
 */
export function teamDecisionDocument(plan: PapersPlan, paper: PaperNumber): OfficialDocument {
  const body: Block[] = [
    centred(director),
    ...decisionBases(plan),
    proposal,
    decides,
    article(
      1,
      `Thành lập Đoàn kiểm tra việc áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001 tại các cơ quan hành chính nhà nước trên địa bàn tỉnh năm ${plan.year}, gồm các ông (bà) có tên sau:`,
    ),
    membersTable(
      plan,
      "Chức danh trong Đoàn",
      text("(Danh sách thành viên Đoàn kiểm tra chưa được lập.)", { italic: true }),
    ),
    article(
      2,
      `Đoàn kiểm tra có nhiệm vụ kiểm tra theo ${planReference(plan)}; nội dung kiểm tra theo Điều 36 Thông tư số 26/2014/TT-BKHCN. Trưởng đoàn chịu trách nhiệm phân công nhiệm vụ cho các thành viên. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.`,
    ),
    article(
      3,
      `Chánh Văn phòng Sở, Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng, thủ trưởng các cơ quan, đơn vị có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này. Quyết định này có hiệu lực kể từ ngày ký.`,
    ),
  ];
  return {
    ...frame(plan),
    number: plan.teamDecisionNumber,
    numberSuffix: numberSuffix.TEAM_DECISION,
    date: plan.teamDecisionDate,
    kind: "QUYẾT ĐỊNH",
    title: `Về việc thành lập Đoàn kiểm tra việc áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001 năm ${plan.year}`,
    body,
    recipients: ["- Như Điều 3;", "- Lưu: VT, TĐC."],
    draft: draft(paper.issued),
  };
}

/**
 * The decision to check on site (TT26 Đ35, Mẫu 20. QĐKT): one decision naming every on-site unit with its
 * visit dates (Điều 1), the Đ36 content and the team (Điều 2), who carries it out (Điều 3).
 */
export function checkDecisionDocument(plan: PapersPlan, paper: PaperNumber): OfficialDocument {
  const units = onSiteUnits(plan);
  const team = teamDecisionReference(plan);
  const body: Block[] = [
    centred(director),
    ...decisionBases(plan, team ? [`Căn cứ ${team};`] : []),
    proposal,
    decides,
    article(
      1,
      `Kiểm tra tại trụ sở việc áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001 năm ${plan.year} tại ${formatNumber(units.length)} cơ quan, đơn vị sau:`,
    ),
    units.length
      ? {
          type: "table",
          columns: [
            { title: "STT", width: 7, align: "center" },
            { title: "Cơ quan, đơn vị", width: 48 },
            { title: "Diện áp dụng", width: 18 },
            { title: "Thời gian kiểm tra", width: 27, align: "center" },
          ],
          rows: units.map((u, i) => [
            String(i + 1),
            u.name,
            categoryLabels[u.onSiteCategory ?? "MANDATORY"],
            visitDays(u) || "Theo thông báo của Đoàn",
          ]),
        }
      : text("(Kế hoạch chưa có cơ quan, đơn vị kiểm tra tại trụ sở.)", { italic: true }),
    article(
      2,
      `Nội dung kiểm tra: ${d36.standardTitle.toLocaleLowerCase("vi")} và ${d36.decreeTitle.toLocaleLowerCase("vi")}, theo Điều 36 Thông tư số 26/2014/TT-BKHCN. Việc kiểm tra do Đoàn kiểm tra ${team ? `thành lập theo ${team}` : `do Giám đốc ${plan.leadAgency} thành lập`} thực hiện; kết quả được lập thành biên bản kiểm tra (Mẫu 21. BBKT).`,
    ),
    article(
      3,
      `Chánh Văn phòng Sở, Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng, Trưởng Đoàn kiểm tra và thủ trưởng các cơ quan, đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này. Quyết định này có hiệu lực kể từ ngày ký.`,
    ),
  ];
  return {
    ...frame(plan),
    number: paper.number,
    numberSuffix: numberSuffix.CHECK_DECISION,
    date: paper.date,
    kind: "QUYẾT ĐỊNH",
    title: `Về việc kiểm tra việc áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001 tại trụ sở cơ quan, đơn vị năm ${plan.year}`,
    body,
    recipients: ["- Như Điều 3;", "- UBND tỉnh (để báo cáo);", "- Lưu: VT, TĐC."],
    draft: draft(paper.issued),
  };
}
