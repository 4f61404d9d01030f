import { expect, test, type Page } from "@playwright/test";
import { card, demo, hydrated, open, signIn, statusMessage } from "./support/auth";
import {
  countPlans,
  createPlan,
  planIdOf,
  planState,
  putMandatoryOnSite,
  uniquePlanNumber,
  unit,
} from "./support/plans";

/** The status badge next to the plan's title. */
const status = (page: Page, label: string) => page.getByRole("main").getByText(label, { exact: true });

/** The total row of the scope summary: kind, dossier, on site mandatory, on site encouraged. */
const summaryTotal = (page: Page) =>
  card(page, "Tổng hợp phạm vi")
    .getByRole("table", { name: "Tổng hợp phạm vi" })
    .getByRole("row")
    .filter({ hasText: "Tổng cộng" })
    .getByRole("cell");

test("a plan goes from draft to approval: one-third rule, return with a comment, resubmission, approval, then read-only", async ({
  browser,
  page,
}) => {
  // Two people, two submissions and a return in one journey: about 50 s alone, more beside other tests.
  test.slow();
  const number = uniquePlanNumber();
  const title = `Kế hoạch kiểm tra ISO 9001 năm 2021 (${number})`;
  const comment = `Bổ sung căn cứ và sửa trích yếu (${number}).`;

  // The DOST administrator drafts the plan.
  await signIn(page, demo.admin);
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Kế hoạch kiểm tra" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Kế hoạch kiểm tra" })).toBeVisible();
  await page.getByRole("link", { name: "Lập kế hoạch mới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lập kế hoạch mới" })).toBeVisible();
  await hydrated(page);
  await page.getByLabel("Năm", { exact: true }).fill("2021");
  await page.getByLabel("Số hiệu").fill(number);
  await page.getByLabel("Ngày ban hành").fill("19/01/2021");
  await page.getByLabel("Trích yếu").fill(title);
  await page.getByRole("button", { name: "Lập kế hoạch mới" }).click();

  await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
  const planId = planIdOf(page.url());
  await expect(status(page, "Dự thảo")).toBeVisible();
  await expect(page.getByText(title)).toBeVisible();

  // The scope is proposed from the registry: 197 units through their dossiers, none on site yet.
  const summary = card(page, "Tổng hợp phạm vi");
  await expect(summary.getByRole("columnheader", { name: "Qua hồ sơ, báo cáo" })).toBeVisible();
  await expect(summaryTotal(page)).toHaveText(["Tổng cộng", "197", "0", "0"]);
  await expect(summary).toContainText("41 đơn vị → ít nhất 14; hiện có 0.");
  await expect(summary.getByText("Chưa đạt: cần thêm 14 đơn vị bắt buộc kiểm tra tại trụ sở.")).toBeVisible();

  // Submitting now is refused: the one-third rule of TT26 Art. 33.
  const workflow = card(page, "Quy trình phê duyệt");
  await workflow.getByRole("button", { name: "Trình UBND tỉnh" }).click();
  const refused = statusMessage(page, "Chưa thể trình:");
  await expect(refused.getByRole("listitem")).toHaveText([
    "Kiểm tra tại trụ sở phải có ít nhất 14 đơn vị bắt buộc (1/3 của 41); hiện có 0.",
  ]);
  await expect(workflow).not.toContainText("{required}");
  await expect(status(page, "Dự thảo")).toBeVisible();

  // 13 mandatory units on site straight in the database, the 14th on the scope page.
  await putMandatoryOnSite(planId, 13, [unit.finance.code]);
  await page.getByRole("navigation", { name: "Kế hoạch" }).getByRole("link", { name: "Phạm vi kiểm tra" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${number} — Phạm vi kiểm tra` })).toBeVisible();
  await hydrated(page);
  await expect(page.getByText("Chưa đạt: cần thêm 1 đơn vị bắt buộc kiểm tra tại trụ sở.")).toBeVisible();
  await page.getByRole("searchbox", { name: "Lọc đơn vị" }).fill(unit.finance.name);
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await hydrated(page);
  const onSite = page.getByRole("checkbox", { name: `Kiểm tra tại trụ sở: ${unit.finance.name}` });
  const category = page.getByRole("combobox", { name: `Loại: ${unit.finance.name}` });
  const rationale = page.getByRole("textbox", { name: `Lý do chọn: ${unit.finance.name}` });
  const save = page.getByRole("button", { name: `Lưu: ${unit.finance.name}` });
  await expect(page.getByRole("checkbox", { name: /^Kiểm tra tại trụ sở: / })).toHaveCount(1);
  await expect(onSite).not.toBeChecked();
  await expect(category).toHaveValue("MANDATORY");

  // On site needs a rationale.
  await onSite.check();
  await save.click();
  await expect(statusMessage(page, "Nhập lý do chọn kiểm tra tại trụ sở.")).toBeVisible();
  await expect(onSite).toBeChecked();

  await rationale.fill("Năm 2020 chưa kiểm tra tại trụ sở; nhiều thủ tục hành chính.");
  await save.click();
  await expect(statusMessage(page, "Đã cập nhật phạm vi.")).toBeVisible();
  await expect(page.getByText("Đạt yêu cầu tối thiểu 1/3.")).toBeVisible();
  await expect(summaryTotal(page)).toHaveText(["Tổng cộng", "197", "14", "0"]);

  // Submitted to the provincial People's Committee.
  await page.getByRole("navigation", { name: "Kế hoạch" }).getByRole("link", { name: "Tổng quan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
  await hydrated(page);
  await expect(page.getByText("Đạt yêu cầu tối thiểu 1/3.")).toBeVisible();
  await card(page, "Quy trình phê duyệt").getByRole("button", { name: "Trình UBND tỉnh" }).click();
  await expect(statusMessage(page, "Đã trình kế hoạch lên UBND tỉnh.")).toBeVisible();
  await expect(status(page, "Đã trình UBND tỉnh")).toBeVisible();

  const committeeContext = await browser.newContext();
  try {
    const committee = await committeeContext.newPage();
    // The committee returns it with a comment.
    await signIn(committee, demo.committee);
    await committee
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Kế hoạch kiểm tra" })
      .click();
    await committee.getByRole("link", { name: number, exact: true }).click();
    await expect(committee.getByRole("heading", { level: 1, name: number })).toBeVisible();
    await expect(status(committee, "Đã trình UBND tỉnh")).toBeVisible();
    await hydrated(committee);
    await committee.getByLabel("Ý kiến").fill(comment);
    await committee.getByRole("button", { name: "Trả lại để chỉnh sửa" }).click();
    await expect(status(committee, "Dự thảo")).toBeVisible();
    await expect(committee.getByRole("button", { name: "Phê duyệt" })).toHaveCount(0);

    // The administrator reads the comment in the thread and in a notification.
    await page.reload();
    await expect(status(page, "Dự thảo")).toBeVisible();
    const thread = card(page, "Diễn biến");
    const returned = thread.getByRole("listitem").filter({ hasText: "Trả lại" });
    await expect(returned).toContainText(comment);
    await expect(returned).toContainText(demo.committee.name);
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Thông báo" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Thông báo" })).toBeVisible();
    const notification = page.getByRole("listitem").filter({ hasText: `Kế hoạch ${number} (2021) bị trả lại` });
    await expect(notification).toContainText(`UBND tỉnh trả lại kế hoạch ${number} (2021): ${comment}`);
    await notification.getByRole("link", { name: "Mở" }).click();
    await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();

    // The administrator corrects the title and submits again.
    await page.getByRole("link", { name: "Sửa kế hoạch" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sửa kế hoạch" })).toBeVisible();
    await hydrated(page);
    const titleField = page.getByLabel("Trích yếu");
    await expect(titleField).toHaveValue(title);
    await titleField.fill(`${title} — đã chỉnh sửa`);
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(statusMessage(page, "Đã lưu kế hoạch.")).toBeVisible();
    await page.getByRole("link", { name: `← ${number}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
    await expect(page.getByText(`${title} — đã chỉnh sửa`)).toBeVisible();
    await hydrated(page);
    await card(page, "Quy trình phê duyệt").getByRole("button", { name: "Trình UBND tỉnh" }).click();
    await expect(status(page, "Đã trình UBND tỉnh")).toBeVisible();

    // The committee approves it with its decision.
    await committee.reload();
    await expect(status(committee, "Đã trình UBND tỉnh")).toBeVisible();
    await hydrated(committee);
    await committee.getByLabel("Số quyết định phê duyệt").fill("346/QĐ-UBND");
    await committee.getByLabel("Ngày phê duyệt").fill("25/02/2021");
    await committee.getByRole("button", { name: "Phê duyệt", exact: true }).click();
    await expect(status(committee, "Đã phê duyệt")).toBeVisible();
    await expect(committee.getByText("Phê duyệt theo 346/QĐ-UBND ngày 25/02/2021")).toBeVisible();
  } finally {
    await committeeContext.close();
  }

  // Approved: read-only for the administrator.
  await page.reload();
  await expect(status(page, "Đã phê duyệt")).toBeVisible();
  await expect(page.getByText("Phê duyệt theo 346/QĐ-UBND ngày 25/02/2021")).toBeVisible();
  await expect(
    page.getByText("Kế hoạch đã phê duyệt chỉ được xem. Muốn thay đổi, hãy lập điều chỉnh kế hoạch."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Sửa kế hoạch" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Trình UBND tỉnh" })).toHaveCount(0);
  const edit = await page.goto(`/ke-hoach/${planId}/sua`);
  expect(edit?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
  await open(page, `/ke-hoach/${planId}/pham-vi?q=${encodeURIComponent(unit.finance.name)}`);
  await expect(page.getByRole("checkbox", { name: `Kiểm tra tại trụ sở: ${unit.finance.name}` })).toBeDisabled();
  await expect(page.getByRole("checkbox", { name: `Kiểm tra tại trụ sở: ${unit.finance.name}` })).toBeChecked();
  await expect(
    page.getByRole("checkbox", { name: `Kiểm tra qua hồ sơ, báo cáo: ${unit.finance.name}` }),
  ).toBeDisabled();
  await expect(page.getByRole("combobox", { name: `Loại: ${unit.finance.name}` })).toBeDisabled();
  await expect(page.getByRole("textbox", { name: `Lý do chọn: ${unit.finance.name}` })).toBeDisabled();
  await expect(page.getByRole("button", { name: `Lưu: ${unit.finance.name}` })).toHaveCount(0);
  expect(await planState(planId)).toMatchObject({
    status: "APPROVED",
    approvalNumber: "346/QĐ-UBND",
    title: `${title} — đã chỉnh sửa`,
  });
});

