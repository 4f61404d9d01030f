import { describe, expect, it } from "vitest";
import { columns, exportCells, type ColumnKey } from "@/lib/agencies/registry/columns";
import type { CellValue, RawRow } from "@/lib/agencies/import/parse";
import { looksLikeFormula, validateImport, type RegistrySnapshot } from "@/lib/agencies/import/validate";
import { updateAgencySchema } from "@/lib/agencies/schema";
import { exportRow } from "@/tests/factories/export-row";

const ids = {
  xa: "00000000-0000-4000-8000-00000000000a",
  huyen: "00000000-0000-4000-8000-00000000000b",
  longXuyen: "00000000-0000-4000-8000-000000000883",
  myHoa: "00000000-0000-4000-8000-000000030307",
  myHoaHung: "00000000-0000-4000-8000-000000030313",
  so: "00000000-0000-4000-8000-000000000001",
};

const registry: RegistrySnapshot = {
  kinds: [
    { id: ids.xa, code: "ubnd_xa", nameVi: "UBND cấp xã", defaultIsoRequirement: "ENCOURAGED" },
    { id: ids.huyen, code: "ubnd_huyen", nameVi: "UBND cấp huyện", defaultIsoRequirement: "MANDATORY" },
  ],
  active: [
    { id: ids.so, code: "T89-001", name: "Sở Khoa học và Công nghệ", parentId: null },
    { id: ids.longXuyen, code: "883", name: "UBND Thành phố Long Xuyên", parentId: null },
    { id: ids.myHoa, code: "30307", name: "UBND Phường Mỹ Hòa", parentId: ids.longXuyen },
    { id: ids.myHoaHung, code: "30313", name: "UBND Xã Mỹ Hoà Hưng", parentId: ids.longXuyen },
  ],
};

const header = (key: ColumnKey) => columns.find((c) => c.key === key)!.header;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let nextRow = 2;
/** A spreadsheet row with only these columns; rows are numbered as a file would number them. */
function raw(cells: Partial<Record<ColumnKey, CellValue>>, formulas: ColumnKey[] = []): RawRow {
  return { row: nextRow++, cells, formulas };
}
const unit = (code: string, name: string, extra: Partial<Record<ColumnKey, CellValue>> = {}) =>
  raw({ code, name, kind: "ubnd_xa", parentCode: "883", ...extra });

function validate(...rows: RawRow[]) {
  return validateImport(rows, registry);
}

