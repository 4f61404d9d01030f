import { formatCalendarDate } from "@/lib/dates";
import { formatNumber, romanNumeral, upper } from "@/lib/official/format";
import type { Block, OfficialDocument } from "@/lib/official/model";
import { approvedStatuses, numberSuffix, type PapersPlan, type PaperUnit } from "../kinds";
import { dossierUnits, draft, frame, lines, membersTable, onSiteUnits, text, visitDays } from "./common";
import { categoryLabels, d36, legalBasis, milestoneLabels } from "./wording";

const heading = (n: number, s: string): Block => ({ type: "heading", level: 1, text: `${romanNumeral(n)}. ${s}` });
const sub = (s: string): Block => ({ type: "heading", level: 2, text: s });
const dashes = (items: string[]): Block => ({ type: "list", marker: "-", items: items.map((s) => [{ text: s }]) });
const letters = (items: readonly string[]): Block => ({
  type: "list",
  marker: "letter",
  items: items.map((s) => [{ text: s }]),
});

/** Units grouped as the registry orders kinds (provincial, district, commune), keeping the scope's order inside. */
function byKind(units: PaperUnit[]) {
  const groups = new Map<string, { kind: PaperUnit["kind"]; units: PaperUnit[] }>();
  for (const u of units) {
    const g = groups.get(u.kind.name) ?? { kind: u.kind, units: [] };
    g.units.push(u);
    groups.set(u.kind.name, g);
  }
  return [...groups.values()].sort((a, b) => a.kind.level - b.kind.level || a.kind.sortOrder - b.kind.sortOrder);
}

