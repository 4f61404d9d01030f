import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { IsoRequirement, StandardVersion } from "@/lib/generated/prisma/enums";
import { formatCalendarDate, parseVietnameseDate } from "@/lib/text/dates";
import { vietnameseSortKey } from "@/lib/text/collation";
import { cleanText, foldForSearch } from "@/lib/text/normalize";
import { columns, requirementLabels, standardLabels, type ColumnKey } from "../registry/columns";
import { agencyCode, agencyFieldRules } from "../schema";
import type { CellValue, RawRow } from "./parse";

/** Row-level problem: the spreadsheet row, the column header, and a catalogue key with its parameters. */
export type ImportError = { row: number; column: string; key: string; params?: Record<string, string | number> };

export type ImportFields = {
  name?: string;
  shortName?: string | null;
  nameEn?: string | null;
  kindId?: string;
  parentId?: string | null;
  group?: string | null;
  isoRequirement?: IsoRequirement;
  standardVersion?: StandardVersion;
  announcementNumber?: string | null;
  /** ISO date (yyyy-MM-dd) */
  announcementDate?: string | null;
  procedureCount?: number | null;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  confirmed?: boolean;
  validFrom?: string;
  validTo?: string | null;
  note?: string | null;
};

/** A row ready to apply. `id` is the existing unit's id (update) or a new one (create); `depth` orders parents first. */
export type ImportRow = {
  row: number;
  action: "create" | "update";
  id: string;
  code: string;
  depth: number;
  fields: ImportFields;
};

export type RegistrySnapshot = {
  kinds: { id: string; code: string; nameVi: string; defaultIsoRequirement: IsoRequirement }[];
  /** Units in force (validTo null). */
  active: { id: string; code: string; name: string; parentId: string | null }[];
  /** Units that have ended: a code may be used again only by a unit starting after the last of them ended. */
  ended?: { code: string; validTo: Date }[];
};

const header = (key: ColumnKey) => columns.find((c) => c.key === key)!.header;

type RuleKey = keyof typeof agencyFieldRules;
type RuleResult<K extends RuleKey> =
  { success: true; data: z.output<(typeof agencyFieldRules)[K]> } | { success: false; message: string };

/** A cell's text checked by the edit form's rule of that field ("" or null: none); the first message when refused. */
function byFormRule<K extends RuleKey>(key: K, value: string | null): RuleResult<K> {
  const result = (
    agencyFieldRules[key] as unknown as z.ZodType<z.output<(typeof agencyFieldRules)[K]>, string>
  ).safeParse(value ?? "");
  return result.success
    ? { success: true, data: result.data }
    : { success: false, message: result.error.issues[0]?.message ?? "errors.invalidChoice" };
}
const requirementByText = new Map<string, IsoRequirement>(
  (Object.entries(requirementLabels) as [IsoRequirement, string][]).flatMap(([k, v]) => [
    [foldForSearch(v), k],
    [k.toLowerCase(), k],
  ]),
);
const standardByText = new Map<string, StandardVersion>(
  (Object.entries(standardLabels) as [StandardVersion, string][]).flatMap(([k, v]) => [
    [foldForSearch(v), k],
    [k.toLowerCase(), k],
  ]),
);
standardByText
  .set("2008", "ISO_9001_2008")
  .set("2015", "ISO_9001_2015")
  .set("iso 9001:2008", "ISO_9001_2008")
  .set("iso 9001:2015", "ISO_9001_2015");
const yes = new Set(["co", "x", "true", "1", "yes", "da xac minh"]);
const no = new Set(["khong", "false", "0", "no", "chua xac minh"]);

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
/**
 * Two names are the same unit's when they differ only in case, spacing or where a syllable's tone mark
 * sits (Mỹ Hoà / Mỹ Hòa); a different tone or letter is another name (Phú Thạnh and Phú Thành are two
 * communes of Phú Tân). The search fold drops every mark, so it cannot tell those apart.
 */
const nameKey = (name: string, parent: string | null) => `${vietnameseSortKey(name)}|${parent ?? ""}`;

/**
 * Checks every row against the file itself and the registry, without writing anything. Rows that match
 * a unit in force by code update it (only the columns present in the file); other rows create units.
 */