describe("validateImport: create or update", () => {
  it("updates the unit in force with that code, ignoring case, and creates the others", () => {
    const result = validate(raw({ code: "t89-001", contactPhone: "0296 3852 000" }), unit("30999", "UBND Xã Mới"));
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ createCount: 1, updateCount: 1 });
    const [update, create] = result.rows;
    // only the columns present in the file change
    expect(update).toEqual({
      row: update!.row,
      action: "update",
      id: ids.so,
      code: "t89-001",
      depth: 0,
      fields: { contactPhone: "0296 3852 000" },
    });
    expect(create).toMatchObject({
      action: "create",
      code: "30999",
      depth: 0,
      fields: { name: "UBND Xã Mới", kindId: ids.xa, parentId: ids.longXuyen },
    });
    expect(create!.id).toMatch(uuid);
    expect(Object.values(ids)).not.toContain(create!.id);
  });

  it("a new unit needs a name and a kind; an update does not", () => {
    const update = validate(raw({ code: "30307", note: "Ghi chú" }));
    expect(update.errors).toEqual([]);
    const create = raw({ code: "31000", note: "Ghi chú" });
    expect(validate(create).errors).toEqual([
      { row: create.row, column: header("name"), key: "errors.required" },
      { row: create.row, column: header("kind"), key: "errors.required" },
    ]);
  });

  it("refuses an empty required cell, also on an update", () => {
    const noCode = raw({ code: "  ", name: "UBND Xã Không Mã", kind: "ubnd_xa" });
    const blank = raw({ code: "30307", name: "", kind: "" });
    expect(validate(noCode, blank).errors).toEqual([
      { row: noCode.row, column: header("code"), key: "errors.required" },
      { row: blank.row, column: header("name"), key: "errors.required" },
      { row: blank.row, column: header("kind"), key: "errors.required" },
    ]);
  });

  it("refuses a malformed code", () => {
    const row = unit("30 307", "UBND Xã Có Dấu Cách");
    expect(validate(row).errors).toEqual([{ row: row.row, column: header("code"), key: "agencies.errors.codeFormat" }]);
    expect(validate(unit("X".repeat(21), "UBND Xã Mã Dài")).errors.map((e) => e.key)).toEqual([
      "agencies.errors.codeFormat",
    ]);
  });

  it("reads choices in Vietnamese, English or as codes, and kinds by code or name", () => {
    const result = validate(
      unit("A1", "UBND Xã Một", {
        kind: "UBND CẤP XÃ",
        isoRequirement: "bat buoc",
        standardVersion: "2015",
        confirmed: "x",
      }),
      unit("A2", "UBND Xã Hai", {
        kind: "UBND_HUYEN",
        isoRequirement: "ENCOURAGED",
        standardVersion: "TCVN ISO 9001:2008",
        confirmed: "Chưa xác minh",
      }),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.fields)).toMatchObject([
      { kindId: ids.xa, isoRequirement: "MANDATORY", standardVersion: "ISO_9001_2015", confirmed: true },
      { kindId: ids.huyen, isoRequirement: "ENCOURAGED", standardVersion: "ISO_9001_2008", confirmed: false },
    ]);
  });

  it("refuses an unknown kind or choice, naming the value", () => {
    const row = unit("A3", "UBND Xã Ba", { kind: "ubnd_tinh", standardVersion: "ISO 14001", confirmed: "có lẽ" });
    expect(validate(row).errors).toEqual([
      { row: row.row, column: header("kind"), key: "agencies.import.unknownKind", params: { value: "ubnd_tinh" } },
      {
        row: row.row,
        column: header("standardVersion"),
        key: "agencies.import.badChoice",
        params: { value: "ISO 14001", allowed: "TCVN ISO 9001:2008, TCVN ISO 9001:2015, Chưa áp dụng" },
      },
      {
        row: row.row,
        column: header("confirmed"),
        key: "agencies.import.badChoice",
        params: { value: "có lẽ", allowed: "Có, Không" },
      },
    ]);
  });
});

describe("validateImport: duplicates", () => {
  it("refuses a code repeated in the file, naming the first row", () => {
    const first = unit("ABC-1", "UBND Xã Đầu");
    const other = unit("ABC-2", "UBND Xã Giữa");
    const again = unit("abc-1", "UBND Xã Lặp");
    const result = validate(first, other, again);
    expect(result.errors).toEqual([
      { row: again.row, column: header("code"), key: "agencies.import.duplicateCode", params: { row: first.row } },
    ]);
    expect(result.rows.map((r) => r.code)).toEqual(["ABC-1", "ABC-2"]);
  });

  it("refuses a name repeated under the same parent in the file, old and new tone placement alike", () => {
    const first = unit("B1", "UBND Xã Tân Hoà");
    const again = unit("B2", "ubnd xã  TÂN HÒA");
    const elsewhere = unit("B3", "UBND Xã Tân Hòa", { parentCode: "" });
    expect(validate(first, again, elsewhere).errors).toEqual([
      {
        row: again.row,
        column: header("name"),
        key: "agencies.import.duplicateNameInFile",
        params: { row: first.row },
      },
    ]);
  });

  it("refuses the name of another unit in force under the same parent, naming its code", () => {
    const row = unit("C1", "UBND Phường Mỹ Hoà");
    expect(validate(row).errors).toEqual([
      { row: row.row, column: header("name"), key: "agencies.import.duplicateName", params: { code: "30307" } },
    ]);
    expect(validate(unit("C2", "UBND Phường Mỹ Hoà", { parentCode: "" })).errors).toEqual([]);
  });

  it("an update may keep its own name", () => {
    expect(validate(raw({ code: "30313", name: "UBND Xã Mỹ Hòa Hưng" })).errors).toEqual([]);
  });

  it("an update that moves a unit under a parent where its name is taken is refused", () => {
    const row = raw({ code: "30307", name: "UBND Xã Mỹ Hoà Hưng" });
    expect(validate(row).errors).toEqual([
      { row: row.row, column: header("name"), key: "agencies.import.duplicateName", params: { code: "30313" } },
    ]);
  });
});