/** "30 cơ quan cấp tỉnh, 11 UBND cấp huyện và 156 UBND cấp xã". */
function countsByKind(units: PaperUnit[]): string {
  const parts = byKind(units).map((g) => `${formatNumber(g.units.length)} ${g.kind.name.toLocaleLowerCase("vi")}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} và ${parts.at(-1)}` : (parts[0] ?? "0");
}

/**
 * Appendix I: every dossier unit, by kind and, for commune-level units, by district, numbered through the
 * whole list (the last number is the count).
 */
function dossierAppendix(units: PaperUnit[]): Block[] {
  let n = 0;
  const columns = [
    { title: "STT", width: 8, align: "center" as const },
    { title: "Mã", width: 14, align: "center" as const },
    { title: "Tên cơ quan, đơn vị", width: 78 },
  ];
  const rows = (list: PaperUnit[]) => list.map((u) => [String(++n), u.code, u.name]);
  return byKind(units).flatMap((g, i): Block[] => {
    const title: Block = sub(`${String.fromCharCode(65 + i)}. ${upper(g.kind.name)} (${formatNumber(g.units.length)})`);
    const districts = new Map<string, PaperUnit[]>();
    for (const u of g.units) if (u.district) districts.set(u.district, [...(districts.get(u.district) ?? []), u]);
    if (!districts.size) return [title, { type: "table", columns, rows: rows(g.units) }];
    const loose = g.units.filter((u) => !u.district);
    return [
      title,
      ...[...districts].map(([district, list]): Block => ({
        type: "table",
        caption: `${district} (${formatNumber(list.length)})`,
        columns,
        rows: rows(list),
      })),
      ...(loose.length ? [{ type: "table", columns, rows: rows(loose) } satisfies Block] : []),
    ];
  });
}

/** Appendix II: the on-site units, mandatory first, with their kind and visit dates. */
function onSiteAppendix(units: PaperUnit[]): Block[] {
  let n = 0;
  const columns = [
    { title: "STT", width: 6, align: "center" as const },
    { title: "Tên cơ quan, đơn vị", width: 40 },
    { title: "Cấp", width: 18 },
    { title: "Huyện, thị xã, thành phố", width: 18 },
    { title: "Thời gian kiểm tra", width: 18, align: "center" as const },
  ];
  const groups = (["MANDATORY", "ENCOURAGED"] as const).map((c) => ({
    c,
    list: units.filter((u) => (u.onSiteCategory ?? "MANDATORY") === c),
  }));
  return groups
    .filter((g) => g.list.length)
    .flatMap((g, i): Block[] => [
      sub(
        `${String.fromCharCode(65 + i)}. DIỆN ${upper(categoryLabels[g.c])} ÁP DỤNG (${formatNumber(g.list.length)})`,
      ),
      {
        type: "table",
        columns,
        rows: g.list.map((u) => [String(++n), u.name, u.kind.name, u.district ?? "", visitDays(u)]),
      },
    ])
    .concat(
      n
        ? [
            {
              type: "paragraph",
              runs: [{ text: `Tổng cộng: ${formatNumber(n)} cơ quan, đơn vị.`, bold: true }],
            },
          ]
        : [],
    );
}

/**
 * The plan itself (TT26 Đ34, Mẫu 19. KHKT): legal bases, objectives and requirements, the Đ36 content, the
 * form of check and scope, the timeline, the team, the budget, then the dossier and on-site lists as
 * landscape appendices. Its number and date are the plan's; it is a draft until the committee approves it.
 */
export function planDocument(plan: PapersPlan): OfficialDocument {
  const dossier = dossierUnits(plan);
  const onSite = onSiteUnits(plan);
  const mandatory = onSite.filter((u) => u.onSiteCategory !== "ENCOURAGED").length;
  const reference = `(Kèm theo Kế hoạch số ${plan.number} ngày ${formatCalendarDate(plan.issuedOn)} của ${plan.leadAgency})`;
  const bases = lines(plan.legalBases);
  const body: Block[] = [
    ...(bases.length ? bases : [legalBasis.qd19, legalBasis.tt26]).map((b) =>
      text(`Căn cứ ${b.replace(/^căn cứ\s+/i, "").replace(/[;.]$/, "")};`, { italic: true }),
    ),
    text(`${plan.leadAgency} xây dựng Kế hoạch kiểm tra năm ${plan.year} như sau:`),
    heading(1, "MỤC ĐÍCH, YÊU CẦU"),
    sub("1. Mục đích"),
    dashes(lines(plan.objectives)),
    sub("2. Yêu cầu"),
    dashes(lines(plan.requirements)),
    heading(2, "NỘI DUNG KIỂM TRA (Điều 36 Thông tư số 26/2014/TT-BKHCN)"),
    sub(`1. ${d36.standardTitle}`),
    letters(d36.standard),
    sub(`2. ${d36.decreeTitle}`),
    letters(d36.decree),
    heading(3, "HÌNH THỨC, ĐỐI TƯỢNG KIỂM TRA"),
    sub("1. Kiểm tra qua hồ sơ, báo cáo"),
    text(
      `${formatNumber(dossier.length)} cơ quan, đơn vị (${countsByKind(dossier)}) báo cáo bằng văn bản kèm theo bằng chứng theo nội dung tại Mục II (danh sách tại Phụ lục I).`,
    ),
    sub("2. Kiểm tra tại trụ sở"),
    text(
      `${formatNumber(onSite.length)} cơ quan, đơn vị: ${formatNumber(mandatory)} cơ quan thuộc diện bắt buộc áp dụng và ${formatNumber(onSite.length - mandatory)} cơ quan thuộc diện khuyến khích áp dụng (danh sách và thời gian tại Phụ lục II).`,
    ),
    heading(4, "THỜI GIAN THỰC HIỆN"),
    plan.milestones.length
      ? {
          type: "table",
          columns: [
            { title: "STT", width: 8, align: "center" },
            { title: "Nội dung", width: 67 },
            { title: "Thời gian", width: 25, align: "center" },
          ],
          rows: plan.milestones.map((m, i) => [String(i + 1), milestoneLabels[m.kind], formatCalendarDate(m.date)]),
        }
      : text("Thời gian cụ thể do Đoàn kiểm tra thông báo."),
    heading(5, "ĐƠN VỊ KIỂM TRA, ĐOÀN KIỂM TRA"),
    text(
      `Đơn vị chủ trì: ${plan.leadAgency}${plan.coordinators.length ? `; đơn vị phối hợp: ${plan.coordinators.join(", ")}` : ""}.`,
    ),
    membersTable(plan, "Nhiệm vụ", text(`Đoàn kiểm tra do Giám đốc ${plan.leadAgency} quyết định thành lập.`)),
    heading(6, "KINH PHÍ"),
    text(
      `Kinh phí thực hiện Kế hoạch từ nguồn kinh phí sự nghiệp khoa học và công nghệ năm ${plan.year} được giao cho ${plan.leadAgency}.`,
    ),
    heading(7, "TỔ CHỨC THỰC HIỆN"),
    text(
      `Các cơ quan, đơn vị trong phạm vi kiểm tra báo cáo đúng nội dung, thời hạn và phối hợp với Đoàn kiểm tra. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về ${plan.leadAgency} để được hướng dẫn.`,
    ),
  ];
  return {
    ...frame(plan),
    number: plan.number,
    numberSuffix: numberSuffix.PLAN,
    date: plan.issuedOn,
    kind: "KẾ HOẠCH",
    title: plan.title,
    body,
    recipients: ["- UBND tỉnh (để báo cáo);", "- Các cơ quan, đơn vị trong phạm vi kiểm tra;", "- Lưu: VT, TĐC."],
    appendices: [
      {
        title: "PHỤ LỤC I. DANH SÁCH CƠ QUAN, ĐƠN VỊ KIỂM TRA QUA HỒ SƠ, BÁO CÁO",
        subtitle: reference,
        body: dossierAppendix(dossier),
      },
      {
        title: "PHỤ LỤC II. DANH SÁCH CƠ QUAN, ĐƠN VỊ KIỂM TRA TẠI TRỤ SỞ",
        subtitle: reference,
        body: onSiteAppendix(onSite),
      },
    ],
    landscapeAppendices: true,
    draft: draft(approvedStatuses.includes(plan.status)),
  };
}
