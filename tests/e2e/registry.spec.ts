import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { card, demo, open, signIn, statusMessage } from "./support/auth";
import {
  agenciesByCodePrefix,
  agencyHeaders,
  agencyIdByCode,
  countAgencyEvents,
  countImports,
  createAgency,
  uniqueAgencyCode,
} from "./support/agencies";
import { uniqueSuffix, withClient } from "./support/db";

/**
 * The agency registry (/co-quan). The seeded units are shared with the other files: this one reads them
 * (search, filters, export, the 2025 reorganisation — never applied here) and edits or imports only
 * units of its own, with "E2E-" codes and a unique token in their names.
 */

const searchLabel = "Tìm theo tên hoặc mã (không cần dấu)";
const fileLabel = "Tệp XLSX hoặc CSV (tối đa 10 MB)";
const formulaMessage = "Giá trị có dạng công thức (bắt đầu bằng =, +, -, @); không chấp nhận.";

/** The registry table of the list page. */
const registryTable = (page: Page) => page.getByRole("table", { name: "Cơ quan, đơn vị" });

/** Submits the list's filter form (a plain GET form) and waits for the filtered page. */
async function applyFilters(page: Page, expectedUrl: RegExp) {
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page).toHaveURL(expectedUrl);
}

/** The <dd> that follows the <dt> with exactly this text, in a description list of `scope`. */
function definitionOf(scope: Locator, term: string) {
  return scope
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

/** The data rows of a table (the header row has column headers, not cells). */
function dataRows(table: Locator) {
  return table.getByRole("row").filter({ has: table.page().getByRole("cell") });
}

type Cells = Partial<Record<string, string | number | ExcelJS.CellFormulaValue>>;

/** A sheet row in the order of the registry's columns; absent cells are empty. */
const inColumnOrder = (cells: Cells) => agencyHeaders.map((h) => cells[h] ?? null);

async function xlsxFile(rows: Cells[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh mục đơn vị");
  sheet.addRow(agencyHeaders);
  for (const row of rows) sheet.addRow(inColumnOrder(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV as the export writes it: UTF-8 with a BOM, CRLF (no value here needs quoting). */
function csvFile(headers: string[], rows: string[][] = []): Buffer {
  return Buffer.from("\uFEFF" + [headers, ...rows].map((r) => r.join(",")).join("\r\n") + "\r\n", "utf8");
}

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Chooses the file on /co-quan/nhap and starts the upload. */
async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel(fileLabel).setInputFiles(file);
  await page.getByRole("button", { name: "Tải lên và kiểm tra" }).click();
}

test("the admin finds units without typing diacritics and filters the list by kind", async ({ page }) => {
  await signIn(page, demo.admin);
  await open(page, "/co-quan");
  await expect(page.getByRole("heading", { level: 1, name: "Cơ quan, đơn vị" })).toBeVisible();
  const search = page.getByRole("searchbox", { name: searchLabel });

  // "my hoa" finds the new tone-mark placement (Mỹ Hòa) and the old one (Mỹ Hoà) alike.
  await search.fill("my hoa");
  await applyFilters(page, /[?&]q=my\+hoa(&|$)/);
  await expect(page.getByRole("heading", { level: 2, name: "2 đơn vị", exact: true })).toBeVisible();
  const table = registryTable(page);
  await expect(dataRows(table)).toHaveCount(2);
  await expect(table.getByRole("link", { name: "UBND Phường Mỹ Hòa", exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name: "UBND Xã Mỹ Hoà Hưng", exact: true })).toBeVisible();
  await expect(search).toHaveValue("my hoa");

  await search.fill("long xuyen");
  await applyFilters(page, /[?&]q=long\+xuyen(&|$)/);
  const longXuyen = dataRows(table).filter({
    has: page.getByRole("link", { name: "UBND Thành phố Long Xuyên", exact: true }),
  });
  await expect(longXuyen).toHaveCount(1);
  await expect(longXuyen.getByRole("cell").first()).toHaveText("883");

  // A filter without a search: the 11 district-level committees of 2021.
  await page.getByRole("link", { name: "Xoá bộ lọc" }).click();
  await expect(page).toHaveURL("/co-quan");
  await expect(search).toHaveValue("");
  await page.getByLabel("Loại", { exact: true }).selectOption({ label: "UBND cấp huyện" });
  await applyFilters(page, /[?&]kind=ubnd_huyen(&|$)/);
  await expect(page.getByRole("heading", { level: 2, name: "11 đơn vị", exact: true })).toBeVisible();
  await expect(dataRows(table)).toHaveCount(11);
  await expect(dataRows(table).filter({ hasNotText: "UBND cấp huyện" })).toHaveCount(0);
  await expect(table.getByRole("link", { name: "UBND Thành phố Long Xuyên", exact: true })).toBeVisible();

  // A unit's link (the rows are plain markup) opens its page without reloading the app, from the keyboard too.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await table.getByRole("link", { name: "UBND Thành phố Long Xuyên", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/co-quan\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "UBND Thành phố Long Xuyên" })).toBeVisible();
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test("the CSV export of a filtered list has the column headers and only the filtered units", async ({ page }) => {
  const districts = await withClient(async (client) => {
    const { rows } = await client.query<{ code: string }>(
      `SELECT a.code FROM agency a JOIN agency_kind k ON k.id = a."kindId" WHERE k.code = 'ubnd_huyen' AND a."validTo" IS NULL ORDER BY a.code`,
    );
    return rows.map((r) => r.code);
  });
  expect(districts).toHaveLength(11);

  await signIn(page, demo.admin);
  await open(page, "/co-quan");
  await page.getByLabel("Loại", { exact: true }).selectOption({ label: "UBND cấp huyện" });
  await applyFilters(page, /[?&]kind=ubnd_huyen(&|$)/);
  await expect(page.getByRole("heading", { level: 2, name: "11 đơn vị", exact: true })).toBeVisible();

  const exportLink = page.getByRole("link", { name: "Xuất CSV" });
  await expect(exportLink).toHaveAttribute("href", "/api/agencies/export?kind=ubnd_huyen&format=csv");
  const downloading = page.waitForEvent("download");
  await exportLink.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^danh-muc-don-vi-\d{8}\.csv$/);

  const text = await readFile(await download.path(), "utf8");
  expect(text.startsWith("\uFEFF"), "a BOM, so that Excel reads the diacritics").toBe(true);
  const { data, errors } = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(errors).toEqual([]);
  const [header, ...rows] = data;
  expect(header).toEqual(agencyHeaders);
  const column = (name: string) => agencyHeaders.indexOf(name);
  expect(rows.map((r) => r[column("Mã")]).sort()).toEqual(districts);
  // The kind as people read it, its code in a column of its own.
  expect(new Set(rows.map((r) => r[column("Loại")]))).toEqual(new Set(["UBND cấp huyện"]));
  expect(new Set(rows.map((r) => r[column("Mã loại")]))).toEqual(new Set(["ubnd_huyen"]));
  expect(rows.find((r) => r[column("Mã")] === "883")?.[column("Tên đơn vị")]).toBe("UBND Thành phố Long Xuyên");
});

test("an XLSX export imports back unchanged: no error, every row an update, nothing changed on confirmation", async ({
  page,
}) => {
  await signIn(page, demo.admin);
  await open(page, "/co-quan?kind=ubnd_huyen");
  await expect(page.getByRole("heading", { level: 2, name: "11 đơn vị", exact: true })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Xuất XLSX" }).click();
  const download = await downloading;
  const buffer = await readFile(await download.path());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  expect(workbook.worksheets[0]!.getRow(2).getCell(agencyHeaders.indexOf("Loại") + 1).text).toBe("UBND cấp huyện");

  await open(page, "/co-quan/nhap");
  await upload(page, { name: download.suggestedFilename(), mimeType: xlsxType, buffer });
  await expect(page).toHaveURL(/\/co-quan\/nhap\/[0-9a-f-]{36}$/);
  await expect(page.getByText("11 dòng: 0 đơn vị mới, 11 cập nhật.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.getByRole("button", { name: "Xác nhận nhập" }).click();
  await expect(statusMessage(page, "Đã nhập: 0 đơn vị mới, 0 cập nhật.")).toBeVisible();
});

test("the admin edits a unit's announcement and contact, sees them on its page and in its history; a bad date saves nothing", async ({
  page,
}) => {
  const unit = await createAgency();
  const suffix = uniqueSuffix();
  const announcement = `45/QĐ-${suffix}`;
  const contactName = `Trần Văn Liên Hệ ${suffix}`;
  const contactEmail = `iso.${suffix}@test.example`;

  await signIn(page, demo.admin);
  await open(page, `/co-quan/${unit.id}`);
  await expect(page.getByRole("heading", { level: 1, name: unit.name })).toBeVisible();
  const details = card(page, "Thông tin đơn vị");
  await expect(definitionOf(details, "Số quyết định công bố")).toHaveText("Chưa công bố");
  await expect(card(page, "Lịch sử thay đổi").getByText("Không có sự kiện nào.")).toBeVisible();

  await page.getByRole("link", { name: "Sửa thông tin" }).click();
  await expect(page).toHaveURL(`/co-quan/${unit.id}/sua`);
  await expect(page.getByRole("heading", { level: 1, name: "Sửa thông tin đơn vị" })).toBeVisible();
  await page.getByLabel("Số quyết định công bố").fill(announcement);
  await page.getByLabel("Ngày công bố").fill("15/03/2025");
  await page.getByLabel("Họ và tên").fill(contactName);
  await page.getByLabel("Điện thoại").fill("0296 3852 000");
  await page.getByLabel("Thư điện tử").fill(contactEmail);
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(statusMessage(page, "Đã lưu thông tin đơn vị.")).toBeVisible();

  await page.getByRole("link", { name: `← ${unit.name}` }).click();
  await expect(page).toHaveURL(`/co-quan/${unit.id}`);
  await expect(definitionOf(details, "Số quyết định công bố")).toHaveText(announcement);
  await expect(definitionOf(details, "Ngày công bố")).toHaveText("15/03/2025");
  const contact = card(page, "Người phụ trách ISO");
  await expect(definitionOf(contact, "Họ và tên")).toHaveText(contactName);
  await expect(definitionOf(contact, "Điện thoại")).toHaveText("0296 3852 000");
  await expect(definitionOf(contact, "Thư điện tử")).toHaveText(contactEmail);

  const history = card(page, "Lịch sử thay đổi");
  const edit = dataRows(history.getByRole("table")).filter({ hasText: "Sửa thông tin đơn vị" });
  await expect(edit).toHaveCount(1);
  await expect(edit).toContainText(demo.admin.name);
  await expect(edit).toContainText(`announcementNumber: — → ${announcement}`);
  await expect(edit).toContainText("announcementDate: — → 2025-03-15");
  await expect(edit).toContainText(`contactName: — → ${contactName}`);

  // 31/02 does not exist: the field says so, what was typed stays, and nothing is written.
  const saved = (await agenciesByCodePrefix(unit.code))[0]!;
  expect(saved).toMatchObject({
    announcementNumber: announcement,
    announcementDate: "2025-03-15",
    contactName,
    version: 1,
  });
  const events = await countAgencyEvents(unit.id);
  await page.getByRole("link", { name: "Sửa thông tin" }).click();
  await expect(page).toHaveURL(`/co-quan/${unit.id}/sua`);
  const dateField = page.getByLabel("Ngày công bố");
  await expect(dateField).toHaveValue("15/03/2025");
  await dateField.fill("31/02/2025");
  await page.getByLabel("Họ và tên").fill("Không Được Lưu");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(statusMessage(page, "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.")).toBeVisible();
  await expect(page.getByText("Ngày không hợp lệ (dd/mm/yyyy).", { exact: true })).toBeVisible();
  await expect(dateField).toHaveAttribute("aria-invalid", "true");
  await expect(dateField).toHaveAccessibleDescription("dd/mm/yyyy Ngày không hợp lệ (dd/mm/yyyy).");
  await expect(dateField).toHaveValue("31/02/2025");
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Không Được Lưu");
  await expect(page.getByLabel("Họ và tên")).not.toHaveAttribute("aria-invalid", "true");
  expect((await agenciesByCodePrefix(unit.code))[0]).toEqual(saved);
  expect(await countAgencyEvents(unit.id)).toBe(events);
});

test("an import file with errors shows every row's problems, offers no confirmation, and writes nothing", async ({
  page,
}) => {
  const prefix = uniqueAgencyCode();
  const suffix = prefix.slice(4);
  const name = (n: number) => `UBND Xã Nhập Lỗi ${suffix} ${n}`;
  const fileName = `loi-${suffix}.xlsx`;
  const buffer = await xlsxFile([
    /* row 2 */ { Mã: `${prefix}-1`, "Tên đơn vị": name(1), Loại: "ubnd_xa" },
    /* row 3 */ { Mã: `${prefix}-1`, "Tên đơn vị": name(2), Loại: "ubnd_xa" },
    /* row 4 */ { Mã: `${prefix}-3`, "Tên đơn vị": name(3), Loại: "ubnd_xa", "Mã đơn vị cấp trên": `${prefix}-99` },
    /* row 5 */ { Mã: `${prefix}-4`, "Tên đơn vị": name(4), Loại: "ubnd_xa", "Ghi chú": "=1+2" },
    /* row 6 */ { Mã: `${prefix}-5`, Loại: "ubnd_xa" },
    /* row 7 */ {
      Mã: `${prefix}-6`,
      "Tên đơn vị": name(6),
      Loại: "ubnd_xa",
      "Tên ngắn": { formula: "1+2", result: 3 },
    },
    /* row 8 */ { Mã: `${prefix}-7`, "Tên đơn vị": name(7), Loại: "UBND cấp thôn" },
  ]);

  await signIn(page, demo.admin);
  await open(page, "/co-quan/nhap");
  await expect(page.getByRole("heading", { level: 1, name: "Nhập danh mục từ tệp" })).toBeVisible();
  await upload(page, { name: fileName, mimeType: xlsxType, buffer });

  await expect(page).toHaveURL(/\/co-quan\/nhap\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: `Kết quả kiểm tra tệp ${fileName}` })).toBeVisible();
  const title = "6 lỗi — sửa tệp rồi tải lên lại; chưa có gì được ghi.";
  await expect(statusMessage(page, title)).toBeVisible();
  const table = page.getByRole("table", { name: title });
  await expect(table.getByRole("columnheader")).toHaveText(["Dòng", "Cột", "Lỗi"]);
  const expected = [
    ["3", "Mã", "Mã trùng với dòng 2."],
    ["4", "Mã đơn vị cấp trên", `Không tìm thấy đơn vị cấp trên có mã ${prefix}-99.`],
    ["5", "Ghi chú", formulaMessage],
    ["6", "Tên đơn vị", "Vui lòng nhập trường này."],
    ["7", "Tên ngắn", formulaMessage],
    ["8", "Loại", 'Không có loại đơn vị "UBND cấp thôn".'],
  ];
  const rows = dataRows(table);
  await expect(rows).toHaveCount(expected.length);
  for (const [i, cells] of expected.entries()) await expect(rows.nth(i).getByRole("cell")).toHaveText(cells);
  await expect(page.getByRole("button", { name: "Xác nhận nhập" })).toHaveCount(0);

  expect(await agenciesByCodePrefix(prefix)).toEqual([]);
});

test("a valid import file creates a unit and its parent after confirmation, and both can be found in the list", async ({
  page,
}) => {
  const prefix = uniqueAgencyCode();
  const suffix = prefix.slice(4);
  const parent = { code: `${prefix}-ME`, name: `UBND Xã Nhập Thử ${suffix}` };
  const child = { code: `${prefix}-CON`, name: `Tổ Nhập Thử Trực Thuộc ${suffix}` };
  const fileName = `hop-le-${suffix}.csv`;
  const row = (cells: Record<string, string>) => agencyHeaders.map((h) => cells[h] ?? "");
  // The child comes first: a parent may appear anywhere in the file.
  const buffer = csvFile(agencyHeaders, [
    row({ Mã: child.code, "Tên đơn vị": child.name, Loại: "UBND cấp xã", "Mã đơn vị cấp trên": parent.code }),
    row({
      Mã: parent.code,
      "Tên đơn vị": parent.name,
      Loại: "ubnd_xa",
      "Số quyết định công bố": `12/QĐ-${suffix}`,
      "Ngày công bố": "20/05/2024",
    }),
  ]);

  await signIn(page, demo.admin);
  await open(page, "/co-quan/nhap");
  await upload(page, { name: fileName, mimeType: "text/csv", buffer });
  await expect(page).toHaveURL(/\/co-quan\/nhap\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: `Kết quả kiểm tra tệp ${fileName}` })).toBeVisible();
  await expect(page.getByText("2 dòng: 2 đơn vị mới, 0 cập nhật.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  // A dry run: nothing is written before the confirmation.
  expect(await agenciesByCodePrefix(prefix)).toEqual([]);

  await page.getByRole("button", { name: "Xác nhận nhập" }).click();
  await expect(statusMessage(page, "Đã nhập: 2 đơn vị mới, 0 cập nhật.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Xác nhận nhập" })).toHaveCount(0);
  expect(await agenciesByCodePrefix(prefix)).toMatchObject([
    { code: child.code, name: child.name, kind: "ubnd_xa", parentCode: parent.code },
    {
      code: parent.code,
      name: parent.name,
      kind: "ubnd_xa",
      parentCode: null,
      announcementNumber: `12/QĐ-${suffix}`,
      announcementDate: "2024-05-20",
    },
  ]);

  await page.getByRole("link", { name: "Danh mục đơn vị" }).click();
  await expect(page).toHaveURL("/co-quan");
  await page.getByRole("searchbox", { name: searchLabel }).fill(suffix);
  await applyFilters(page, /[?&]q=/);
  await expect(page.getByRole("heading", { level: 2, name: "2 đơn vị", exact: true })).toBeVisible();
  const table = registryTable(page);
  await expect(table.getByRole("link", { name: parent.name, exact: true })).toBeVisible();
  const childRow = dataRows(table).filter({ has: page.getByRole("link", { name: child.name, exact: true }) });
  await expect(childRow.getByRole("cell")).toHaveText([
    child.code,
    child.name,
    "UBND cấp xã",
    parent.name,
    "Khuyến khích",
    "Chưa áp dụng",
    "Chưa công bố",
  ]);
});

test("files that are not a registry spreadsheet are refused on the upload page with a message", async ({ page }) => {
  const suffix = uniqueSuffix();
  const pdfName = `bao-cao-${suffix}.xlsx`;
  const csvName = `tieu-de-sai-${suffix}.csv`;
  await signIn(page, demo.admin);
  await open(page, "/co-quan/nhap");

  // A PDF renamed .xlsx: the bytes decide, not the name.
  const pdf = Buffer.from(
    "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    "latin1",
  );
  await upload(page, { name: pdfName, mimeType: xlsxType, buffer: pdf });
  const notXlsx = statusMessage(page, "Tệp không phải là bảng tính XLSX hợp lệ.");
  await expect(notXlsx).toBeVisible();
  await expect(page).toHaveURL("/co-quan/nhap");
  await expect(page.getByRole("button", { name: "Tải lên và kiểm tra" })).toBeEnabled();

  // Wrong headers: one missing, two unknown, one twice.
  const headers = csvFile(["Mã", "Tên", "Loại", "Loại", "Màu sắc"], [["E2E-X", "Đơn vị", "ubnd_xa", "ubnd_xa", "đỏ"]]);
  await upload(page, { name: csvName, mimeType: "text/csv", buffer: headers });
  await expect(
    statusMessage(
      page,
      "Dòng tiêu đề không đúng. Thiếu cột: Tên đơn vị. Cột không nhận ra: Tên, Màu sắc. Cột lặp: Loại.",
    ),
  ).toBeVisible();
  await expect(notXlsx).toHaveCount(0);
  await expect(page).toHaveURL("/co-quan/nhap");

  expect(await countImports([pdfName, csvName])).toBe(0);
});

test("an agency officer sees only their own unit: another unit is a 404, the list opens their unit, the export answers 404", async ({
  page,
}) => {
  const [own, other] = await Promise.all([agencyIdByCode("883"), agencyIdByCode("30307")]);
  await signIn(page, demo.officer);

  const response = await page.goto(`/co-quan/${other}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByText("Trang bạn tìm không tồn tại hoặc bạn không có quyền xem.")).toBeVisible();
  await expect(page.getByText("UBND Phường Mỹ Hòa")).toHaveCount(0);

  await page.goto("/co-quan");
  await expect(page).toHaveURL(`/co-quan/${own}`);
  await expect(page.getByRole("heading", { level: 1, name: "UBND Thành phố Long Xuyên" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sửa thông tin" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "← Danh mục đơn vị" })).toHaveCount(0);

  for (const path of [`/co-quan/${own}/sua`, "/co-quan/nhap", "/co-quan/sap-xep"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  for (const format of ["csv", "xlsx"]) {
    const exported = await page.request.get(`/api/agencies/export?format=${format}`);
    expect(exported.status(), format).toBe(404);
  }
});

test("the reorganisation page shows the 2025 change set beside the registry (not applied here)", async ({ page }) => {
  await signIn(page, demo.admin);
  await open(page, "/co-quan");
  await page.getByRole("link", { name: "Sắp xếp đơn vị hành chính" }).click();
  await expect(page).toHaveURL("/co-quan/sap-xep");
  await expect(page.getByRole("heading", { level: 1, name: "Sắp xếp đơn vị hành chính" })).toBeVisible();

  const set = card(
    page,
    "Sắp xếp đơn vị hành chính tỉnh An Giang từ 01/07/2025 (hợp nhất An Giang và Kiên Giang, bỏ cấp huyện)",
  );
  await expect(definitionOf(set, "Căn cứ")).toHaveText(
    "Nghị quyết 1654/NQ-UBTVQH15 ngày 16/6/2025; Nghị quyết 202/2025/QH15",
  );
  await expect(definitionOf(set, "Hiệu lực từ")).toHaveText("01/07/2025");
  await expect(set.getByRole("listitem")).toHaveText([
    "102 đơn vị mới",
    "167 đơn vị kết thúc (gồm toàn bộ UBND cấp huyện)",
  ]);
  // Every old unit is still in force, so the set can be applied (this test never does: it would end the seeded units).
  await expect(set.getByRole("button", { name: "Áp dụng đợt sắp xếp" })).toBeEnabled();
  await expect(page.getByText(/^Không tìm thấy \d+ đơn vị cũ/)).toHaveCount(0);

  const table = page.getByRole("table", { name: "102 đơn vị mới" });
  await expect(dataRows(table)).toHaveCount(102);
  const longXuyen = dataRows(table).filter({ hasText: "UBND Phường Long Xuyên" });
  await expect(longXuyen.getByRole("cell").first()).toHaveText("30307");
  await expect(longXuyen).toContainText("UBND Phường Mỹ Hòa (30307, sáp nhập)");
});
