import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { demo } from "./support/auth";
import { ownAppPerFile } from "./support/own-app";
import { unit } from "./support/plans";

/*
 * A unit's dashboard (/tong-quan/don-vi/<id>) on an app of its own (support/own-app.ts): Long Xuyên's 2021 dossier
 * review is signed off here (straight in its database), which would change the 2021 figures other files read.
 */
const own = ownAppPerFile();

const one = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
  own.app.withClient(async (client) => (await client.query(sql, params)).rows[0] as T);

const unitId = (code: string) =>
  one<{ id: string }>(`SELECT id FROM agency WHERE code = $1 AND "validTo" IS NULL`, [code]).then((r) => r.id);

let dossierId: string;

/** The 2021 dossier score of Long Xuyên as the page writes it (one decimal, rounded half up), and as a number. */
async function score2021() {
  const { conforming, applicable } = await one<{ conforming: number; applicable: number }>(
    `SELECT "itemsConforming" AS conforming, "itemsApplicable" AS applicable FROM inspection WHERE id = $1`,
    [dossierId],
  );
  expect(applicable).toBeGreaterThan(conforming);
  const value = Math.round((conforming / applicable) * 1000) / 10;
  return { value, text: `${value.toFixed(1).replace(".", ",")} %` };
}

/** Clicks the page's export link; the downloaded workbook, its name and its first bytes. */
async function exportWorkbook(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải bảng số liệu (XLSX)" }).click(),
  ]);
  const bytes = readFileSync((await download.path())!);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return { name: download.suggestedFilename(), magic: bytes.subarray(0, 2).toString("latin1"), workbook };
}

test.beforeAll(async () => {
  // Long Xuyên's dossier review of the seeded 2021 plan, signed off: every item conforms but the first (minor).
  const inspection = await one<{ id: string }>(
    `SELECT i.id FROM inspection i JOIN inspection_plan p ON p.id = i."planId" JOIN agency a ON a.id = i."agencyId"
      WHERE p.number = '05/KH-SKHCN' AND p.year = 2021 AND p.status IN ('APPROVED', 'IN_PROGRESS')
        AND a.code = $1 AND i.kind = 'DOSSIER'`,
    [unit.longXuyen.code],
  );
  dossierId = inspection.id;
  await own.app.withClient(async (client) => {
    await client.query(`UPDATE inspection_item SET result = 'CONFORM' WHERE "inspectionId" = $1`, [dossierId]);
    await client.query(
      `UPDATE inspection_item SET result = 'MINOR_NC' WHERE "inspectionId" = $1 AND position = (SELECT min(position) FROM inspection_item WHERE "inspectionId" = $1)`,
      [dossierId],
    );
    await client.query(
      `UPDATE inspection SET status = 'SIGNED_OFF', "overallResult" = 'CONFORMING_WITH_FINDINGS', "recordDate" = '2021-05-10',
              "startedAt" = '2021-05-10T01:30:00Z', "signedOffAt" = '2021-05-10T09:00:00Z', "updatedAt" = now()
        WHERE id = $1`,
      [dossierId],
    );
  });
});

test("the officer opens their unit's dashboard from the home page, reads the 2021 score and follows a clause group to the checklist", async ({
  browser,
}) => {
  const page = await own.signedIn(browser, demo.officer);
  await page.getByRole("link", { name: "Tổng quan đơn vị" }).click();
  await page.waitForURL(/\/tong-quan\/don-vi\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: `Tổng quan đơn vị: ${unit.longXuyen.name}` })).toBeVisible();
  // An officer is not offered the province's view.
  await expect(page.getByRole("link", { name: "Về tổng quan của tỉnh" })).toHaveCount(0);

  const percent = (await score2021()).text;
  const scores = page.getByRole("table", {
    name: `Mức phù hợp và kết quả kiểm tra của ${unit.longXuyen.name} qua các năm`,
  });
  const row2021 = scores.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2021" }) });
  await expect(row2021.getByRole("cell").nth(1)).toContainText(percent);
  await expect(row2021).toContainText("Đạt, còn điểm cần khắc phục");

  // Its inspections: the signed-off review only (the on-site inspection is not started, and an officer sees results).
  const inspections = page.getByRole("table", { name: `Các cuộc kiểm tra của ${unit.longXuyen.name}` });
  await expect(inspections.getByRole("row")).toHaveCount(2);
  await expect(inspections).toContainText("Đã ký kết luận");

  // Province → unit → inspection → clause: the group's link opens the checklist at that group.
  const clauses = page.getByRole("table", { name: /^Mức phù hợp theo nhóm điều khoản của cuộc kiểm tra/ });
  await clauses
    .getByRole("link", { name: /^Mở bảng kiểm tại / })
    .first()
    .click();
  await page.waitForURL(new RegExp(`/kiem-tra/${dossierId}#group-QD19_2014-`));
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
  await expect(page.getByText("Cuộc kiểm tra đã ký kết luận: chỉ xem.")).toBeVisible();
  await page.context().close();
});

