import type { OfficialDocument } from "@/lib/official/model";

/** The kinds of paper the app issues, each with a sample the renderers' tests draw. */
export const sampleKinds = ["plan", "decision", "letter", "minutes", "report"] as const;
export type SampleKind = (typeof sampleKinds)[number];

const issuer = { parent: "UBND tỉnh An Giang", name: "Sở Khoa học và Công nghệ" };

const kinds: Record<SampleKind, Pick<OfficialDocument, "kind" | "title" | "numberSuffix" | "number">> = {
  plan: {
    kind: "Kế hoạch",
    title: "Kiểm tra việc áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001 năm 2021",
    numberSuffix: "KH-SKHCN",
    number: "05/KH-SKHCN",
  },
  decision: {
    kind: "Quyết định",
    title: "Về việc thành lập Đoàn kiểm tra việc áp dụng hệ thống quản lý chất lượng năm 2021",
    numberSuffix: "QĐ-SKHCN",
    number: null,
  },
  letter: {
    kind: null,
    title: "V/v báo cáo tình hình áp dụng HTQLCL theo TCVN ISO 9001 năm 2021",
    numberSuffix: "SKHCN-TĐC",
    number: "123/SKHCN-TĐC",
  },
  minutes: {
    kind: "Biên bản",
    title: "Kiểm tra việc xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng",
    numberSuffix: "BB-ĐKT",
    number: null,
  },
  report: {
    kind: "Báo cáo",
    title: "Kết quả kiểm tra việc áp dụng hệ thống quản lý chất lượng năm 2021",
    numberSuffix: "BC-SKHCN",
    number: "210/BC-SKHCN",
  },
};

/** A sample paper of `kind`: every block type, a table long enough to cross a page, two pages at least. */
export function sampleDocument(kind: SampleKind): OfficialDocument {
  const rows = Array.from({ length: 45 }, (_, i) => [
    String(i + 1),
    i % 2 ? `UBND xã Mỹ Hòa Hưng ${i + 1}` : `Phòng Tư pháp huyện Châu Thành ${i + 1}`,
    i % 3 ? "Đạt" : "Không phù hợp nhẹ",
    `${80 + (i % 20)},${i % 10}%`,
  ]);
  return {
    issuer,
    ...kinds[kind],
    place: "An Giang",
    date: kind === "decision" || kind === "minutes" ? null : new Date(Date.UTC(2021, 0, 19)),
    year: 2021,
    addressee: kind === "letter" ? ["Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố"] : null,
    body: [
      { type: "heading", level: 1, text: "I. MỤC ĐÍCH, YÊU CẦU" },
      {
        type: "paragraph",
        runs: [
          { text: "Căn cứ " },
          { text: "Quyết định số 19/2014/QĐ-TTg", italic: true },
          {
            text: " ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước.",
          },
        ],
      },
      { type: "heading", level: 2, text: "1. Mục đích" },
      {
        type: "list",
        marker: "-",
        items: [
          [{ text: "Đánh giá việc xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng." }],
          [{ text: "Kịp thời hướng dẫn, tháo gỡ khó khăn, vướng mắc của cơ quan, đơn vị.", bold: true }],
        ],
      },
      { type: "list", marker: "letter", items: [[{ text: "Phạm vi áp dụng" }], [{ text: "Phổ biến" }]] },
      { type: "heading", level: 3, text: "Kết quả kiểm tra theo đơn vị" },
      {
        type: "table",
        caption: "Bảng 1. Kết quả kiểm tra",
        columns: [
          { title: "STT", width: 10, align: "center" },
          { title: "Cơ quan, đơn vị", width: 50 },
          { title: "Kết quả", width: 22, align: "center" },
          { title: "Tỷ lệ phù hợp", width: 18, align: "right" },
        ],
        rows,
        total: ["", "Tổng cộng", "45", "91,2%"],
      },
      { type: "paragraph", align: "center", runs: [{ text: "Độc lập - Tự do - Hạnh phúc là khẩu hiệu." }] },
    ],
    recipients: ["- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, TĐC."],
    signatures:
      kind === "minutes"
        ? [
            {
              authority: null,
              position: "Đại diện cơ quan được kiểm tra",
              name: "Nguyễn Thị Hồng Nhung",
              hint: "(Ký, ghi rõ họ tên, đóng dấu)",
            },
            { authority: null, position: "Trưởng đoàn kiểm tra", name: "Trần Văn Đức", hint: "(Ký, ghi rõ họ tên)" },
          ]
        : [{ authority: "KT. GIÁM ĐỐC", position: "PHÓ GIÁM ĐỐC", name: "Lê Văn Phước" }],
    appendices:
      kind === "plan"
        ? [
            {
              title: "Phụ lục I",
              subtitle: "Danh sách cơ quan, đơn vị được kiểm tra",
              body: [{ type: "paragraph", runs: [{ text: "Ủy ban nhân dân phường Mỹ Bình." }] }],
            },
          ]
        : [],
    landscapeAppendices: kind === "plan",
    draft: kind === "minutes" ? "DỰ THẢO — chưa ký" : null,
  };
}