describe("validateImport: parents", () => {
  it("refuses an unknown parent and a unit that is its own parent", () => {
    const unknown = unit("D1", "UBND Xã Mồ Côi", { parentCode: "999" });
    const self = unit("D2", "UBND Xã Tự Thân", { parentCode: "d2" });
    const errors = validate(unknown, self).errors;
    expect(errors).toContainEqual({
      row: unknown.row,
      column: header("parentCode"),
      key: "agencies.import.unknownParent",
      params: { code: "999" },
    });
    expect(errors).toContainEqual(
      expect.objectContaining({ row: self.row, column: header("parentCode"), key: "agencies.import.selfParent" }),
    );
    expect(errors.filter((e) => e.row === unknown.row)).toHaveLength(1);
  });

  it("accepts a parent defined later in the file and orders creation parents first", () => {
    const grandchild = unit("E3", "UBND Ấp Ba", { parentCode: "E2" });
    const child = unit("E2", "UBND Xã Hai", { parentCode: "e1" });
    const parent = unit("E1", "UBND Huyện Một", { kind: "ubnd_huyen", parentCode: "" });
    const result = validate(grandchild, child, parent);
    expect(result.errors).toEqual([]);
    const byCode = Object.fromEntries(result.rows.map((r) => [r.code, r]));
    expect(byCode.E1).toMatchObject({ depth: 0, fields: { parentId: null } });
    expect(byCode.E2).toMatchObject({ depth: 1, fields: { parentId: byCode.E1!.id } });
    expect(byCode.E3).toMatchObject({ depth: 2, fields: { parentId: byCode.E2!.id } });
  });

  it("moves an existing unit under a new one of the same file", () => {
    const created = unit("F1", "UBND Xã Sáu");
    const moved = raw({ code: "30313", parentCode: "F1" });
    const result = validate(created, moved);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.code, r.action])).toEqual([
      ["F1", "create"],
      ["30313", "update"],
    ]);
    expect(result.rows[0]!.depth).toBe(0);
    expect(result.rows[1]!.fields).toEqual({ parentId: result.rows[0]!.id });
  });

  it("detects a cycle among new units", () => {
    const a = unit("G1", "UBND Xã Gà", { parentCode: "G2" });
    const b = unit("G2", "UBND Xã Trứng", { parentCode: "G3" });
    const c = unit("G3", "UBND Xã Lại Gà", { parentCode: "G1" });
    const clear = unit("G4", "UBND Xã Ngoài", { parentCode: "G1" });
    const errors = validate(a, b, c, clear).errors;
    expect(errors.filter((e) => e.key === "agencies.import.cycle").map((e) => [e.row, e.column])).toEqual([
      [a.row, header("parentCode")],
      [b.row, header("parentCode")],
      [c.row, header("parentCode")],
      [clear.row, header("parentCode")],
    ]);
    expect(errors.every((e) => e.key === "agencies.import.cycle")).toBe(true);
  });
});

