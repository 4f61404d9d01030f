import { expect, test } from "@playwright/test";
import { card, demo, demoPassword, signIn, statusMessage, submitSignIn } from "./support/auth";
import { createUser, withClient } from "./support/db";

const mainNav = "Điều hướng chính";

test.describe("each demo account lands on its role's home", () => {
  for (const account of Object.values(demo)) {
    test(`${account.role}: ${account.email}`, async ({ page }) => {
      await signIn(page, account);
      await expect(page).toHaveURL("/");

      // Header: "<name> · <role>".
      await expect(page.getByRole("banner")).toContainText(`${account.name} · ${account.role}`);

      const nav = page.getByRole("navigation", { name: mainNav });
      await expect(nav.getByRole("link", { name: "Trang chủ" })).toHaveAttribute("aria-current", "page");
      await expect(nav.getByRole("link", { name: "Thông báo" })).toBeVisible();
      const adminLinks = [
        nav.getByRole("link", { name: "Người dùng" }),
        nav.getByRole("link", { name: "Nhật ký hệ thống" }),
      ];
      for (const link of adminLinks) {
        if (account === demo.admin) await expect(link).toBeVisible();
        else await expect(link).toHaveCount(0);
      }

      const registry = card(page, "Cơ quan, đơn vị trong danh mục");
      if (account === demo.officer) {
        const mine = card(page, "Đơn vị của bạn");
        await expect(mine).toBeVisible();
        await expect(mine.getByRole("definition").filter({ hasText: "UBND Thành phố Long Xuyên" })).toBeVisible();
        await expect(registry).toHaveCount(0);
        await expect(card(page, "Người dùng")).toHaveCount(0);
      } else {
        await expect(card(page, "Đơn vị của bạn")).toHaveCount(0);
        const table = registry.getByRole("table", { name: "Theo loại" });
        await expect(table.getByRole("columnheader", { name: "Tổng số" })).toBeVisible();
        await expect(table.getByRole("row").filter({ hasText: "UBND cấp huyện" })).toBeVisible();
      }
      if (account === demo.admin) {
        await expect(card(page, "Người dùng")).toBeVisible();
        await expect(card(page, "Hoạt động gần đây")).toBeVisible();
      }
    });
  }
});

test("an unauthenticated visit to the users page goes to sign-in and comes back after it", async ({ page }) => {
  await page.goto("/quan-tri/nguoi-dung");
  await expect(page).toHaveURL("/dang-nhap?callbackUrl=%2Fquan-tri%2Fnguoi-dung");
  await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();

  await submitSignIn(page, demo.admin.email, demoPassword);
  await expect(page).toHaveURL("/quan-tri/nguoi-dung");
  await expect(page.getByRole("heading", { level: 1, name: "Người dùng" })).toBeVisible();
});

test("a wrong password is refused with a message and the page stays on sign-in", async ({ page }) => {
  const user = await createUser();
  await page.goto("/dang-nhap");
  await submitSignIn(page, user.email, "SaiMatKhau123");
  await expect(statusMessage(page, "Thư điện tử hoặc mật khẩu không đúng.")).toBeVisible();
  await expect(page).toHaveURL("/dang-nhap");
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeEnabled();
});

test("five wrong passwords lock the account from this address, and then even the right one is refused", async ({
  page,
}) => {
  const user = await createUser();
  const locked = /^Đăng nhập sai quá nhiều lần từ địa chỉ này\. Vui lòng thử lại sau \d+ phút\.$/;
  await page.goto("/dang-nhap");

  for (let attempt = 1; attempt <= 5; attempt++) {
    // Wait for the server's answer to each attempt: the message text of attempts 1–4 is the same.
    const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await submitSignIn(page, user.email, `SaiMatKhau${attempt}x`);
    await answered;
    if (attempt < 5) await expect(statusMessage(page, "Thư điện tử hoặc mật khẩu không đúng.")).toBeVisible();
  }
  await expect(statusMessage(page, locked)).toBeVisible();

  // A fresh page (empty message region), then the right password.
  await page.reload();
  await expect(statusMessage(page, locked)).toHaveCount(0);
  await submitSignIn(page, user.email, user.password);
  await expect(statusMessage(page, locked)).toBeVisible();
  await expect(page).toHaveURL("/dang-nhap");
});

