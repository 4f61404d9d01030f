import { expect, type Page } from "@playwright/test";

/** The demo accounts of prisma/seed/demo.ts (seeded by scripts/test.mjs). Read-only here: never lock or disable them. */
export const demoPassword = "AnGiang@2021";

export const demo = {
  admin: { email: "quantri@sokhcn.example", name: "Nguyễn Văn Quản", role: "Quản trị Sở KH&CN" },
  inspector: { email: "kiemtra@sokhcn.example", name: "Trần Thị Kiểm", role: "Cán bộ kiểm tra Sở KH&CN" },
  partner: { email: "thanhvien@sonoivu.example", name: "Lê Văn Phối", role: "Thành viên đoàn (Sở Nội vụ, Sở Tư pháp)" },
  officer: { email: "canbo@longxuyen.example", name: "Phạm Thị Hồ Sơ", role: "Cán bộ cơ quan, đơn vị" },
  committee: { email: "lanhdao@ubndtinh.example", name: "Võ Văn Duyệt", role: "UBND tỉnh" },
} as const;

/** A live-region message (role="status") with this text. `getByRole("alert")` would also match Next's route announcer. */
export function statusMessage(page: Page, text: string | RegExp) {
  return page.getByRole("status").filter({ hasText: text });
}

/**
 * Waits until React has hydrated the page: Next's route announcer is added by an effect, after hydration.
 * Until then a form submits natively (a full-page POST) instead of through its handler.
 */
export async function hydrated(page: Page) {
  await page.locator("next-route-announcer").waitFor({ state: "attached" });
}

/** Opens a page and waits until it is interactive. */
export async function open(page: Page, path: string) {
  const response = await page.goto(path);
  await hydrated(page);
  return response;
}

/** Fills and submits the sign-in form on the current page (does not wait for the outcome). */
export async function submitSignIn(page: Page, email: string, password: string) {
  await hydrated(page);
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** Signs in from /dang-nhap and waits for the home page's greeting. */
export async function signIn(page: Page, account: { email: string; name: string }, password = demoPassword) {
  await open(page, "/dang-nhap");
  await submitSignIn(page, account.email, password);
  await expect(page.getByRole("heading", { level: 1, name: `Xin chào, ${account.name}` })).toBeVisible();
}

/** A card of the page (a <section> headed by an h2 with this title). */
export function card(page: Page, title: string) {
  return page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: title, exact: true }) });
}