describe("validateImport: cell contents", () => {
  it("refuses text a spreadsheet would run, and formula cells", () => {
    const cells = {
      code: "H1",
      name: '=HYPERLINK("http://x","Bấm")',
      kind: "ubnd_xa",
      shortName: "+cmd|' /C calc'!A0",
      group: "- nhóm",
      note: "@SUM(A1)",
      contactName: "-2+3=1",
    };
    const row = raw({ ...cells, procedureCount: null }, ["procedureCount"]);
    const errors = validate(row).errors;
    const formula = errors.filter((e) => e.key === "agencies.import.formula");
    expect(formula.map((e) => e.column).sort()).toEqual(
      [
        header("procedureCount"),
        header("name"),
        header("shortName"),
        header("group"),
        header("note"),
        header("contactName"),
      ].sort(),
    );
    expect(formula.every((e) => e.row === row.row)).toBe(true);
    // the refused name counts as missing
    expect(errors.filter((e) => e.key !== "agencies.import.formula")).toEqual([
      { row: row.row, column: header("name"), key: "errors.required" },
    ]);
  });

  it("lets a phone number, a negative number and an apostrophe-protected value through", () => {
    const result = validate(
      unit("H2", "UBND Xã Điện Thoại", { contactPhone: "+84 296 3852 000", note: "-15", group: "'+84 nhóm" }),
      raw({ code: "30307", contactPhone: "'+84 296 3852 001" }),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]!.fields).toMatchObject({ contactPhone: "+84 296 3852 000", note: "-15", group: "+84 nhóm" });
    expect(result.rows[1]!.fields.contactPhone).toBe("+84 296 3852 001");
  });

  it.each([
    ["=1+1", true],
    ["@cmd", true],
    ["+cmd|' /C calc'!A0", true],
    ["- text", true],
    ["-x", true],
    ["+1|2", true],
    ["-1=1", true],
    ["+84 296 3852 000", false],
    ["-15", false],
    ["- 15", false],
    ["+(84) 296", false],
    ["Phường Mỹ Hòa - Long Xuyên", false],
  ])("looksLikeFormula(%j) is %s", (value, expected) => {
    expect(looksLikeFormula(value)).toBe(expected);
  });

  it("refuses a bad e-mail, phone, date, procedure count and an end before the start", () => {
    const row = unit("J1", "UBND Xã Sai", {
      contactEmail: "vanphong@",
      contactPhone: "gọi 0296",
      announcementDate: "31/02/2021",
      procedureCount: "12.5",
      validFrom: "01/07/2025",
      validTo: "30/06/2025",
    });
    expect(validate(row).errors).toEqual([
      { row: row.row, column: header("procedureCount"), key: "agencies.errors.procedureCount" },
      { row: row.row, column: header("contactPhone"), key: "agencies.errors.phone" },
      { row: row.row, column: header("contactEmail"), key: "errors.email" },
      { row: row.row, column: header("announcementDate"), key: "agencies.errors.date" },
      { row: row.row, column: header("validTo"), key: "agencies.errors.validityOrder" },
    ]);
  });

  it("reads dates written or stored as dates, numbers as numbers, and lower-cases e-mail", () => {
    const result = validate(
      unit("K1", "UBND Xã Ngày", {
        announcementDate: new Date(Date.UTC(2021, 1, 25)),
        validFrom: "1/7/2025",
        validTo: "",
        procedureCount: 42,
        contactEmail: " VanPhong@AnGiang.gov.vn ",
        code: 31001,
      }),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      code: "31001",
      fields: {
        announcementDate: "2021-02-25",
        validFrom: "2025-07-01",
        validTo: null,
        procedureCount: 42,
        contactEmail: "vanphong@angiang.gov.vn",
      },
    });
  });

  it("stores a name typed with combining marks (NFD) in NFC, white space collapsed", () => {
    const nfd = "  UBND   Xã Vĩnh Thạnh Trung ".normalize("NFD");
    const result = validate(unit("L1", nfd, { shortName: "Vĩnh Thạnh Trung".normalize("NFD") }));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]!.fields).toMatchObject({ name: "UBND Xã Vĩnh Thạnh Trung", shortName: "Vĩnh Thạnh Trung" });
    expect(result.rows[0]!.fields.name).toBe(result.rows[0]!.fields.name!.normalize("NFC"));
  });

  it("an empty optional cell clears the field; an absent column leaves it alone", () => {
    const result = validate(raw({ code: "30307", note: "", contactEmail: null }));
    expect(result.rows[0]!.fields).toEqual({ note: null, contactEmail: null });
  });
});

