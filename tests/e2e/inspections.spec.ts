import { expect, test, type Page } from "@playwright/test";
import { demo, hydrated, open, signIn, statusMessage } from "./support/auth";
import { createUser } from "./support/db";
import { addTeamMember, inspectionIdOf, inspectionStatus, itemCount } from "./support/inspections";
import { createPlan, unit } from "./support/plans";

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

const progress = (page: Page) => page.getByRole("progressbar", { name: "Tiến độ đánh giá" });
const item = (page: Page, index: number) => page.locator(`[data-item-index="${index}"]`);

test("an inspector fills a checklist by keyboard on a tablet, raises a finding and signs off; a stale save meets the conflict; the unit then reads the result", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  // A submitted plan with Long Xuyên on site, led by a fresh inspector; the committee's approval creates the inspections.
  const plan = await createPlan({ status: "SUBMITTED", targets: [unit.longXuyen.code], onSite: [unit.longXuyen.code] });
  const lead = await createUser({ role: "DOST_INSPECTOR" });
  await addTeamMember(plan.id, lead.id, "LEAD");
  const committee = await browser.newContext();
  const committeePage = await committee.newPage();
  await signIn(committeePage, demo.committee);
  await open(committeePage, `/ke-hoach/${plan.id}`);
  await committeePage.getByLabel("Số quyết định phê duyệt").fill("346/QĐ-UBND");
  await committeePage.getByLabel("Ngày phê duyệt").fill("25/02/2021");
  await committeePage.getByRole("button", { name: "Phê duyệt", exact: true }).click();
  await expect(statusMessage(committeePage, "Đã ghi nhận quyết định phê duyệt kế hoạch.")).toBeVisible();
  await committee.close();
  const inspectionId = await inspectionIdOf(plan.id, unit.longXuyen.code, "ON_SITE");
  const total = await itemCount(inspectionId);

  // Two windows on the same checklist: the second will save from a stale version.
  await signIn(page, lead, lead.password);
  await open(page, `/kiem-tra/${inspectionId}`);
  const second = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  const stale = await second.newPage();
  await signIn(stale, lead, lead.password);
  await open(stale, `/kiem-tra/${inspectionId}`);

  await expect(progress(page)).toHaveAttribute("aria-valuenow", "0");
  await expect(page.getByText(`0/${total} mục`)).toBeVisible();
  await expect(page.getByText(/Phím tắt: J hoặc Alt\+↓ sang mục sau/)).toBeVisible();

  // Keyboard only: focus the first result, then 1–5 choose and J moves on; item 3 is a major nonconformity.
  await item(page, 0).getByRole("radio", { name: "Đạt" }).focus();
  for (let i = 0; i < total; i += 1) {
    await page.keyboard.press(i === 2 ? "3" : "1");
    if (i < total - 1) await page.keyboard.press("j");
  }
  await expect(progress(page)).toHaveAttribute("aria-valuenow", String(total));
  await expect(page.getByText(`${total}/${total} mục`)).toBeVisible();
  await expect(item(page, total - 1).getByRole("radio", { name: "Đạt" })).toBeFocused();
  await expect(item(page, 2).getByRole("radio", { name: "Không phù hợp nặng" })).toBeChecked();
  await expect(item(page, 0).getByText(/^Đã lưu lúc \d\d:\d\d$/)).toBeVisible();

  // Back to item 3 with K / Alt+↑, then Tab into its finding: description, corrective action.
  await page.keyboard.press("Alt+ArrowUp");
  await expect(item(page, total - 2).getByRole("radio", { name: "Đạt" })).toBeFocused();
  await item(page, 2).getByRole("radio", { name: "Không phù hợp nặng" }).focus();
  const finding = item(page, 2).getByRole("form", { name: /^Phát hiện số 1 — Không phù hợp nặng$/ });
  await expect(finding).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(item(page, 2).getByRole("textbox", { name: /^Ghi chú/ })).toBeFocused();
  await page.keyboard.type("Chưa cập nhật danh mục TTHC");
  await page.keyboard.press("Tab");
  await expect(finding.getByLabel("Mô tả phát hiện")).toBeFocused();
  await page.keyboard.type("Phạm vi HTQLCL còn thiếu 12 thủ tục hành chính.");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Bổ sung quy trình cho các TTHC còn thiếu và công bố lại phạm vi.");
  await finding.getByRole("button", { name: "Lưu phát hiện" }).focus();
  await page.keyboard.press("Enter");
  await expect(finding.getByRole("status").filter({ hasText: "Đã lưu phát hiện." })).toBeVisible();

  // The stale window saves item 1 from version 0: refused, with the saved value shown beside its own.
  await item(stale, 0).getByRole("radio", { name: "Đạt" }).focus();
  await stale.keyboard.press("2");
  const conflict = item(stale, 0).getByRole("group", { name: /vừa được người khác lưu/ });
  await expect(conflict).toContainText(`${lead.name} đã lưu mục này lúc`);
  await expect(conflict.getByRole("definition").first()).toHaveText("Đạt");
  await expect(conflict.getByRole("definition").nth(1)).toHaveText("Không phù hợp nhẹ");
  await conflict.getByRole("button", { name: "Dùng giá trị này" }).focus();
  await stale.keyboard.press("Enter");
  await expect(item(stale, 0).getByRole("radio", { name: "Đạt" })).toBeChecked();
  await second.close();

  // Conclusion and sign-off, by keyboard.
  await open(page, `/kiem-tra/${inspectionId}/ket-luan`);
  await page.getByLabel("Ngày lập biên bản").focus();
  await page.keyboard.type("20/06/2021");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Nguyễn Văn Đại Diện");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Phó Chủ tịch UBND");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Kết quả chung")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Kết quả chung")).toHaveValue("CONFORMING_WITH_FINDINGS");
  await page.getByRole("button", { name: "Lưu kết luận" }).focus();
  await page.keyboard.press("Enter");
  await expect(statusMessage(page, "Đã lưu kết luận.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Phát hiện" }).getByRole("row").nth(1)).toContainText("20/08/2021");
  await page.getByRole("button", { name: "Ký kết luận" }).focus();
  await page.keyboard.press("Enter");
  await expect(statusMessage(page, "Đã ký kết luận; cuộc kiểm tra đã khoá.")).toBeVisible();
  expect(await inspectionStatus(inspectionId)).toBe("SIGNED_OFF");

  // The unit's officer reads the signed-off result and its finding; another unit's officer gets 404.
  const officer = await createUser({ role: "AGENCY_OFFICER", agencyCode: unit.longXuyen.code });
  const officerContext = await browser.newContext();
  const officerPage = await officerContext.newPage();
  await signIn(officerPage, officer, officer.password);
  await open(officerPage, `/kiem-tra/${inspectionId}/ket-luan`);
  await expect(
    officerPage.getByRole("heading", { level: 1, name: `${unit.longXuyen.name} — Tại trụ sở` }),
  ).toBeVisible();
  await expect(officerPage.getByText("Đạt, còn điểm cần khắc phục")).toBeVisible();
  await expect(officerPage.getByRole("table", { name: "Phát hiện" })).toContainText(
    "Phạm vi HTQLCL còn thiếu 12 thủ tục hành chính.",
  );
  await expect(officerPage.getByRole("button", { name: "Ký kết luận" })).toHaveCount(0);
  await officerContext.close();

  const stranger = await createUser({ role: "AGENCY_OFFICER", agencyCode: unit.chauDoc.code });
  const strangerContext = await browser.newContext();
  const strangerPage = await strangerContext.newPage();
  await signIn(strangerPage, stranger, stranger.password);
  const response = await strangerPage.goto(`/kiem-tra/${inspectionId}`);
  expect(response?.status()).toBe(404);
  await strangerContext.close();
});