test("the officer gets 404 for another unit's dashboard", async ({ browser }) => {
  const page = await own.signedIn(browser, demo.officer);
  const response = await page.goto(`/tong-quan/don-vi/${await unitId(unit.chauDoc.code)}`);
  expect(response?.status()).toBe(404);
  await page.context().close();
});

test("the committee opens any unit's dashboard and a signed-off inspection from it", async ({ browser }) => {
  const page = await own.signedIn(browser, demo.committee);
  await page.goto(`/tong-quan/don-vi/${await unitId(unit.chauDoc.code)}`);
  await expect(page.getByRole("heading", { level: 1, name: `Tổng quan đơn vị: ${unit.chauDoc.name}` })).toBeVisible();
  const scores = page.getByRole("table", {
    name: `Mức phù hợp và kết quả kiểm tra của ${unit.chauDoc.name} qua các năm`,
  });
  await expect(scores.getByRole("rowheader", { name: "2021" })).toBeVisible();
  // Nothing of Châu Đốc is signed off: the committee sees no inspection.
  await expect(page.getByText("Chưa có cuộc kiểm tra nào bạn được xem.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Về tổng quan của tỉnh" })).toBeVisible();

  await page.goto(`/tong-quan/don-vi/${await unitId(unit.longXuyen.code)}`);
  const inspections = page.getByRole("table", { name: `Các cuộc kiểm tra của ${unit.longXuyen.name}` });
  await inspections.getByRole("link", { name: /^Mở cuộc kiểm tra: Qua hồ sơ, báo cáo 2021/ }).click();
  await page.waitForURL(new RegExp(`/kiem-tra/${dossierId}$`));
  await expect(page.getByText("Cuộc kiểm tra đã ký kết luận: chỉ xem.")).toBeVisible();
  await page.context().close();
});

test("the officer downloads their unit's tables as XLSX: the 2021 score is in it, as on the page", async ({
  browser,
}) => {
  const page = await own.signedIn(browser, demo.officer);
  await page.getByRole("link", { name: "Tổng quan đơn vị" }).click();
  await page.waitForURL(/\/tong-quan\/don-vi\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("button", { name: "In / Lưu PDF" })).toBeVisible();

  const { name, magic, workbook } = await exportWorkbook(page);
  expect(name).toMatch(new RegExp(`^tong-quan-don-vi-${unit.longXuyen.code}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
  expect(magic).toBe("PK");
  expect(workbook.worksheets[0]!.name).toBe("Tổng quan");
  expect(workbook.worksheets[0]!.getCell("A1").value).toBe(`Tổng quan đơn vị: ${unit.longXuyen.name}`);
  const scores = workbook.worksheets.find(
    (sheet) => sheet.getCell("A1").value === `Mức phù hợp và kết quả kiểm tra của ${unit.longXuyen.name} qua các năm`,
  )!;
  const rows: unknown[][] = [];
  scores.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const row2021 = rows.find((row) => row[0] === "2021")!;
  // Year, unit, dossier review (%), on site (%), result: the figure the page shows, as a number.
  expect(row2021.slice(1, 3)).toEqual([unit.longXuyen.name, (await score2021()).value]);
  expect(row2021).toContain("Đạt, còn điểm cần khắc phục");
  await page.context().close();
});

test("DOST exports a unit's tables with the page's choice of inspection", async ({ browser }) => {
  const page = await own.signedIn(browser, demo.admin);
  const id = await unitId(unit.longXuyen.code);
  await page.goto(`/tong-quan/don-vi/${id}?kiem-tra=${dossierId}`);
  await expect(page.getByRole("link", { name: "Tải bảng số liệu (XLSX)" })).toHaveAttribute(
    "href",
    `/tong-quan/don-vi/${id}/bang-so-lieu?kiem-tra=${dossierId}`,
  );
  const { magic, workbook } = await exportWorkbook(page);
  expect(magic).toBe("PK");
  const clauses = workbook.worksheets.find((sheet) =>
    String(sheet.getCell("A1").value).startsWith(
      "Mức phù hợp theo nhóm điều khoản của cuộc kiểm tra Qua hồ sơ, báo cáo năm 2021",
    ),
  );
  expect(clauses).toBeDefined();
  await page.context().close();
});
