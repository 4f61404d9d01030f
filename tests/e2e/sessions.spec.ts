import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, open, signIn, statusMessage } from "./support/auth";
import { createUser, type TestUser } from "./support/db";

const mainNav = "Điều hướng chính";

/** Signs the user in, in a browser context of its own. */
async function signedIn(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user, user.password);
  return { context, page };
}

/** The next navigation of a page whose session was ended lands on the sign-in page. */
async function expectSessionEnded(page: Page) {
  await page.getByRole("navigation", { name: mainNav }).getByRole("link", { name: "Thông báo" }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?reason=session$/);
  await expect(statusMessage(page, "Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.")).toBeVisible();
}

test("signing out ends the session on the server: a copy of the cookie replayed afterwards is refused", async ({
  browser,
  page,
}) => {
  const user = await createUser();
  await signIn(page, user, user.password);
  const copied = await page.context().cookies();

  await open(page, "/dang-xuat");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL("/dang-nhap?reason=signed-out");

  const replay = await browser.newContext();
  try {
    await replay.addCookies(copied);
    const stolen = await replay.newPage();
    await stolen.goto("/thong-bao");
    await expect(stolen).toHaveURL(/\/dang-nhap\?reason=session$/);
  } finally {
    await replay.close();
  }
});

test("a user signs out everywhere after confirming: this browser and every other one", async ({ browser }) => {
  const user = await createUser();
  const first = await signedIn(browser, user);
  const second = await signedIn(browser, user);
  try {
    const page = first.page;
    await open(page, "/doi-mat-khau");
    const sessions = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { level: 2, name: "Phiên đăng nhập" }) });
    await sessions.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị" }).click();
    const confirmation = sessions.getByRole("group", { name: "Đăng xuất khỏi mọi thiết bị" });
    await expect(confirmation).toContainText("Kết thúc mọi phiên đăng nhập của bạn, kể cả phiên đang dùng?");
    // Cancelling changes nothing.
    await confirmation.getByRole("button", { name: "Huỷ" }).click();
    await expect(confirmation).toHaveCount(0);
    await sessions.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị" }).click();
    await sessions.getByRole("button", { name: "Xác nhận" }).click();

    await expect(page).toHaveURL("/dang-nhap?reason=everywhere");
    await expect(statusMessage(page, "Đã đăng xuất khỏi mọi thiết bị. Vui lòng đăng nhập lại.")).toBeVisible();
    await expectSessionEnded(second.page);
  } finally {
    await first.context.close();
    await second.context.close();
  }
});

test("an administrator signs a user out everywhere after confirming", async ({ browser, page }) => {
  const user = await createUser();
  const victim = await signedIn(browser, user);
  try {
    await signIn(page, demo.admin);
    await open(page, "/quan-tri/nguoi-dung?q=" + encodeURIComponent(user.email));
    await page.getByRole("table", { name: "Người dùng" }).getByRole("link", { name: user.name }).click();
    await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
    await expect(page.getByText("Phiên đăng nhập đang mở: 1")).toBeVisible();
    await page.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị" }).click();
    await expect(page.getByRole("group", { name: "Đăng xuất khỏi mọi thiết bị" })).toContainText(
      `Kết thúc mọi phiên đăng nhập của ${user.name}?`,
    );
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await expect(statusMessage(page, "Đã kết thúc 1 phiên đăng nhập.")).toBeVisible();
    await expect(page.getByText("Phiên đăng nhập đang mở: 0")).toBeVisible();

    await expectSessionEnded(victim.page);
  } finally {
    await victim.context.close();
  }
});
