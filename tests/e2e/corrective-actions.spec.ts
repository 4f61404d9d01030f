import { expect, test, type Page } from "@playwright/test";
import { demo, open, signIn, statusMessage } from "./support/auth";
import { createUser } from "./support/db";
import { insertInspection } from "./support/inspection-rows";
import { inspectionStatus } from "./support/inspections";
import { createPlan, unit } from "./support/plans";

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

const pdf = (text: string) => Buffer.from(`%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\n%%EOF\n`);

async function answer(page: Page, cause: string, file?: { name: string; text: string }) {
  await page.getByLabel("Nguyên nhân (phân tích nguyên nhân gốc)").fill(cause);
  await page.getByLabel("Khắc phục tức thời đã làm").fill("Đã niêm yết lại danh mục thủ tục hành chính");
  await page.getByLabel("Hành động khắc phục", { exact: true }).fill("Ban hành quy chế phân công, kiểm tra hằng quý");
  await page.getByLabel("Ngày dự kiến hoàn thành").fill("30/09/2021");
  await page.getByLabel("Người chịu trách nhiệm").fill("Chánh Văn phòng");
  if (file)
    await page
      .getByLabel("Tệp bằng chứng")
      .setInputFiles({ name: file.name, mimeType: "application/pdf", buffer: pdf(file.text) });
  await page.getByRole("button", { name: "Gửi báo cáo khắc phục" }).click();
}

async function verify(page: Page, verdict: string, reason: string) {
  await page.getByLabel("Kết quả xác minh").selectOption({ label: verdict });
  if (reason) await page.getByLabel("Lý do / nhận xét").fill(reason);
  await page.getByRole("button", { name: "Ghi kết quả xác minh" }).click();
}

test("the lead signs off a major nonconformity; the unit answers with evidence, DOST rejects with a reason, the unit answers again, DOST accepts; another unit gets 404", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const plan = await createPlan({ status: "APPROVED", targets: [unit.longXuyen.code], onSite: [unit.longXuyen.code] });
  const lead = await createUser({ role: "DOST_INSPECTOR" });
  const inspection = await insertInspection({
    planId: plan.id,
    unitCode: unit.longXuyen.code,
    status: "IN_PROGRESS",
    team: [{ email: lead.email, role: "LEAD" }],
    items: [
      { code: "QD-01", result: "CONFORM" },
      { code: "N-4.1", result: "MAJOR_NC", note: "Phạm vi thiếu thủ tục" },
    ],
    findings: [
      {
        code: "N-4.1",
        severity: "MAJOR",
        description: "Phạm vi HTQLCL còn thiếu 12 thủ tục hành chính.",
        requiredAction: "Bổ sung quy trình cho các TTHC còn thiếu.",
        dueDate: "2021-07-10",
      },
    ],
  });
  const findingId = inspection.findingIds[0]!;

  // The team lead concludes and signs off.
  await signIn(page, lead, lead.password);
  await open(page, `/kiem-tra/${inspection.id}/ket-luan`);
  await page.getByLabel("Kết quả chung").selectOption("CONFORMING_WITH_FINDINGS");
  await page.getByRole("button", { name: "Lưu kết luận" }).click();
  await expect(statusMessage(page, "Đã lưu kết luận.")).toBeVisible();
  await page.getByRole("button", { name: "Ký kết luận" }).click();
  await expect(statusMessage(page, "Đã ký kết luận; cuộc kiểm tra đã khoá.")).toBeVisible();
  expect(await inspectionStatus(inspection.id)).toBe("SIGNED_OFF");

  // The unit's officer finds it first in the queue and answers with cause and an evidence file.
  const officer = await createUser({ role: "AGENCY_OFFICER", agencyCode: unit.longXuyen.code });
  const officerContext = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  const officerPage = await officerContext.newPage();
  await signIn(officerPage, officer, officer.password);
  await open(officerPage, "/khac-phuc");
  await expect(officerPage.getByRole("table", { name: "Khắc phục" })).toContainText(unit.longXuyen.name);
  await expect(officerPage.getByRole("heading", { level: 2, name: "Báo cáo khắc phục cả biên bản" })).toBeVisible();
  await open(officerPage, `/phat-hien/${findingId}`);
  await answer(officerPage, "Chưa phân công người rà soát danh mục TTHC", {
    name: "Quyết định phân công.pdf",
    text: "quyết định",
  });
  await expect(officerPage.getByText("Lần 1 — Chờ xác minh")).toBeVisible();
  await expect(officerPage.getByRole("link", { name: "Quyết định phân công.pdf" })).toBeVisible();

  // DOST rejects it with a written reason.
  const dostContext = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  const dostPage = await dostContext.newPage();
  await signIn(dostPage, demo.inspector);
  await open(dostPage, `/phat-hien/${findingId}`);
  await verify(dostPage, "Không chấp nhận", "");
  await expect(dostPage.getByText("Hãy ghi rõ lý do.")).toBeVisible();
  await verify(dostPage, "Không chấp nhận", "Chưa có bằng chứng đã công bố lại phạm vi");
  await expect(dostPage.getByText("Lần 1 — Không chấp nhận")).toBeVisible();

  // The officer reads the reason and answers again.
  await open(officerPage, `/phat-hien/${findingId}`);
  await expect(officerPage.getByText("Chưa có bằng chứng đã công bố lại phạm vi", { exact: true })).toBeVisible();
  await expect(officerPage.getByRole("heading", { name: "Báo cáo khắc phục lại" })).toBeVisible();
  await answer(officerPage, "Phân tích lại: chưa có quy trình cập nhật phạm vi", {
    name: "Quyết định công bố phạm vi.pdf",
    text: "công bố",
  });
  await expect(officerPage.getByText("Lần 2 — Chờ xác minh")).toBeVisible();

  // DOST accepts: the finding is closed; the thread keeps both rounds.
  await open(dostPage, `/phat-hien/${findingId}`);
  await verify(dostPage, "Chấp nhận (có hiệu lực)", "");
  await expect(dostPage.getByText("Lần 2 — Đã chấp nhận")).toBeVisible();
  await expect(dostPage.getByText("Đã đóng — Khắc phục có hiệu lực")).toBeVisible();
  await expect(dostPage.getByText("Lần 1 — Không chấp nhận")).toBeVisible();
  await expect(dostPage.getByText("Chưa phân công người rà soát danh mục TTHC")).toBeVisible();
  await expect(dostPage.getByRole("link", { name: "Quyết định phân công.pdf" })).toBeVisible();
  await expect(dostPage.getByText("Sở chấp nhận khắc phục")).toBeVisible();
  await dostContext.close();
  await officerContext.close();

  // Another unit's officer: 404 on the finding and on its evidence.
  const stranger = await createUser({ role: "AGENCY_OFFICER", agencyCode: unit.chauDoc.code });
  const strangerContext = await browser.newContext();
  const strangerPage = await strangerContext.newPage();
  await signIn(strangerPage, stranger, stranger.password);
  const response = await strangerPage.goto(`/phat-hien/${findingId}`);
  expect(response?.status()).toBe(404);
  await strangerContext.close();
});
