import { expect, test } from "@playwright/test";
import { card, demo, hydrated, open, signIn, statusMessage } from "./support/auth";
import { createPlan, planIdOf, putMandatoryOnSite, seededPlanId, uniquePlanNumber, unit } from "./support/plans";

/**
 * The seeded 2021 plan as its users walk it: a sample team and schedule to start from, an inspection tab that
 * pages and filters, a copy into 2022 that is no sample and states its own figures, and a read-only line that
 * matches the plan's state. None of these tests changes the seeded plan (other files read it).
 */
const justice = "Huỳnh Văn Pháp";

test("the seeded 2021 plan has a sample team, its decision and a visit to every on-site unit; the Long Xuyên officer sees theirs", async ({
  browser,
  page,
}) => {
  const id = await seededPlanId();
  await signIn(page, demo.inspector);
  await open(page, `/ke-hoach/${id}/doan`);
  await expect(page.getByRole("heading", { level: 1, name: "05/KH-SKHCN — Đoàn kiểm tra" })).toBeVisible();
  await expect(page.getByText("Quyết định thành lập đoàn: 512/QĐ-UBND (15/03/2021)")).toBeVisible();
  await expect(
    statusMessage(
      page,
      "Dữ liệu mẫu: đoàn kiểm tra, quyết định thành lập đoàn và lịch kiểm tra tại trụ sở của kế hoạch này là minh hoạ.",
    ),
  ).toBeVisible();
  const team = page.getByRole("table", { name: "Đoàn kiểm tra" });
  await expect(team.getByRole("row").filter({ hasText: demo.inspector.name })).toContainText("Trưởng đoàn");
  await expect(team.getByRole("row").filter({ hasText: demo.partner.name })).toContainText("Sở Nội vụ");
  await expect(team.getByRole("row").filter({ hasText: justice })).toContainText("Sở Tư pháp");

  await page
    .getByRole("navigation", { name: "Kế hoạch" })
    .getByRole("link", { name: "Lịch kiểm tra tại trụ sở" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "05/KH-SKHCN — Lịch kiểm tra tại trụ sở" })).toBeVisible();
  const visits = page.getByRole("table", { name: "Danh sách" });
  await expect(visits.getByRole("row")).toHaveCount(67);
  const longXuyen = visits.getByRole("row").filter({ hasText: unit.longXuyen.name });
  await expect(longXuyen).toContainText("08:00 19/04/2021 – 11:00");
  for (const name of [demo.inspector.name, demo.partner.name, justice]) await expect(longXuyen).toContainText(name);
  await expect(page.getByText("Lịch có xung đột")).toHaveCount(0);

  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  try {
    const officer = await context.newPage();
    await signIn(officer, demo.officer);
    await open(officer, `/ke-hoach/${id}`);
    const yours = card(officer, "Lịch kiểm tra tại trụ sở của đơn vị bạn");
    await expect(yours).toContainText(`${unit.longXuyen.name}: Kiểm tra tại trụ sở (Bắt buộc)`);
    await expect(yours.getByRole("listitem")).toHaveText(["08:00 19/04/2021 – 11:00 19/04/2021"]);
  } finally {
    await context.close();
  }
});

