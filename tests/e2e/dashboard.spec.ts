import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { demo, hydrated } from "./support/auth";
import { ownAppPerFile } from "./support/own-app";
import { unit } from "./support/plans";

/*
 * The province's dashboard on an app of its own (support/own-app.ts): it counts every plan of the year, and one
 * commune's 2021 dossier review is signed off here (straight in its database) so the committee can drill down to it.
 */
const own = ownAppPerFile();

const one = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
  own.app.withClient(async (client) => (await client.query(sql, params)).rows[0] as T);

let commune: { id: string; name: string; inspection: string };

test.beforeAll(async () => {
  // The first commune of Long Xuyên in the seeded 2021 plan, its dossier review signed off with one minor item.
  commune = await one<{ id: string; name: string; inspection: string }>(
    `SELECT a.id, a.name, i.id AS inspection
       FROM inspection i
       JOIN inspection_plan p ON p.id = i."planId"
       JOIN agency a ON a.id = i."agencyId"
       JOIN agency d ON d.id = a."parentId"
      WHERE p.number = '05/KH-SKHCN' AND p.year = 2021 AND d.code = $1 AND i.kind = 'DOSSIER'
      ORDER BY a."sortKey" LIMIT 1`,
    [unit.longXuyen.code],
  );
  await own.app.withClient(async (client) => {
    await client.query(`UPDATE inspection_item SET result = 'CONFORM' WHERE "inspectionId" = $1`, [commune.inspection]);
    await client.query(
      `UPDATE inspection_item SET result = 'MINOR_NC'
        WHERE "inspectionId" = $1 AND position = (SELECT min(position) FROM inspection_item WHERE "inspectionId" = $1)`,
      [commune.inspection],
    );
    await client.query(
      `UPDATE inspection SET status = 'SIGNED_OFF', "overallResult" = 'CONFORMING_WITH_FINDINGS',
              "recordDate" = '2021-05-10', "startedAt" = '2021-05-10T01:30:00Z', "signedOffAt" = '2021-05-10T09:00:00Z'
        WHERE id = $1`,
      [commune.inspection],
    );
  });
});

