import { expect, test } from "@playwright/test";
import { demo, hydrated, signIn } from "./support/auth";
import { startOwnApp, type OwnApp } from "./support/own-app";

/* On an app and database of its own (support/own-app.ts): the dashboard counts every plan of the year. */
test.describe.configure({ mode: "serial" });

let app: OwnApp;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startOwnApp();
});
test.afterAll(async () => {
  await app?.stop();
});

test("the committee opens the overview from the menu, reads 197 and 66 for 2021 and follows a count to its list", async ({
  browser,
}) => {
  test.slow();
  const context = await browser.newContext({ baseURL: app.base, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await signIn(page, demo.committee);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tổng quan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
  await hydrated(page);
  await page.getByLabel("Năm").selectOption("2021");
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await page.waitForURL(/\/tong-quan\?nam=2021$/);
  await expect(page.getByText("Chỉ tính các cuộc kiểm tra đã ký biên bản", { exact: false })).toBeVisible();

  const progress = page.getByRole("table", { name: "Tiến độ kiểm tra năm 2021" });
  // The committee sees no work-in-progress column.
  await expect(progress.getByRole("columnheader", { name: "Đang thực hiện" })).toHaveCount(0);
  const dossier = progress.getByRole("row").filter({ hasText: "Kiểm tra hồ sơ" });
  const onSite = progress.getByRole("row").filter({ hasText: "Kiểm tra tại trụ sở" });
  await expect(dossier.getByRole("cell").last()).toHaveText("197");
  await expect(onSite.getByRole("cell").last()).toHaveText("66");

  await dossier.getByRole("link", { name: "Kiểm tra hồ sơ: Theo kế hoạch" }).click();
  await page.waitForURL(/\/kiem-tra\?plan=[0-9a-f-]{36}&kind=DOSSIER$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByLabel("Hình thức")).toHaveValue("DOSSIER");
  await context.close();
});

test("an officer is not offered the overview and gets 404 for it", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: app.base, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await signIn(page, demo.officer);
  await expect(
    page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tổng quan" }),
  ).toHaveCount(0);
  const response = await page.goto("/tong-quan?nam=2021");
  expect(response?.status()).toBe(404);
  await context.close();
});
