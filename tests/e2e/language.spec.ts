import { expect, test } from "@playwright/test";
import { demo, hydrated, open, signIn } from "./support/auth";

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

test("a signed-in page switches to English and back to Vietnamese", async ({ page }) => {
  await signIn(page, demo.inspector);

  await page.getByRole("button", { name: "Ngôn ngữ: English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hello, ${demo.inspector.name}` })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(`${demo.inspector.name} · DOST inspector`);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Home" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Notifications" })).toBeVisible();

  await page.getByRole("button", { name: "Language: Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Xin chào, ${demo.inspector.name}` })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Trang chủ" })).toBeVisible();
});