test("approving without a decision number, or returning without a comment, shows the field error and changes nothing", async ({
  page,
}) => {
  const plan = await createPlan({ status: "SUBMITTED" });
  await signIn(page, demo.committee);
  await open(page, `/ke-hoach/${plan.id}`);
  await expect(status(page, "Đã trình UBND tỉnh")).toBeVisible();

  const comment = page.getByLabel("Ý kiến");
  await page.getByRole("button", { name: "Trả lại để chỉnh sửa" }).click();
  await expect(comment).toHaveAttribute("aria-invalid", "true");
  await expect(comment).toHaveAccessibleDescription("Vui lòng nhập trường này.");
  await expect(status(page, "Đã trình UBND tỉnh")).toBeVisible();

  const decision = page.getByLabel("Số quyết định phê duyệt");
  const date = page.getByLabel("Ngày phê duyệt");
  await date.fill("25/02/2021");
  await page.getByRole("button", { name: "Phê duyệt", exact: true }).click();

  await expect(statusMessage(page, "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.")).toBeVisible();
  await expect(decision).toHaveAttribute("aria-invalid", "true");
  await expect(decision).toHaveAccessibleDescription("Số quyết định có dạng 346/QĐ-UBND.");
  await expect(date).toHaveValue("25/02/2021");
  await expect(date).not.toHaveAttribute("aria-invalid", "true");
  await expect(status(page, "Đã trình UBND tỉnh")).toBeVisible();

  await page.reload();
  await expect(status(page, "Đã trình UBND tỉnh")).toBeVisible();
  await expect(page.getByText("Phê duyệt theo")).toHaveCount(0);
  expect(await planState(plan.id)).toMatchObject({ status: "SUBMITTED", approvalNumber: null });
});

