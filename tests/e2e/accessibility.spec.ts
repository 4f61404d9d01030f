import { expect, test } from "@playwright/test";
import { demo, demoPassword, open } from "./support/auth";

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

test("on a tablet, signing in works with the keyboard alone and the skip link comes first", async ({ page }) => {
  await open(page, "/dang-nhap");
  const email = page.getByLabel("Thư điện tử");
  const password = page.getByLabel("Mật khẩu", { exact: true });

  // The e-mail field takes the focus on arrival; Tab moves through the form in reading order.
  await expect(email).toBeFocused();
  await page.keyboard.type(demo.admin.email);
  await page.keyboard.press("Tab");
  await expect(password).toBeFocused();
  await page.keyboard.type(demoPassword);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(password).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: `Xin chào, ${demo.admin.name}` })).toBeVisible();
  await expect(page).toHaveURL("/");

  // A fresh load of a signed-in page: the first Tab reaches the skip link, which shows itself and jumps to the content.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: `Xin chào, ${demo.admin.name}` })).toBeVisible();
  // Nothing is wider than the tablet screen (tables scroll inside their own box), and the whole menu shows.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(
    page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Nhật ký hệ thống" }),
  ).toBeInViewport();

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
  await expect(skip).toBeFocused();
  expect(
    (await skip.boundingBox())?.width ?? 0,
    "the focused skip link is visible, not a 1 px sr-only box",
  ).toBeGreaterThan(40);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});