test("disabling a signed-in user ends their session and refuses the next sign-in", async ({ browser, page }) => {
  const user = await createUser();
  await signIn(page, user, user.password);

  const adminContext = await browser.newContext();
  try {
    const admin = await adminContext.newPage();
    await signIn(admin, demo.admin);
    await admin.getByRole("navigation", { name: mainNav }).getByRole("link", { name: "Người dùng" }).click();
    await admin.getByRole("searchbox", { name: "Tìm theo tên hoặc thư điện tử" }).fill(user.email);
    await admin.getByRole("button", { name: "Tìm", exact: true }).click();
    // The search is a plain GET form: wait for the results page before clicking in the table.
    await expect(admin).toHaveURL(/[?&]q=/);
    await expect(admin.getByRole("heading", { level: 2, name: "1 người dùng" })).toBeVisible();
    await admin.getByRole("table", { name: "Người dùng" }).getByRole("link", { name: user.name }).click();
    await expect(admin.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
    await admin.getByRole("button", { name: "Vô hiệu hoá" }).click();
    await expect(statusMessage(admin, "Đã vô hiệu hoá tài khoản. Người dùng bị đăng xuất ngay.")).toBeVisible();
  } finally {
    await adminContext.close();
  }

  // The user's next navigation.
  await page.getByRole("navigation", { name: mainNav }).getByRole("link", { name: "Thông báo" }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?reason=session$/);
  await expect(statusMessage(page, "Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.")).toBeVisible();

  await submitSignIn(page, user.email, user.password);
  await expect(statusMessage(page, "Tài khoản đã bị vô hiệu hoá. Liên hệ quản trị Sở KH&CN.")).toBeVisible();
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test.describe("before the page's JavaScript has run", () => {
  test.use({ javaScriptEnabled: false });

  test("submitting the sign-in form never puts the password in the address", async ({ page }) => {
    await page.goto("/dang-nhap");
    await page.getByLabel("Thư điện tử").fill(demo.admin.email);
    await page.getByLabel("Mật khẩu", { exact: true }).fill("KhongDuocLo123");
    await Promise.all([page.waitForEvent("load"), page.getByLabel("Mật khẩu", { exact: true }).press("Enter")]);
    expect(page.url()).not.toContain("KhongDuocLo123");
    expect(page.url()).not.toContain("password");
    await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
  });
});

test("a callbackUrl to another site is not followed after signing in: the browser stays on the app", async ({
  page,
  baseURL,
}) => {
  const user = await createUser();
  await page.goto(`/dang-nhap?callbackUrl=${encodeURIComponent("/\\evil.example/x")}`);
  await submitSignIn(page, user.email, user.password);
  await expect(page.getByRole("heading", { level: 1, name: `Xin chào, ${user.name}` })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  await expect(page).toHaveURL("/");
});

test.describe("a forged X-Forwarded-For from a client that is not a trusted proxy", () => {
  test.use({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.66", "X-Real-IP": "203.0.113.66" } });

  test("is not the address in the audit row: the TCP peer is", async ({ page }) => {
    const user = await createUser();
    await signIn(page, user, user.password);
    const rows = await withClient(async (client) => {
      const { rows } = await client.query<{ ip: string | null }>(
        `SELECT ip FROM audit_event WHERE type = 'auth.sign_in.succeeded' AND data->>'email' = $1`,
        [user.email],
      );
      return rows;
    });
    expect(rows).toEqual([{ ip: "127.0.0.1" }]);
  });
});

test("/phien tells who this browser is signed in as, from the session alone; signed out, it asks to sign in", async ({
  page,
}) => {
  await page.goto("/phien");
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fphien/);
  await signIn(page, demo.committee);
  await page.goto("/phien");
  await expect(page.getByRole("heading", { level: 1, name: "Phiên đăng nhập" })).toBeVisible();
  await expect(
    page.getByText(`Bạn đang đăng nhập với tên ${demo.committee.name} (${demo.committee.email}), vai trò`),
  ).toBeVisible();
  // Outside the signed-in shell: no menu, no unread count.
  await expect(page.getByRole("navigation", { name: mainNav })).toHaveCount(0);
  await page.getByRole("link", { name: "Về trang chủ" }).click();
  await expect(page).toHaveURL("/");
});