test("the committee reads 197 and 66 for 2021, drills from the province to a district, a commune, its inspection and a clause, and exports the tables", async ({
  browser,
}) => {
  test.slow();
  const page = await own.signedIn(browser, demo.committee);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tổng quan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
  await hydrated(page);
  await page.getByLabel("Năm", { exact: true }).selectOption("2021");
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  // The day left empty is not kept in the address: the page answers with its canonical URL.
  await page.waitForURL(/\/tong-quan\?nam=2021$/);
  await expect(page.getByText("Chỉ tính các cuộc kiểm tra đã ký biên bản", { exact: false })).toBeVisible();

  // Progress: 197 units checked by dossier, 66 on site; the committee sees no work-in-progress column.
  const progress = page.getByRole("table", { name: "Tiến độ kiểm tra năm 2021" });
  await expect(progress.getByRole("columnheader", { name: "Đang thực hiện" })).toHaveCount(0);
  const dossier = progress.getByRole("row").filter({ hasText: "Kiểm tra hồ sơ" });
  const onSite = progress.getByRole("row").filter({ hasText: "Kiểm tra tại trụ sở" });
  await expect(dossier.getByRole("cell").nth(1)).toHaveText("197");
  await expect(onSite.getByRole("cell").nth(1)).toHaveText("66");
  await expect(dossier.getByRole("cell").first()).toHaveText("1");

  // Export: the page's tables as one workbook, the progress sheet reading 197 and 66.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải bảng số liệu (XLSX)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tong-quan-2021-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path())!) as never);
  expect(workbook.worksheets[0]!.name).toBe("Tổng quan");
  const progressSheet = workbook.worksheets.find((s) => s.getCell("A1").value === "Tiến độ kiểm tra năm 2021")!;
  const values = progressSheet
    .getSheetValues()
    .flat()
    .filter((v) => typeof v === "number");
  expect(values).toEqual(expect.arrayContaining([197, 66]));

  // By month: May 2021 holds the commune's dossier review, against the plan's 197.
  const months = page.getByRole("table", { name: "Tiến độ kiểm tra theo tháng năm 2021" });
  const may = months.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "05/2021" }) });
  await expect(may.getByRole("cell").first()).toHaveText("1");

  // Over the years: 2021's row reads the same 197 units in scope.
  await page.getByRole("link", { name: "Qua các năm" }).click();
  await page.waitForURL(/\/tong-quan\/qua-cac-nam/);
  const years = page.getByRole("table", { name: "Tiến độ và kết quả kiểm tra qua các năm" });
  const y2021 = years.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2021" }) });
  await expect(y2021.getByRole("cell").first()).toHaveText("197");
  await page.goBack();
  await page.waitForURL(/\/tong-quan\?nam=2021/);

  // One part of the page at a time: progress first, the results a tab away, every part on "Tất cả các phần".
  const parts = page.getByRole("navigation", { name: "Các phần của tổng quan năm" });
  await expect(parts.getByRole("link", { name: "Tiến độ" })).toHaveAttribute("aria-current", "page");
  const byArea = page.getByRole("table", { name: /^Kết quả theo địa bàn năm 2021/ });
  await expect(byArea).toHaveCount(0);
  await parts.getByRole("link", { name: "Tất cả các phần" }).click();
  await page.waitForURL(/\/tong-quan\?nam=2021&phan=tat-ca$/);
  await expect(page.getByRole("table", { name: "Tiến độ kiểm tra năm 2021" })).toBeVisible();
  await expect(byArea).toBeVisible();
  await parts.getByRole("link", { name: "Kết quả" }).click();
  await page.waitForURL(/\/tong-quan\?nam=2021&phan=ket-qua$/);
  await expect(parts.getByRole("link", { name: "Kết quả" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("table", { name: "Tiến độ kiểm tra năm 2021" })).toHaveCount(0);

  // Province → district: Long Xuyên's row in the table by area opens the district on the same part.
  await byArea.getByRole("link", { name: unit.longXuyen.name, exact: true }).click();
  await page.waitForURL(/\/tong-quan\?nam=2021&huyen=[0-9a-f-]{36}&phan=ket-qua$/);
  await expect(page.getByRole("heading", { level: 1, name: `Tổng quan: ${unit.longXuyen.name}` })).toBeVisible();

  // District → commune: the units of the district, each leading to its dashboard.
  const units = page.getByRole("table", { name: `Các cơ quan, đơn vị: ${unit.longXuyen.name}, năm 2021` });
  const row = units.getByRole("row").filter({ has: page.getByRole("rowheader", { name: commune.name }) });
  await expect(row).toContainText("Đạt, còn điểm cần khắc phục");
  await row.getByRole("link", { name: commune.name }).click();
  await page.waitForURL(new RegExp(`/tong-quan/don-vi/${commune.id}`));
  await expect(page.getByRole("heading", { level: 1, name: `Tổng quan đơn vị: ${commune.name}` })).toBeVisible();

  // Commune → its inspection → a clause.
  const inspections = page.getByRole("table", { name: `Các cuộc kiểm tra của ${commune.name}` });
  await expect(inspections.getByRole("link", { name: /./ }).first()).toHaveAttribute(
    "href",
    `/kiem-tra/${commune.inspection}`,
  );
  const clauses = page.getByRole("table", { name: /^Mức phù hợp theo nhóm điều khoản của cuộc kiểm tra/ });
  await clauses
    .getByRole("link", { name: /^Mở bảng kiểm tại / })
    .first()
    .click();
  await page.waitForURL(new RegExp(`/kiem-tra/${commune.inspection}#group-`));
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
  await page.context().close();
});

test("an officer going to the overview lands on their own unit's dashboard", async ({ browser }) => {
  const page = await own.signedIn(browser, demo.officer);
  await expect(
    page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tổng quan" }),
  ).toHaveCount(0);
  await page.goto("/tong-quan?nam=2021");
  await page.waitForURL(/\/tong-quan\/don-vi\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: `Tổng quan đơn vị: ${unit.longXuyen.name}` })).toBeVisible();
  await page.context().close();
});