test("a plan number already used that year is refused, and what was typed is kept", async ({ page }) => {
  await signIn(page, demo.admin);
  await open(page, "/ke-hoach/moi");
  const title = `Trùng số hiệu ${uniquePlanNumber()}`;
  const number = page.getByLabel("Số hiệu");
  await page.getByLabel("Năm", { exact: true }).fill("2021");
  await number.fill("05/KH-SKHCN");
  await page.getByLabel("Ngày ban hành").fill("20/01/2021");
  await page.getByLabel("Trích yếu").fill(title);
  await page.getByRole("button", { name: "Lập kế hoạch mới" }).click();

  await expect(statusMessage(page, "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.")).toBeVisible();
  await expect(number).toHaveAttribute("aria-invalid", "true");
  await expect(number).toHaveAccessibleDescription(/Năm này đã có kế hoạch mang số hiệu này\./);
  await expect(page.getByText("Năm này đã có kế hoạch mang số hiệu này.")).toBeVisible();
  await expect(page).toHaveURL("/ke-hoach/moi");
  await expect(page.getByLabel("Trích yếu")).toHaveValue(title);
  // The coordinating departments chosen by default stay chosen.
  await expect(page.getByRole("checkbox", { name: "Sở Nội vụ" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Sở Tư pháp" })).toBeChecked();
  expect(await countPlans(2021, "05/KH-SKHCN")).toBe(1);
});

test("milestones out of order are refused with their messages, and no plan is created", async ({ page }) => {
  const planNumber = uniquePlanNumber();
  await signIn(page, demo.admin);
  await open(page, "/ke-hoach/moi");
  await page.getByLabel("Năm", { exact: true }).fill("2021");
  await page.getByLabel("Số hiệu").fill(planNumber);
  await page.getByLabel("Ngày ban hành").fill("19/01/2021");
  await page.getByLabel("Trích yếu").fill(`Mốc thời gian sai ${planNumber}`);
  const teamSetup = page.getByLabel("Thành lập đoàn kiểm tra");
  const start = page.getByLabel("Bắt đầu kiểm tra tại trụ sở");
  const end = page.getByLabel("Kết thúc kiểm tra tại trụ sở");
  await teamSetup.fill("15/01/2021");
  await start.fill("01/06/2021");
  await end.fill("31/05/2021");
  await page.getByRole("button", { name: "Lập kế hoạch mới" }).click();

  await expect(statusMessage(page, "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.")).toBeVisible();
  await expect(teamSetup).toHaveAttribute("aria-invalid", "true");
  await expect(teamSetup).toHaveAccessibleDescription("Mốc thời gian không được trước ngày ban hành kế hoạch.");
  await expect(end).toHaveAttribute("aria-invalid", "true");
  await expect(end).toHaveAccessibleDescription("Ngày kết thúc phải sau ngày bắt đầu.");
  await expect(start).not.toHaveAttribute("aria-invalid", "true");
  await expect(teamSetup).toHaveValue("15/01/2021");
  await expect(page).toHaveURL("/ke-hoach/moi");
  expect(await countPlans(2021, planNumber)).toBe(0);
});
