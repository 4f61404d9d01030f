import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createAgency } from "./support/agencies";
import { card, demo, open, signIn, statusMessage } from "./support/auth";
import { createUser, withClient, type TestUser } from "./support/db";
import { createPlan } from "./support/plans";

const pdf = path.join(import.meta.dirname, "fixtures", "bao-cao-danh-gia-noi-bo.pdf");

/**
 * A unit of its own in an approved 2021 plan, with an officer: no other test touches its records. Its QMS
 * dates from 01/02/2021 (lib/plans/targets/proposed-scope.ts), so the 2021 plans other tests draw up never propose it.
 */
async function unitWithOfficer() {
  const unit = await createAgency();
  await withClient((client) =>
    client.query(`UPDATE agency SET "qmsSince" = DATE '2021-02-01' WHERE id = $1`, [unit.id]),
  );
  const officer = await createUser({ role: "AGENCY_OFFICER", agencyCode: unit.code });
  const plan = await createPlan({ status: "APPROVED", targets: [unit.code] });
  return { unit, officer, plan };
}

async function signedIn(browser: Browser, account: { email: string; name: string; password?: string }): Promise<Page> {
  const page = await (await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" })).newPage();
  await signIn(page, account, account.password);
  return page;
}

const completeness = (page: Page, unitName: string) =>
  page.getByRole("meter", { name: `Mức độ đầy đủ hồ sơ của ${unitName}` });

test("an officer uploads an internal audit report, DOST asks for a revision, version 2 is accepted, completeness rises; another unit's officer gets 404 on the file", async ({
  browser,
}) => {
  // Four people, two uploads and two reviews in one journey: about 45 s alone, more beside other tests.
  test.slow();
  const { unit, officer, plan } = await unitWithOfficer();
  const title = `Báo cáo đánh giá nội bộ năm 2021 — ${unit.code}`;
  const agency = await signedIn(browser, officer);

  await agency
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Hồ sơ HTQLCL" })
    .click();
  await expect(agency.getByRole("heading", { level: 1, name: "Hồ sơ HTQLCL" })).toBeVisible();
  await expect(completeness(agency, unit.name)).toHaveAttribute("aria-valuenow", "0");

  await agency.getByRole("link", { name: "Nộp hồ sơ" }).click();
  await expect(agency.getByRole("heading", { level: 1, name: "Nộp hồ sơ" })).toBeVisible();
  await agency.getByLabel("Loại hồ sơ").selectOption({ label: "Báo cáo đánh giá nội bộ" });
  await agency.getByLabel("Kế hoạch kiểm tra").selectOption({ label: `${plan.number} (2021)` });
  await agency.getByLabel("Tên hồ sơ").fill(title);
  await agency.getByLabel("Từ ngày").fill("01/01/2021");
  await agency.getByLabel("Đến ngày").fill("30/11/2021");
  await agency.getByLabel("Tệp đính kèm").setInputFiles(pdf);
  await agency.getByRole("button", { name: "Nộp hồ sơ" }).click();

  await expect(agency.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(agency.getByRole("main").getByText("Chờ xem xét").first()).toBeVisible();
  await expect(agency.getByTitle("bao-cao-danh-gia-noi-bo.pdf")).toBeVisible();
  const recordUrl = agency.url();
  const fileHref = await agency.getByRole("link", { name: "bao-cao-danh-gia-noi-bo.pdf" }).getAttribute("href");
  expect(fileHref).toMatch(/^\/api\/ho-so\/tep\/[0-9a-f-]{36}$/);

  // DOST finds it in the queue by the unit's name typed without diacritics, and asks for a revision.
  const dost = await signedIn(browser, demo.inspector);
  await open(dost, `/ho-so?q=${encodeURIComponent(unit.name.normalize("NFD").replace(/\p{M}/gu, ""))}`);
  await dost.getByRole("table", { name: "Danh sách hồ sơ" }).getByRole("link", { name: title }).click();
  const review = card(dost, "Xem xét phiên bản 1");
  await review.getByRole("button", { name: "Yêu cầu chỉnh sửa" }).click();
  await expect(review.getByText("Nêu rõ nội dung cần chỉnh sửa.")).toBeVisible();
  await review.getByLabel("Ý kiến").fill("Thiếu chữ ký của Trưởng ban ISO và ngày đánh giá.");
  await review.getByRole("button", { name: "Yêu cầu chỉnh sửa" }).click();
  await expect(statusMessage(dost, "Đã gửi yêu cầu chỉnh sửa cho đơn vị.")).toBeVisible();

  // The unit sees the status and the comment, and answers with version 2.
  await open(agency, recordUrl);
  await expect(agency.getByRole("main").getByText("Yêu cầu chỉnh sửa").first()).toBeVisible();
  await expect(card(agency, "Trao đổi")).toContainText("Thiếu chữ ký của Trưởng ban ISO và ngày đánh giá.");
  await agency.getByRole("link", { name: "Tải phiên bản mới" }).click();
  await expect(card(agency, "Nội dung Sở KH&CN yêu cầu chỉnh sửa")).toContainText(
    "Thiếu chữ ký của Trưởng ban ISO và ngày đánh giá.",
  );
  await expect(agency.getByLabel("Từ ngày")).toHaveValue("01/01/2021");
  await agency.getByLabel("Tệp đính kèm").setInputFiles(pdf);
  await agency.getByLabel("Ghi chú").fill("Đã bổ sung chữ ký.");
  await agency.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(agency.getByRole("heading", { level: 3, name: /Phiên bản 2/ })).toBeVisible();
  await expect(agency.getByRole("heading", { level: 3, name: /Phiên bản 1/ })).toBeVisible();

  await open(dost, recordUrl);
  const second = card(dost, "Xem xét phiên bản 2");
  await second.getByRole("button", { name: "Chấp nhận" }).click();
  await expect(statusMessage(dost, "Đã chấp nhận hồ sơ.")).toBeVisible();
  const thread = card(dost, "Trao đổi").getByRole("listitem");
  await expect(thread).toHaveCount(4);
  await expect(thread.last()).toContainText("Chấp nhận phiên bản 2");

  // Completeness rises: 1 of the 6 required categories accepted.
  await open(agency, "/ho-so");
  await expect(completeness(agency, unit.name)).toHaveAttribute("aria-valuenow", "16");
  await expect(
    agency.getByRole("table", { name: "Danh sách hồ sơ" }).getByRole("row").filter({ hasText: title }),
  ).toContainText("Đã chấp nhận");

  // Another unit's officer: the file and the record are not found, by direct URL too.
  const stranger = await signedIn(browser, await createUser({ role: "AGENCY_OFFICER" }));
  const refused = await stranger.request.get(fileHref!);
  expect(refused.status()).toBe(404);
  expect(await refused.json()).toEqual({ code: "NOT_FOUND", message: "Không tìm thấy dữ liệu yêu cầu." });
  expect((await stranger.goto(recordUrl))?.status()).toBe(404);
  expect((await agency.request.get(fileHref!)).status()).toBe(200);
});

test("a renamed executable is refused with a Vietnamese message and nothing is listed", async ({ browser }) => {
  const { officer }: { officer: TestUser } = await unitWithOfficer();
  const title = `Chính sách chất lượng giả mạo ${officer.email}`;
  const page = await signedIn(browser, officer);
  await open(page, "/ho-so/moi");
  // Sent empty, the form shows every field's problem at once: the date's and the file's together.
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.getByLabel("Tệp đính kèm")).toHaveAccessibleDescription(/Chọn ít nhất một tệp\./);
  await expect(page.getByLabel("Ngày hiệu lực")).toHaveAccessibleDescription(
    "Nhập ngày hiệu lực hoặc thời kỳ (từ ngày – đến ngày) mà hồ sơ áp dụng.",
  );
  await expect(page.getByLabel("Loại hồ sơ")).toHaveAccessibleDescription("Chọn loại hồ sơ.");
  await expect(page.getByLabel("Tên hồ sơ")).toHaveAccessibleDescription("Vui lòng nhập trường này.");
  await page.getByLabel("Loại hồ sơ").selectOption({ label: "Chính sách và mục tiêu chất lượng" });
  await page.getByLabel("Tên hồ sơ").fill(title);
  await page.getByLabel("Ngày hiệu lực").fill("05/01/2021");
  await page.getByLabel("Tệp đính kèm").setInputFiles({
    name: "chinh-sach.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xffThis program cannot be run in DOS mode."),
  });
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  // The type is read from the bytes: the message names the file and the kinds allowed; the field shows it too.
  await expect(
    statusMessage(page, "Tệp “chinh-sach.pdf” không phải PDF, DOCX, XLSX, JPEG hoặc PNG (nhận diện theo nội dung)."),
  ).toBeVisible();
  await expect(page.getByLabel("Tệp đính kèm")).toHaveAccessibleDescription(/không phải PDF/);
  await expect(page.getByRole("heading", { level: 1, name: "Nộp hồ sơ" })).toBeVisible();
  await open(page, "/ho-so");
  await expect(page.getByText("Chưa có hồ sơ nào.")).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

test("the annual report form is checked and reviewed like a record; DOST requests the missing records and the officer sees the request", async ({
  browser,
}) => {
  const { unit, officer, plan } = await unitWithOfficer();
  const agency = await signedIn(browser, officer);
  // The years offered are those of the plans the unit is in: here 2021 only, the default.
  await open(agency, "/ho-so/bao-cao-nam/moi?nam=2025");
  await expect(statusMessage(agency, "Năm 2025 không có kế hoạch kiểm tra nào mà đơn vị thuộc phạm vi.")).toBeVisible();
  await expect(agency.getByRole("button", { name: "Nộp báo cáo" })).toHaveCount(0);
  await expect(agency.getByRole("combobox", { name: "Năm báo cáo" }).locator("option")).toHaveText(["2021"]);
  await agency.getByRole("button", { name: "Mở biểu mẫu" }).click();
  await expect(agency).toHaveURL(/\/ho-so\/bao-cao-nam\/moi\?nam=2021$/);
  await expect(agency.getByRole("heading", { level: 1, name: "Báo cáo năm 2021 về áp dụng HTQLCL" })).toBeVisible();
  await agency.getByLabel("Phạm vi áp dụng HTQLCL").fill("Toàn bộ 152 thủ tục hành chính thuộc thẩm quyền giải quyết");
  await agency.getByLabel("Số quy trình trong phạm vi").fill("152");
  await agency.getByLabel("Ngày đánh giá nội bộ").fill("15/10/2020");
  await agency.getByLabel("Phạm vi HTQLCL có thay đổi trong năm").check();
  await agency.getByLabel("Số quyết định công bố lại").fill("12/QD");
  await agency.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(agency.getByLabel("Ngày đánh giá nội bộ")).toHaveAccessibleDescription(
    "Ngày này phải thuộc năm báo cáo.",
  );
  await expect(agency.getByLabel("Số quyết định công bố lại")).toHaveAccessibleDescription(
    "Số quyết định không đúng dạng, ví dụ 12/QĐ-UBND.",
  );
  await agency.getByLabel("Ngày đánh giá nội bộ").fill("15/10/2021");
  await agency.getByLabel("Số quyết định công bố lại").fill("12/QĐ-UBND");
  await agency.getByLabel("Ngày công bố lại").fill("01/06/2021");
  await agency.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(agency.getByRole("heading", { level: 1, name: "Báo cáo năm 2021 về áp dụng HTQLCL" })).toBeVisible();
  await expect(card(agency, "Nội dung báo cáo — phiên bản 1")).toContainText("12/QĐ-UBND (01/06/2021)");

  const dost = await signedIn(browser, demo.inspector);
  await open(dost, `/ho-so/day-du?plan=${plan.id}`);
  const row = dost.getByRole("table", { name: "Mức độ đầy đủ hồ sơ" }).getByRole("row").filter({ hasText: unit.name });
  await expect(row).toContainText("Báo cáo năm về áp dụng HTQLCL");
  await expect(completeness(dost, unit.name)).toHaveAttribute("aria-valuenow", "0");
  await row.getByRole("button", { name: "Yêu cầu bổ sung" }).click();
  await expect(statusMessage(dost, "Đã gửi yêu cầu bổ sung hồ sơ tới 1 đơn vị.")).toBeVisible();

  await open(agency, "/ho-so");
  await expect(statusMessage(agency, "Sở KH&CN yêu cầu bổ sung")).toContainText(
    "Quyết định công bố HTQLCL; Chính sách và mục tiêu chất lượng",
  );
  await expect(statusMessage(agency, "Sở KH&CN yêu cầu bổ sung")).not.toContainText("Báo cáo năm");
});

test("the officer chooses the plan of their completeness panel; it opens on the plan at work, not a newer completed one", async ({
  browser,
}) => {
  const { unit, officer, plan } = await unitWithOfficer();
  const later = await createPlan({ status: "APPROVED", targets: [unit.code] });
  await withClient((client) =>
    client.query(`UPDATE inspection_plan SET year = 2022, status = 'COMPLETED' WHERE id = $1`, [later.id]),
  );
  const agency = await signedIn(browser, officer);
  await open(agency, "/ho-so");
  await expect(
    agency.getByRole("heading", { level: 2, name: `Mức độ đầy đủ hồ sơ — kế hoạch ${plan.number} (2021)` }),
  ).toBeVisible();
  const choice = agency.getByRole("combobox", { name: "Kế hoạch kiểm tra" });
  await expect(choice.locator("option")).toHaveText([`${later.number} (2022)`, `${plan.number} (2021)`]);
  await choice.selectOption({ label: `${later.number} (2022)` });
  await agency.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(agency).toHaveURL(new RegExp(`[?&]ke-hoach=${later.id}$`));
  await expect(
    agency.getByRole("heading", { level: 2, name: `Mức độ đầy đủ hồ sơ — kế hoạch ${later.number} (2022)` }),
  ).toBeVisible();
  await expect(completeness(agency, unit.name)).toHaveAttribute("aria-valuenow", "0");
  await expect(choice).toHaveValue(later.id);
});