test("the plan's inspections tab shows 25 a page and filters by unit without diacritics, form, status and assignee", async ({
  page,
}) => {
  const id = await seededPlanId();
  await signIn(page, demo.inspector);
  await open(page, `/ke-hoach/${id}/kiem-tra`);
  await expect(page.getByRole("heading", { level: 1, name: "05/KH-SKHCN — Kiểm tra" })).toBeVisible();
  const rows = page.getByRole("table", { name: "Kiểm tra" }).getByRole("row");
  await expect(card(page, "263 cuộc kiểm tra")).toBeVisible();
  await expect(rows).toHaveCount(26);
  await expect(page.getByText("Trang 1/11")).toBeVisible();
  await page.getByRole("link", { name: "Trang sau" }).click();
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}/kiem-tra\\?page=2$`));
  await expect(page.getByText("Trang 2/11")).toBeVisible();
  await expect(rows).toHaveCount(26);

  // Long Xuyên typed without diacritics, on site only.
  const filters = page.getByRole("search", { name: "Lọc" });
  await filters.getByRole("searchbox", { name: "Tìm đơn vị" }).fill("long xuyen");
  await filters.getByLabel("Hình thức").selectOption({ label: "Tại trụ sở" });
  await filters.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=long\+xuyen/);
  await expect(page).toHaveURL(/[?&]kind=ON_SITE/);
  await expect(card(page, "1 cuộc kiểm tra")).toBeVisible();
  await expect(rows.nth(1)).toContainText(unit.longXuyen.name);
  await expect(rows.nth(1)).toContainText("Tại trụ sở");
  await expect(page.getByText(/^Trang \d+\/\d+$/)).toHaveCount(0);

  // Everyone is assigned in the sample year; the Justice member has the 66 on-site inspections.
  await filters.getByRole("searchbox", { name: "Tìm đơn vị" }).fill("");
  await filters.getByLabel("Hình thức").selectOption({ label: "Tất cả" });
  await filters.getByLabel("Người được phân công").selectOption({ label: "Chưa phân công" });
  await filters.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page).toHaveURL(/[?&]assignee=none/);
  await expect(page.getByText("Không có cuộc kiểm tra nào.")).toBeVisible();
  await filters.getByLabel("Người được phân công").selectOption({ label: `${justice} (Thành viên)` });
  await filters.getByLabel("Trạng thái").selectOption({ label: "Chưa bắt đầu" });
  await filters.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(card(page, "66 cuộc kiểm tra")).toBeVisible();
  await expect(page.getByText("Trang 1/3")).toBeVisible();
  await page.getByRole("link", { name: "Trang sau" }).click();
  await expect(page).toHaveURL(/[?&]assignee=[0-9a-f-]{36}/);
  await expect(page).toHaveURL(/[?&]status=NOT_STARTED/);
  await expect(page.getByText("Trang 2/3")).toBeVisible();
  await expect(filters.getByLabel("Người được phân công")).toHaveValue(/[0-9a-f-]{36}/);
});

test("a copy of the seeded plan into 2022 carries no sample label, and its text states its own figures", async ({
  page,
}) => {
  const id = await seededPlanId();
  const number = uniquePlanNumber();
  await signIn(page, demo.admin);
  await open(page, "/ke-hoach");
  await hydrated(page);
  await page.getByLabel("Sao chép từ năm trước").selectOption(id);
  await page.getByLabel("Năm", { exact: true }).fill("2022");
  await page.getByLabel("Số hiệu", { exact: true }).fill(number);
  await page.getByLabel("Ngày ban hành", { exact: true }).fill("10/01/2022");
  await page.getByRole("button", { name: "Sao chép từ năm trước" }).click();
  await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
  const copyId = planIdOf(page.url());

  await expect(page.getByText("Dữ liệu mẫu", { exact: false })).toHaveCount(0);
  const overview = card(page, "Tổng quan");
  await expect(overview).toContainText(
    "Kiểm tra qua hồ sơ, báo cáo 197 cơ quan, đơn vị (Cơ quan cấp tỉnh: 30; UBND cấp huyện: 11; UBND cấp xã: 156).",
  );
  await expect(overview).toContainText(
    "Kiểm tra tại trụ sở 14 cơ quan, đơn vị bắt buộc áp dụng (Cơ quan cấp tỉnh: 10; UBND cấp huyện: 4)",
  );

  // One more unit on site: the plan's words follow its numbers.
  await putMandatoryOnSite(copyId, 1);
  await page.reload();
  await expect(overview).toContainText("Kiểm tra tại trụ sở 15 cơ quan, đơn vị bắt buộc áp dụng");
  await expect(overview).toContainText(
    "Kiểm tra tại trụ sở 52 đơn vị thuộc diện khuyến khích áp dụng (UBND cấp xã: 52).",
  );
  await expect(card(page, "Tổng hợp phạm vi")).toContainText("Tại trụ sở: 67 = bắt buộc 15 + khuyến khích 52");
  await expect(overview).not.toContainText("10 cơ quan cấp tỉnh, 4 UBND cấp huyện");
  await expect(overview).not.toContainText("Kiểm tra tại trụ sở 14 cơ quan");
  await open(page, `/ke-hoach/${copyId}/pham-vi`);
  await expect(page.getByText("Dữ liệu mẫu", { exact: false })).toHaveCount(0);

  // The seeded plan itself keeps its label.
  await open(page, `/ke-hoach/${id}`);
  await expect(
    statusMessage(
      page,
      "Dữ liệu mẫu: danh sách đơn vị kiểm tra tại trụ sở là minh hoạ (danh sách thực tế không công bố).",
    ),
  ).toBeVisible();
});

test("the committee is told a submitted plan awaits its decision, not that it is approved", async ({ page }) => {
  const plan = await createPlan({ status: "SUBMITTED", targets: [unit.dost.code, unit.chauDoc.code] });
  await signIn(page, demo.committee);
  await open(page, `/ke-hoach/${plan.id}`);
  await expect(page.getByRole("main").getByText("Đã trình UBND tỉnh", { exact: true })).toBeVisible();
  const awaiting =
    "Kế hoạch đang chờ UBND tỉnh phê duyệt: nội dung chỉ được xem; phê duyệt, hoặc trả lại kèm ý kiến để Sở KH&CN chỉnh sửa.";
  await expect(page.getByText(awaiting)).toBeVisible();
  await expect(page.getByText(/đã phê duyệt chỉ được xem/)).toHaveCount(0);
  await open(page, `/ke-hoach/${plan.id}/pham-vi`);
  await expect(page.getByText(awaiting)).toBeVisible();
  await expect(page.getByText(/đã phê duyệt chỉ được xem/)).toHaveCount(0);

  // Once approved, it says so.
  await open(page, `/ke-hoach/${plan.id}`);
  await hydrated(page);
  await page.getByLabel("Số quyết định phê duyệt").fill("346/QĐ-UBND");
  await page.getByLabel("Ngày phê duyệt").fill("25/02/2021");
  await page.getByRole("button", { name: "Phê duyệt", exact: true }).click();
  await expect(page.getByRole("main").getByText("Đã phê duyệt", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Kế hoạch đã phê duyệt chỉ được xem.", { exact: true })).toBeVisible();
  await expect(page.getByText(awaiting)).toHaveCount(0);
});