test("an agency officer cannot open an inspection of their unit before it is signed off", async ({ page }) => {
  const plan = await createPlan({ status: "SUBMITTED", targets: [unit.chauDoc.code] });
  const committee = await page.context().browser()!.newContext();
  const committeePage = await committee.newPage();
  await signIn(committeePage, demo.committee);
  await open(committeePage, `/ke-hoach/${plan.id}`);
  await hydrated(committeePage);
  await committeePage.getByLabel("Số quyết định phê duyệt").fill("346/QĐ-UBND");
  await committeePage.getByLabel("Ngày phê duyệt").fill("25/02/2021");
  await committeePage.getByRole("button", { name: "Phê duyệt", exact: true }).click();
  await expect(statusMessage(committeePage, "Đã ghi nhận quyết định phê duyệt kế hoạch.")).toBeVisible();
  await committee.close();
  const inspectionId = await inspectionIdOf(plan.id, unit.chauDoc.code, "DOSSIER");
  const officer = await createUser({ role: "AGENCY_OFFICER", agencyCode: unit.chauDoc.code });
  await signIn(page, officer, officer.password);
  expect((await page.goto(`/kiem-tra/${inspectionId}`))?.status()).toBe(404);
  await open(page, "/kiem-tra");
  await expect(page.getByRole("link", { name: unit.chauDoc.name })).toHaveCount(0);
});