describe("validateImport: an exported row imports back unchanged", () => {
  const exported = exportRow({ confirmed: false, note: '- Đã công bố lại, "đợt 2"' });

  it("as an update with no error and the same values", () => {
    const cells = exportCells({ ...exported, note: 'Đã công bố lại, "đợt 2"' });
    const result = validate(
      raw(Object.fromEntries(columns.map((c, i) => [c.key, cells[i] === "" ? null : cells[i]!]))),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ action: "update", id: ids.myHoa, code: "30307" });
    expect(result.rows[0]!.fields).toEqual({
      name: "UBND Phường Mỹ Hòa",
      shortName: "Mỹ Hòa",
      nameEn: null,
      kindId: ids.xa,
      parentId: ids.longXuyen,
      group: null,
      isoRequirement: "ENCOURAGED",
      standardVersion: "ISO_9001_2015",
      announcementNumber: "12/QĐ-UBND",
      announcementDate: "2021-02-25",
      procedureCount: 0,
      contactName: "Nguyễn Thị Ánh",
      contactPhone: "+84 296 3852 000",
      contactEmail: "vanphong@angiang.gov.vn",
      confirmed: false,
      validFrom: "2000-01-01",
      validTo: null,
      note: 'Đã công bố lại, "đợt 2"',
    });
  });

  it("but a value that reads as a formula is refused, even behind the export's apostrophe", () => {
    const cells = exportCells(exported).map((v) => (v.startsWith("-") ? `'${v}` : v));
    const row = raw(Object.fromEntries(columns.map((c, i) => [c.key, cells[i] || null])));
    expect(validate(row).errors).toEqual([{ row: row.row, column: header("note"), key: "agencies.import.formula" }]);
  });
});

describe("validateImport: codes of units that have ended", () => {
  const withEnded: RegistrySnapshot = {
    ...registry,
    ended: [{ code: "30280", validTo: new Date("2025-06-30T00:00:00Z") }],
  };

  it("refuses a new unit reusing an ended unit's code without a later start date", () => {
    const row = unit("30280", "UBND Phường Mới");
    const result = validateImport([row], withEnded);
    expect(result.errors).toEqual([
      {
        row: row.row,
        column: header("validFrom"),
        key: "agencies.import.codeEnded",
        params: { code: "30280", date: "30/06/2025" },
      },
    ]);
  });

  it("accepts the code again from a date after the old unit ended", () => {
    const result = validateImport([unit("30280", "UBND Phường Mới", { validFrom: "01/07/2025" })], withEnded);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ action: "create", fields: { validFrom: "2025-07-01" } });
  });
});

