import { expect, test } from "@playwright/test";
import { card, demo, hydrated, open, signIn, statusMessage } from "./support/auth";
import { createUser } from "./support/db";
import { createPlan, unit } from "./support/plans";

test("the sign-in page switches to English and back to Vietnamese", async ({ page }) => {
  await open(page, "/dang-nhap");
  await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");

  await page.getByRole("button", { name: "Ngôn ngữ: English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByLabel("Email")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // The choice is kept by the browser (cookie), not by the page.
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  await page.getByRole("button", { name: "Language: Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
  await expect(page.getByLabel("Thư điện tử")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

// A user of its own: a signed-in switch is stored as the user's language, which a demo account shared with
// the other tests must not carry even for a moment.
test("a signed-in page switches to English and back to Vietnamese; the choice follows the user to a new browser", async ({
  browser,
  page,
}) => {
  const inspector = await createUser({ role: "DOST_INSPECTOR" });
  await signIn(page, inspector, inspector.password);

  await page.getByRole("button", { name: "Ngôn ngữ: English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hello, ${inspector.name}` })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(`${inspector.name} · DOST inspector`);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Home" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Notifications" })).toBeVisible();

  // Another browser, without the cookie: signed in, the user finds the language they chose.
  const other = await (await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" })).newPage();
  await open(other, "/dang-nhap");
  await other.getByLabel("Thư điện tử").fill(inspector.email);
  await other.getByLabel("Mật khẩu", { exact: true }).fill(inspector.password);
  await other.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(other.getByRole("heading", { level: 1, name: `Hello, ${inspector.name}` })).toBeVisible();
  await other.context().close();

  await page.getByRole("button", { name: "Language: Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Xin chào, ${inspector.name}` })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Trang chủ" }),
  ).toBeVisible();
});

test("an English-speaking user reads a notification in English, and in Vietnamese once they switch", async ({
  browser,
  page,
}) => {
  const reader = await createUser({ role: "DOST_INSPECTOR" });
  const plan = await createPlan({ status: "DRAFT", targets: [unit.longXuyen.code] });
  const reason = `Gộp vào kế hoạch khác (${plan.number}).`;

  await signIn(page, reader, reader.password);
  await page.getByRole("button", { name: "Ngôn ngữ: English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hello, ${reader.name}` })).toBeVisible();

  // The administrator, in Vietnamese, cancels the draft: DOST staff are told, the reader among them.
  const admin = await (await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" })).newPage();
  await signIn(admin, demo.admin);
  await open(admin, `/ke-hoach/${plan.id}`);
  const workflow = card(admin, "Quy trình phê duyệt");
  await workflow.getByLabel("Lý do huỷ").fill(reason);
  await workflow.getByRole("button", { name: "Huỷ kế hoạch" }).click();
  await expect(statusMessage(admin, "Đã huỷ kế hoạch.")).toBeVisible();
  await admin.context().close();

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Notifications" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const notice = page.getByRole("listitem").filter({ hasText: plan.number });
  await expect(notice.getByText(`Plan ${plan.number} (2021) was cancelled`, { exact: true })).toBeVisible();
  await expect(notice.getByText(`Plan ${plan.number} (2021) was cancelled: ${reason}`)).toBeVisible();
  await expect(notice.getByRole("link", { name: "Open" })).toHaveAttribute("href", `/ke-hoach/${plan.id}`);

  await page.getByRole("button", { name: "Language: Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thông báo" })).toBeVisible();
  await expect(notice.getByText(`Kế hoạch ${plan.number} (2021) đã bị huỷ`, { exact: true })).toBeVisible();
});