export function validateImport(raw: RawRow[], registry: RegistrySnapshot, onProgress?: (done: number) => void) {
  const errors: ImportError[] = [];
  const rows: ImportRow[] = [];
  const activeByCode = new Map(registry.active.map((a) => [a.code.toUpperCase(), a]));
  const activeByName = new Map(registry.active.map((a) => [nameKey(a.name, a.parentId), a]));
  const kindByText = new Map(
    registry.kinds.flatMap((k) => [
      [k.code.toLowerCase(), k],
      [foldForSearch(k.nameVi), k],
    ]),
  );
  const kindByCode = new Map(registry.kinds.map((k) => [k.code.toLowerCase(), k]));
  const seenCodes = new Map<string, number>();
  const lastEnd = new Map<string, string>();
  for (const e of registry.ended ?? []) {
    const day = isoDate(e.validTo);
    const key = e.code.toUpperCase();
    if ((lastEnd.get(key) ?? "") < day) lastEnd.set(key, day);
  }
  const seenNames = new Map<string, number>();
  const fileCodes = new Map<string, { id: string; parentCode: string | null }>();

  // Codes first, so a parent may appear after its children in the file.
  for (const r of raw) {
    const code = text(r.cells.code);
    if (code) {
      const existing = activeByCode.get(code.toUpperCase());
      const parentCode = r.cells.parentCode === undefined ? undefined : text(r.cells.parentCode);
      const parent = parentCode?.toUpperCase() ?? null;
      if (!fileCodes.has(code.toUpperCase()))
        fileCodes.set(code.toUpperCase(), {
          id: existing?.id ?? randomUUID(),
          parentCode: parent === code.toUpperCase() ? null : parent,
        });
    }
  }

  raw.forEach((r, index) => {
    const fail = (column: ColumnKey, key: string, params?: ImportError["params"]) =>
      errors.push({ row: r.row, column: header(column), key, params });
    for (const column of r.formulas) fail(column, "agencies.import.formula");

    const cell = (key: ColumnKey): string | null | undefined => {
      if (!(key in r.cells)) return undefined;
      const value = text(r.cells[key]);
      if (value && looksLikeFormula(value)) {
        fail(key, "agencies.import.formula");
        return null;
      }
      return value;
    };
    const date = (key: ColumnKey): string | null | undefined => {
      const value = r.cells[key];
      if (value === undefined) return undefined;
      if (value instanceof Date)
        return isoDate(new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate())));
      const t = cell(key);
      if (!t) return null;
      const parsed = parseVietnameseDate(t);
      if (!parsed) fail(key, "agencies.errors.date");
      return parsed ? isoDate(parsed) : null;
    };

    // Every field goes through the edit form's rule (lib/agencies/schema.ts): the import accepts nothing the form refuses.
    const rule = <K extends RuleKey>(key: K, value: string | null) => {
      const result = byFormRule(key, value);
      if (!result.success) fail(key, result.message);
      return result;
    };

    const cellCode = cell("code");
    const checkedCode = agencyCode.safeParse(cellCode ?? "");
    if (!checkedCode.success) return fail("code", checkedCode.error.issues[0]?.message ?? "agencies.errors.codeFormat");
    const code = checkedCode.data;
    const upper = code.toUpperCase();
    const firstRow = seenCodes.get(upper);
    if (firstRow !== undefined) return fail("code", "agencies.import.duplicateCode", { row: firstRow });
    seenCodes.set(upper, r.row);

    const existing = activeByCode.get(upper);
    const fields: ImportFields = {};
    const name = cell("name");
    if (name) {
      const checked = rule("name", name);
      if (checked.success) fields.name = checked.data;
    } else if (name === null || !existing) fail("name", "errors.required");

    // "Mã loại" (the code, as exported) wins over "Loại" (a name or a code); given both, they must agree.
    const kindText = cell("kind");
    const kindCode = cell("kindCode");
    const byText = (value: string) => kindByText.get(value.toLowerCase()) ?? kindByText.get(foldForSearch(value));
    if (kindCode) {
      const kind = kindByCode.get(kindCode.toLowerCase());
      if (!kind) fail("kindCode", "agencies.import.unknownKind", { value: kindCode });
      else if (kindText && byText(kindText) !== kind)
        fail("kind", "agencies.import.kindMismatch", { value: kindText, code: kindCode });
      else fields.kindId = kind.id;
    } else if (kindText) {
      const kind = byText(kindText);
      if (kind) fields.kindId = kind.id;
      else fail("kind", "agencies.import.unknownKind", { value: kindText });
    } else if (kindText === null || !existing) fail("kind", "errors.required");

    const parentCode = cell("parentCode");
    if (parentCode !== undefined) {
      if (!parentCode) fields.parentId = null;
      else if (parentCode.toUpperCase() === upper) fail("parentCode", "agencies.import.selfParent");
      else {
        const parent = fileCodes.get(parentCode.toUpperCase()) ?? activeByCode.get(parentCode.toUpperCase());
        if (parent) fields.parentId = parent.id;
        else fail("parentCode", "agencies.import.unknownParent", { code: parentCode });
      }
    }

    for (const key of ["shortName", "nameEn", "group", "announcementNumber", "contactName", "note"] as const) {
      const value = cell(key);
      if (value === undefined) continue;
      const checked = rule(key, value);
      if (checked.success) fields[key] = checked.data;
    }

    const requirement = cell("isoRequirement");
    if (requirement) {
      const value =
        requirementByText.get(foldForSearch(requirement)) ?? requirementByText.get(requirement.toLowerCase());
      if (value) fields.isoRequirement = value;
      else
        fail("isoRequirement", "agencies.import.badChoice", {
          value: requirement,
          allowed: Object.values(requirementLabels).join(", "),
        });
    }
    const standard = cell("standardVersion");
    if (standard) {
      const value = standardByText.get(foldForSearch(standard)) ?? standardByText.get(standard.toLowerCase());
      if (value) fields.standardVersion = value;
      else
        fail("standardVersion", "agencies.import.badChoice", {
          value: standard,
          allowed: Object.values(standardLabels).join(", "),
        });
    }

    for (const key of ["procedureCount", "contactPhone", "contactEmail"] as const) {
      const value = cell(key);
      if (value === undefined) continue;
      const checked = rule(key, value);
      if (checked.success) (fields as Record<typeof key, unknown>)[key] = checked.data;
    }
    const confirmed = cell("confirmed");
    if (confirmed) {
      const folded = foldForSearch(confirmed);
      if (yes.has(folded)) fields.confirmed = true;
      else if (no.has(folded)) fields.confirmed = false;
      else fail("confirmed", "agencies.import.badChoice", { value: confirmed, allowed: "Có, Không" });
    }

    const announcementDate = date("announcementDate");
    if (announcementDate !== undefined) fields.announcementDate = announcementDate;
    // The form's rule across fields: an announcement number needs its date. An update without a date column
    // keeps the unit's date, which the file does not show, so only a row that leaves the date empty is refused.
    const dateEmpty = announcementDate === null || (announcementDate === undefined && !existing);
    if (fields.announcementNumber && dateEmpty) fail("announcementDate", "agencies.errors.announcementDate");
    const validFrom = date("validFrom");
    if (validFrom) fields.validFrom = validFrom;
    const validTo = date("validTo");
    if (validTo !== undefined) fields.validTo = validTo;
    if (fields.validFrom && fields.validTo && fields.validTo < fields.validFrom)
      fail("validTo", "agencies.errors.validityOrder");
    const endedUntil = existing ? undefined : lastEnd.get(upper);
    if (endedUntil && !(fields.validFrom && fields.validFrom > endedUntil)) {
      fail("validFrom", "agencies.import.codeEnded", { code, date: formatCalendarDate(new Date(endedUntil)) });
    }

    const finalName = fields.name ?? existing?.name;
    const finalParent = fields.parentId !== undefined ? fields.parentId : (existing?.parentId ?? null);
    if (finalName) {
      const key = nameKey(finalName, finalParent);
      const inFile = seenNames.get(key);
      const inRegistry = activeByName.get(key);
      if (inFile !== undefined) fail("name", "agencies.import.duplicateNameInFile", { row: inFile });
      else if (inRegistry && inRegistry.code.toUpperCase() !== upper)
        fail("name", "agencies.import.duplicateName", { code: inRegistry.code });
      seenNames.set(key, r.row);
    }

    const id = fileCodes.get(upper)!.id;
    rows.push({ row: r.row, action: existing ? "update" : "create", id, code, depth: 0, fields });
    if (onProgress && (index + 1) % 500 === 0) onProgress(index + 1);
  });
  onProgress?.(raw.length);

  // Depth in the file's own hierarchy, so that commit inserts parents before children; a cycle is an error.
  const byCode = new Map(rows.map((r) => [r.code.toUpperCase(), r]));
  for (const row of rows) {
    let depth = 0;
    let parent = fileCodes.get(row.code.toUpperCase())?.parentCode;
    const seen = new Set([row.code.toUpperCase()]);
    while (parent && byCode.has(parent) && byCode.get(parent)!.action === "create") {
      if (seen.has(parent)) {
        errors.push({ row: row.row, column: header("parentCode"), key: "agencies.import.cycle" });
        break;
      }
      seen.add(parent);
      depth += 1;
      parent = fileCodes.get(parent)?.parentCode;
    }
    row.depth = depth;
  }

  errors.sort((a, b) => a.row - b.row);
  return {
    rows,
    errors,
    createCount: rows.filter((r) => r.action === "create").length,
    updateCount: rows.filter((r) => r.action === "update").length,
  };
}

/**
 * Text a spreadsheet would evaluate: = or @ first, or + or - followed by anything but a number (a phone
 * number such as +84 296 3852 000 passes), or a DDE pipe.
 */
export function looksLikeFormula(value: string): boolean {
  return /^[=@\t\r]/.test(value) || /^[+-]\s*[^\d\s(]/.test(value) || (/^[+-]/.test(value) && /[|!=]/.test(value));
}

/** A cell as trimmed NFC text; an apostrophe our export put before a formula-like value is removed. */
function text(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const raw = value instanceof Date ? formatCalendarDate(value) : String(value);
  const cleaned = cleanText(raw);
  if (!cleaned) return null;
  return /^'[=+\-@]/.test(cleaned) ? cleaned.slice(1) : cleaned;
}