describe("validateImport: the edit form's rules", () => {
  const form = {
    id: "11111111-1111-4111-8111-111111111111",
    version: "0",
    name: "UBND Xã Mẫu",
    kindId: ids.xa,
    isoRequirement: "ENCOURAGED",
    standardVersion: "ISO_9001_2015",
    announcementDate: "25/02/2021",
  };
  const formAccepts = (key: string, value: string) => updateAgencySchema.safeParse({ ...form, [key]: value }).success;
  const importAccepts = (key: ColumnKey, value: string) =>
    validate(
      unit(`M${nextRow}`, key === "name" ? value : `UBND Xã Mẫu ${nextRow}`, {
        announcementDate: "25/02/2021",
        ...(key === "name" ? {} : { [key]: value }),
      }),
    ).errors.length === 0;

  it("refuses what the issue found accepted: a one-letter name, a 200-character short name, group, announcement number or contact", () => {
    const row = unit("M1", "X", {
      shortName: "x".repeat(200),
      group: "x".repeat(200),
      announcementNumber: "x".repeat(200),
      contactName: "x".repeat(200),
      announcementDate: "25/02/2021",
    });
    expect(validate(row).errors).toEqual([
      { row: row.row, column: header("name"), key: "agencies.errors.nameTooShort" },
      { row: row.row, column: header("shortName"), key: "agencies.errors.tooLong" },
      { row: row.row, column: header("group"), key: "agencies.errors.tooLong" },
      { row: row.row, column: header("announcementNumber"), key: "agencies.errors.tooLong" },
      { row: row.row, column: header("contactName"), key: "agencies.errors.tooLong" },
    ]);
  });

  it.each([
    ["name", ["X", "Xã", "x".repeat(200), "x".repeat(201)]],
    ["shortName", ["x".repeat(100), "x".repeat(101)]],
    ["nameEn", ["x".repeat(200), "x".repeat(201)]],
    ["group", ["Nhóm 1", "x".repeat(60), "x".repeat(61)]],
    ["announcementNumber", ["12/QĐ-UBND", "x".repeat(60), "x".repeat(61)]],
    ["contactName", ["x".repeat(120), "x".repeat(121)]],
    ["contactPhone", ["0296 3852 000", "12345", "gọi 0296"]],
    ["contactEmail", ["vanphong@angiang.gov.vn", "vanphong@"]],
    ["procedureCount", ["0", "10000", "10001", "-1", "1.5"]],
    ["note", ["x".repeat(1000), "x".repeat(1001)]],
  ] as [ColumnKey, string[]][])("%s: the import accepts exactly what the edit form accepts", (key, values) => {
    for (const value of values)
      expect(importAccepts(key, value), `${key} = ${value.slice(0, 12)}… (${value.length})`).toBe(
        formAccepts(key, value),
      );
  });

  it("refuses an announcement number whose date is left empty, as the form does; an update without the date column keeps the unit's date", () => {
    const created = unit("N1", "UBND Xã Công Bố", { announcementNumber: "12/QĐ-UBND" });
    const emptied = raw({ code: "30307", announcementNumber: "12/QĐ-UBND", announcementDate: "" });
    expect(validate(created, emptied).errors).toEqual([
      { row: created.row, column: header("announcementDate"), key: "agencies.errors.announcementDate" },
      { row: emptied.row, column: header("announcementDate"), key: "agencies.errors.announcementDate" },
    ]);
    expect(
      updateAgencySchema.safeParse({ ...form, announcementNumber: "12/QĐ-UBND", announcementDate: "" }).success,
    ).toBe(false);
    expect(validate(raw({ code: "30307", announcementNumber: "12/QĐ-UBND" })).errors).toEqual([]);
  });
});

describe("validateImport: the kind's name and code", () => {
  it("reads the kind from 'Mã loại' when given, and refuses a 'Loại' that names another kind", () => {
    const coded = unit("Q1", "UBND Xã Mã Loại", { kind: "UBND cấp xã", kindCode: "UBND_XA" });
    const codeOnly = unit("Q2", "UBND Xã Chỉ Mã", { kind: "", kindCode: "ubnd_huyen" });
    const mismatch = unit("Q3", "UBND Xã Lệch", { kind: "UBND cấp xã", kindCode: "ubnd_huyen" });
    const unknown = unit("Q4", "UBND Xã Lạ", { kind: "UBND cấp xã", kindCode: "ubnd_tinh" });
    const result = validate(coded, codeOnly, mismatch, unknown);
    expect(result.errors).toEqual([
      {
        row: mismatch.row,
        column: header("kind"),
        key: "agencies.import.kindMismatch",
        params: { value: "UBND cấp xã", code: "ubnd_huyen" },
      },
      {
        row: unknown.row,
        column: header("kindCode"),
        key: "agencies.import.unknownKind",
        params: { value: "ubnd_tinh" },
      },
    ]);
    expect(result.rows.slice(0, 2).map((r) => r.fields.kindId)).toEqual([ids.xa, ids.huyen]);
  });

  it("tells two names with different tones apart (Phú Thạnh, Phú Thành) while one name in two tone placements is the same", () => {
    expect(validate(unit("R1", "UBND Xã Phú Thạnh"), unit("R2", "UBND Xã Phú Thành")).errors).toEqual([]);
    const again = unit("R4", "UBND Xã Phú Hoà");
    expect(validate(unit("R3", "UBND Xã Phú Hòa"), again).errors.map((e) => [e.row, e.key])).toEqual([
      [again.row, "agencies.import.duplicateNameInFile"],
    ]);
  });
});
