import { expect, test } from "@playwright/test";
import { card, demo, hydrated, open, signIn, statusMessage, submitSignIn } from "./support/auth";
import { countUsers, createUser, uniqueSuffix } from "./support/db";

test("the admin creates an agency officer, who must change the temporary password before using the app", async ({
  browser,
  page,
}) => {
  const suffix = uniqueSuffix();
  const name = `Đặng Thị Ngọc Ánh ${suffix}`;
  const email = `ngoc.anh.${suffix}@longxuyen.example`;

  await signIn(page, demo.admin);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Người dùng" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Người dùng" })).toBeVisible();
  const form = card(page, "Tạo người dùng");
  await form.getByLabel("Họ và tên").fill(name);
  await form.getByLabel("Thư điện tử").fill(email);
  await form.getByLabel("Vai trò").selectOption({ label: "Cán bộ cơ quan, đơn vị" });
  await form.getByLabel("Đơn vị").selectOption({ label: "UBND Thành phố Long Xuyên (883)" });
  await form.getByRole("button", { name: "Tạo người dùng" }).click();

  const created = statusMessage(page, `Đã tạo người dùng ${email}.`);
  await expect(created).toBeVisible();
  const match = /Mật khẩu tạm thời: ([A-Za-z0-9]{12})\./.exec(await created.innerText());
  expect(match, "the status message shows the temporary password").not.toBeNull();
  const temporaryPassword = match![1]!;
  // The new account can be found in the list, with its role and unit (other tests' users share the list: search).
  await page.getByRole("searchbox", { name: "Tìm theo tên hoặc thư điện tử" }).fill(email);
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  const row = page.getByRole("table", { name: "Người dùng" }).getByRole("row").filter({ hasText: email });
  await expect(row.getByRole("link", { name })).toBeVisible();
  await expect(row).toContainText("Cán bộ cơ quan, đơn vị");
  await expect(row).toContainText("UBND Thành phố Long Xuyên");
  await expect(row).toContainText("Chưa đăng nhập");

  const context = await browser.newContext();
  try {
    const user = await context.newPage();
    await user.goto("/dang-nhap");
    await submitSignIn(user, email, temporaryPassword);
    await expect(user).toHaveURL("/doi-mat-khau");
    await expect(user.getByRole("heading", { level: 1, name: "Đổi mật khẩu" })).toBeVisible();
    await expect(
      statusMessage(user, "Mật khẩu của bạn do quản trị viên đặt. Hãy đổi mật khẩu trước khi tiếp tục."),
    ).toBeVisible();

    // Any other page sends the user back here until the password is changed.
    await user.goto("/thong-bao");
    await expect(user).toHaveURL("/doi-mat-khau");
    await hydrated(user);

    const newPassword = `LongXuyen${suffix}9`;
    await user.getByLabel("Mật khẩu hiện tại").fill(temporaryPassword);
    await user.getByLabel("Mật khẩu mới", { exact: true }).fill(newPassword);
    await user.getByLabel("Nhập lại mật khẩu mới").fill(newPassword);
    await user.getByRole("button", { name: "Đổi mật khẩu" }).click();

    await expect(user).toHaveURL("/dang-nhap?reason=password");
    await expect(statusMessage(user, "Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.")).toBeVisible();
    await submitSignIn(user, email, newPassword);
    await expect(user.getByRole("heading", { level: 1, name: `Xin chào, ${name}` })).toBeVisible();
    await expect(user).toHaveURL("/");
    await expect(user.getByRole("banner")).toContainText(`${name} · Cán bộ cơ quan, đơn vị`);
  } finally {
    await context.close();
  }
});

test("a user who must change the password cannot leave the page through the menu either", async ({ page }) => {
  const user = await createUser({ mustChangePassword: true });
  await open(page, "/dang-nhap");
  await submitSignIn(page, user.email, user.password);
  await expect(page).toHaveURL("/doi-mat-khau");
  await page.goto("/doi-mat-khau");
  await hydrated(page);

  // A client-side navigation: the home page must answer with a redirect, which the router follows back here.
  // (Nothing on screen changes then, so wait for that second request; prefetches do not count.)
  const sentBack = page.waitForResponse(
    (r) => r.url().includes("/doi-mat-khau?_rsc=") && r.request().headers()["next-router-prefetch"] === undefined,
    { timeout: 10_000 },
  );
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Trang chủ" }).click();
  await sentBack;
  await expect(page).toHaveURL("/doi-mat-khau");
  await expect(page.getByRole("heading", { level: 1, name: "Đổi mật khẩu" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Xin chào, ${user.name}` })).toHaveCount(0);
});

test("an invalid e-mail is refused with an error tied to the field, and no user is created", async ({ page }) => {
  const name = `Không Tạo ${uniqueSuffix()}`;
  const email = "khong-hop-le";

  await signIn(page, demo.admin);
  await open(page, "/quan-tri/nguoi-dung");
  const form = card(page, "Tạo người dùng");
  const nameField = form.getByLabel("Họ và tên");
  const emailField = form.getByLabel("Thư điện tử");
  await nameField.fill(name);
  await emailField.fill(email);
  await form.getByRole("button", { name: "Tạo người dùng" }).click();

  await expect(statusMessage(page, "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.")).toBeVisible();
  await expect(emailField).toHaveAttribute("aria-invalid", "true");
  await expect(emailField).toHaveAccessibleDescription("Thư điện tử không hợp lệ.");
  // What was typed is kept.
  await expect(emailField).toHaveValue(email);
  await expect(nameField).toHaveValue(name);
  await expect(nameField).not.toHaveAttribute("aria-invalid", "true");

  expect(await countUsers({ name, email })).toBe(0);
  await page.getByRole("searchbox", { name: "Tìm theo tên hoặc thư điện tử" }).fill(name);
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByRole("heading", { level: 2, name: "0 người dùng" })).toBeVisible();
  await expect(page.getByText("Không có người dùng nào khớp.")).toBeVisible();
});

test("an agency officer opening the users page gets the Vietnamese 404 page", async ({ page }) => {
  await signIn(page, demo.officer);
  const response = await page.goto("/quan-tri/nguoi-dung");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByText("Trang bạn tìm không tồn tại hoặc bạn không có quyền xem.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tạo người dùng" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Về trang chủ" })).toBeVisible();
});
