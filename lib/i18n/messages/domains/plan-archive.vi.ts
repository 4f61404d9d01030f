/**
 * Vietnamese messages of the plan's archive (TT26 Đ39), merged into ../vi.ts under "planArchive". The archive's
 * own papers (index, summaries, file names) are always written with these, whatever the reader's language.
 */
export const planArchive = {
  link: "Tải hồ sơ lưu trữ (ZIP)",
  linkHint: "Toàn bộ hồ sơ của kế hoạch (TT26 Điều 39) trong một tệp nén, có mục lục và mã SHA-256 của từng tệp.",
  kinds: {
    approvalDecision: "Quyết định phê duyệt kế hoạch",
    record: "Hồ sơ HTQLCL của đơn vị",
    annualReport: "Báo cáo năm của đơn vị",
    minutes: "Biên bản kiểm tra",
    correctiveEvidence: "Bằng chứng khắc phục",
    correctiveSummary: "Tổng hợp khắc phục",
    yearReport: "Báo cáo của Sở KH&CN",
    checksums: "Danh sách mã SHA-256",
  },
  index: {
    sheet: "Mục lục",
    title: "Mục lục hồ sơ kế hoạch {number} năm {year}",
    columns: {
      number: "STT",
      path: "Đường dẫn trong tệp nén",
      kind: "Loại giấy tờ",
      unit: "Đơn vị",
      size: "Kích thước (byte)",
      sha256: "SHA-256",
      date: "Ngày",
    },
  },
  files: {
    annualReport: "Báo cáo năm {year}",
    correctiveSummary: "Tổng hợp khắc phục",
    yearReport: "{kind} - phiên bản {version}",
    minutesKind: "{unit} - {kind}",
  },
  annualReport: {
    title: "Báo cáo năm {year} về tình hình xây dựng, áp dụng, duy trì và cải tiến HTQLCL",
    submitted: "Phiên bản {version}, nộp ngày {date}.",
    none: "—",
    yes: "Có",
    no: "Không",
    columns: { item: "Nội dung", value: "Thông tin" },
  },
  corrective: {
    title: "Tổng hợp kết quả khắc phục sau kiểm tra của {unit}",
    basis: "Theo biên bản kiểm tra ngày {date} ({kind}) thuộc Kế hoạch số {plan}.",
    noRecordDate: "chưa ghi ngày",
    findings: "Các phát hiện",
    answers: "Báo cáo khắc phục và kết quả xác minh",
    noAnswers: "Đơn vị chưa gửi báo cáo khắc phục.",
    finding: "Phát hiện số {number}: {clause}",
    columns: {
      number: "Số",
      clause: "Điều khoản",
      severity: "Mức độ",
      description: "Mô tả",
      dueDate: "Thời hạn",
      status: "Trạng thái",
    },
    answerHeading: "Lần {round}, gửi ngày {date}",
    verdict: "Kết quả xác minh: {status}",
    verdictOn: "Kết quả xác minh: {status} (ngày {date})",
    evidenceFiles: "Tệp bằng chứng: {files}",
    evidenceRecord: "Hồ sơ làm bằng chứng: {record} (phiên bản {version})",
  },
};
