import { expect, test, type Page } from "@playwright/test";
import { card, demo, hydrated, open, signIn, statusMessage } from "./support/auth";

const iso2015 = "TCVN ISO 9001:2015";
// The version's own row (a later version's row links to it too, under "Sao chép từ").
const versionRow = (page: Page, version: number) =>
  card(page, iso2015)
    .getByRole("row")
    .filter({ has: page.locator("td:first-child", { hasText: new RegExp(`^Phiên bản ${version}$`) }) });
const itemRow = (page: Page, code: string) =>
  page.getByRole("row").filter({ has: page.getByRole("cell", { name: code, exact: true }) });

test("an administrator copies TCVN ISO 9001:2015 v1 to v2, edits an item and publishes it; v1 is retired and read-only", async ({
  page,
}) => {
  await signIn(page, demo.admin);
  await open(page, "/bang-kiem");
  await expect(versionRow(page, 1)).toContainText("Đang áp dụng");
  await versionRow(page, 1).getByRole("button", { name: "Sao chép phiên bản 1 thành phiên bản mới" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `${iso2015} — Phiên bản 2` })).toBeVisible();
  await hydrated(page);
  await expect(page.getByText("Dự thảo", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Phiên bản 1", exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Sửa tiêu chí N-7.5" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Sửa tiêu chí N-7.5" })).toBeVisible();
  const title = page.getByLabel("Tên tiêu chí (tiếng Việt)");
  await expect(title).toHaveValue("Thông tin dạng văn bản");
  await title.fill("Thông tin dạng văn bản (tài liệu và hồ sơ)");
  await page.getByLabel("Trọng số (1–5)").fill("9");
  await page.getByRole("button", { name: "Lưu tiêu chí" }).click();
  // Refused with the reason tied to the field, and what was typed is kept.
  const weight = page.getByLabel("Trọng số (1–5)");
  await expect(weight).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await weight.getAttribute("aria-describedby")}`)).toHaveText(
    "Trọng số là số nguyên từ 1 đến 5.",
  );
  await expect(title).toHaveValue("Thông tin dạng văn bản (tài liệu và hồ sơ)");
  await weight.fill("2");
  await page.getByRole("button", { name: "Lưu tiêu chí" }).click();
  await expect(statusMessage(page, "Đã lưu tiêu chí.")).toBeVisible();
  await expect(itemRow(page, "N-7.5")).toContainText("Thông tin dạng văn bản (tài liệu và hồ sơ)");

  await page.getByRole("button", { name: "Công bố phiên bản này" }).click();
  await expect(statusMessage(page, "Đã công bố phiên bản.")).toBeVisible();
  await expect(page.getByText("Đang áp dụng", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /Sửa tiêu chí/ })).toHaveCount(0);

  await page.getByRole("link", { name: "Phiên bản 1", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${iso2015} — Phiên bản 1` })).toBeVisible();
  await expect(page.getByText("Ngừng áp dụng", { exact: true })).toBeVisible();
  // Version 1 is the one the seeded 2021 plan's inspections use: "used" is the reason it stays read-only.
  await expect(
    page.getByText(/Phiên bản này đã được dùng cho cuộc kiểm tra từ \d{2}\/\d{2}\/\d{4} nên không thể sửa/),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /Sửa tiêu chí/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Công bố phiên bản này" })).toHaveCount(0);
  await expect(itemRow(page, "N-7.5")).toContainText("Thông tin dạng văn bản");
  await expect(itemRow(page, "N-7.5")).not.toContainText("(tài liệu và hồ sơ)");

  await open(page, "/bang-kiem");
  await expect(versionRow(page, 1)).toContainText("Ngừng áp dụng");
  await expect(versionRow(page, 2)).toContainText("Đang áp dụng");
  await expect(versionRow(page, 2)).toContainText("27");
});

test("an inspector reads the checklists, filters without diacritics and sees no edit controls", async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await signIn(page, demo.inspector);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Bảng kiểm" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bảng kiểm" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Sao chép/ })).toHaveCount(0);

  const qd19 = card(page, "Quyết định 19/2014/QĐ-TTg");
  await qd19.getByRole("link", { name: "Phiên bản 1", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Quyết định 19/2014/QĐ-TTg — Phiên bản 1" })).toBeVisible();
  await expect(
    page.getByText(/Phiên bản này đã được dùng cho cuộc kiểm tra từ \d{2}\/\d{2}\/\d{4} nên không thể sửa/),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /Sửa tiêu chí/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Thêm tiêu chí" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Công bố|Huỷ bản dự thảo|Sao chép/ })).toHaveCount(0);

  // The filter works from the keyboard and ignores diacritics.
  await hydrated(page);
  const filter = page.getByLabel("Lọc tiêu chí (không cần dấu)");
  await filter.fill("niem yet tru so");
  await filter.press("Enter");
  await expect(page.getByText("Hiển thị 1/25 tiêu chí")).toBeVisible();
  await expect(itemRow(page, "QD-14")).toContainText("Niêm yết tại trụ sở");
  await expect(itemRow(page, "QD-14")).toContainText("TT26 Đ36 khoản 2 — Thực hiện Quyết định 19");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // An editor asked for by URL is not offered either.
  await open(page, `${new URL(page.url()).pathname}?muc=moi`);
  await expect(page.getByRole("button", { name: "Thêm tiêu chí" })).toHaveCount(0);

  await open(page, "/bang-kiem/doi-chieu");
  await expect(
    page.getByRole("heading", { level: 1, name: "Đối chiếu điều khoản TCVN ISO 9001:2008 ↔ 2015" }),
  ).toBeVisible();
  await expect(page.getByRole("row", { name: /^10\.2 / })).toContainText("8.5.2 Hành động khắc phục");
  await expect(page.getByRole("row", { name: /^4\.1 / })).toContainText("Yêu cầu mới của phiên bản 2015");
});
