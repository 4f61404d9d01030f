import type { IsoRequirement, StandardVersion } from "@/lib/generated/prisma/enums";
import { formatCalendarDate } from "@/lib/text/dates";
import { foldForSearch } from "@/lib/text/normalize";
import type { AgencyExportRow } from "../data";

/**
 * The registry's spreadsheet columns, shared by export and import so that an exported file imports back
 * unchanged. Headers are Vietnamese; import matches them ignoring case and diacritics. "Loại" is the kind's
 * name, as people read it; "Mã loại" keeps its code, which the import prefers when both are there (a file
 * typed by hand may give either, the name or the code, in "Loại").
 */
export const columns = [
  { key: "code", header: "Mã", required: true },
  { key: "name", header: "Tên đơn vị", required: true },
  { key: "shortName", header: "Tên ngắn" },
  { key: "nameEn", header: "Tên tiếng Anh" },
  { key: "kind", header: "Loại", required: true },
  { key: "kindCode", header: "Mã loại" },
  { key: "parentCode", header: "Mã đơn vị cấp trên" },
  { key: "group", header: "Nhóm" },
  { key: "isoRequirement", header: "Áp dụng ISO" },
  { key: "standardVersion", header: "Phiên bản tiêu chuẩn" },
  { key: "announcementNumber", header: "Số quyết định công bố" },
  { key: "announcementDate", header: "Ngày công bố" },
  { key: "procedureCount", header: "Số TTHC" },
  { key: "contactName", header: "Người liên hệ" },
  { key: "contactPhone", header: "Điện thoại" },
  { key: "contactEmail", header: "Thư điện tử" },
  { key: "confirmed", header: "Đã xác minh" },
  { key: "validFrom", header: "Hiệu lực từ" },
  { key: "validTo", header: "Hiệu lực đến" },
  { key: "note", header: "Ghi chú" },
] as const;

export type ColumnKey = (typeof columns)[number]["key"];

export const requirementLabels: Record<IsoRequirement, string> = { MANDATORY: "Bắt buộc", ENCOURAGED: "Khuyến khích" };
export const standardLabels: Record<StandardVersion, string> = {
  ISO_9001_2008: "TCVN ISO 9001:2008",
  ISO_9001_2015: "TCVN ISO 9001:2015",
  NONE: "Chưa áp dụng",
};

/** The cells of one unit, in column order, as text (dates dd/MM/yyyy). */
export function exportCells(row: AgencyExportRow): string[] {
  const values: Record<ColumnKey, string> = {
    code: row.code,
    name: row.name,
    shortName: row.shortName ?? "",
    nameEn: row.nameEn ?? "",
    kind: row.kind.nameVi,
    kindCode: row.kind.code,
    parentCode: row.parent?.code ?? "",
    group: row.group ?? "",
    isoRequirement: requirementLabels[row.isoRequirement],
    standardVersion: standardLabels[row.standardVersion],
    announcementNumber: row.announcementNumber ?? "",
    announcementDate: formatCalendarDate(row.announcementDate),
    procedureCount: row.procedureCount === null ? "" : String(row.procedureCount),
    contactName: row.contactName ?? "",
    contactPhone: row.contactPhone ?? "",
    contactEmail: row.contactEmail ?? "",
    confirmed: row.confirmed ? "Có" : "Không",
    validFrom: formatCalendarDate(row.validFrom),
    validTo: formatCalendarDate(row.validTo),
    note: row.note ?? "",
  };
  return columns.map((c) => values[c.key]);
}

const headerIndex = new Map<string, ColumnKey>(columns.map((c) => [foldForSearch(c.header), c.key]));

/** Maps a header row to column keys; reports missing required and unknown headers. */
export function matchHeaders(headers: string[]): {
  keys: (ColumnKey | null)[];
  missing: string[];
  unknown: string[];
  duplicate: string[];
} {
  const keys = headers.map((h) => headerIndex.get(foldForSearch(h)) ?? null);
  const seen = new Set<ColumnKey>();
  const duplicate: string[] = [];
  keys.forEach((k, i) => {
    if (!k) return;
    if (seen.has(k)) duplicate.push(headers[i]!);
    seen.add(k);
  });
  return {
    keys,
    missing: columns.filter((c) => "required" in c && c.required && !seen.has(c.key)).map((c) => c.header),
    unknown: headers.filter((h, i) => h.trim() !== "" && keys[i] === null),
    duplicate,
  };
}

/**
 * A spreadsheet must never run what a cell holds: text starting with = + - @ (or a tab or carriage
 * return) is prefixed with an apostrophe on export.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
