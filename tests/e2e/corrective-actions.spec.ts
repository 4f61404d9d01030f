import { expect, test, type Browser, type Page } from "@playwright/test";
import { card, demo, demoPassword, hydrated, open, statusMessage } from "./support/auth";
import { createUser } from "./support/db";
import { insertInspection } from "./support/inspection-rows";
import { inspectionStatus } from "./support/inspections";
import { ownAppPerFile } from "./support/own-app";
import { createPlan, draftPlanInBrowser, unit } from "./support/plans";

/**
 * Issue 14 as one chain: the lead signs off a major nonconformity; the unit's officer answers with cause and
 * evidence; DOST rejects with a reason; the officer answers again; two DOST staff verify the same answer at
 * once and one of them wins; the next year's draft plan proposes that unit on site with its reason. On an app
 * and database of its own (support/own-app.ts): it drafts a 2022 plan, which other files must not see.
 */

const own = ownAppPerFile();

const signedIn = (browser: Browser, account: { email: string; name: string }, password = demoPassword) =>
  own.signedIn(browser, account, { tablet: true, password });

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

test("a major nonconformity from sign-off to acceptance, through a rejection, and into the next year's proposal; another unit gets 404", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const plan = await createPlan({ status: "APPROVED", targets: [unit.longXuyen.code], onSite: [unit.longXuyen.code] });
  const leadUser = await createUser({ role: "DOST_INSPECTOR" });
  const inspection = await insertInspection({
    planId: plan.id,
    unitCode: unit.longXuyen.code,
    status: "IN_PROGRESS",
    team: [{ email: leadUser.email, role: "LEAD" }],
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
  const lead = await signedIn(browser, leadUser, leadUser.password);
  await open(lead, `/kiem-tra/${inspection.id}/ket-luan`);
  await lead.getByLabel("Kết quả chung").selectOption("CONFORMING_WITH_FINDINGS");
  await lead.getByRole("button", { name: "Lưu kết luận" }).click();
  await expect(statusMessage(lead, "Đã lưu kết luận.")).toBeVisible();
  await lead.getByRole("button", { name: "Ký kết luận" }).click();
  await expect(statusMessage(lead, "Đã ký kết luận; cuộc kiểm tra đã khoá.")).toBeVisible();
  expect(await inspectionStatus(inspection.id)).toBe("SIGNED_OFF");
  await lead.context().close();

  // The unit's officer finds it first in the queue and answers with cause and an evidence file.
  const officer = await signedIn(browser, demo.officer);
  await open(officer, "/khac-phuc");
  await expect(officer.getByRole("table", { name: "Khắc phục" })).toContainText(unit.longXuyen.name);
  await expect(officer.getByRole("heading", { level: 2, name: "Báo cáo khắc phục cả biên bản" })).toBeVisible();
  await open(officer, `/phat-hien/${findingId}`);
  await answer(officer, "Chưa phân công người rà soát danh mục TTHC", {
    name: "Quyết định phân công.pdf",
    text: "quyết định",
  });
  await expect(officer.getByText("Lần 1 — Chờ xác minh")).toBeVisible();
  await expect(officer.getByRole("link", { name: "Quyết định phân công.pdf" })).toBeVisible();

  // DOST rejects it with a written reason.
  const inspector = await signedIn(browser, demo.inspector);
  await open(inspector, `/phat-hien/${findingId}`);
  await verify(inspector, "Không chấp nhận", "");
  await expect(inspector.getByText("Hãy ghi rõ lý do.")).toBeVisible();
  await verify(inspector, "Không chấp nhận", "Chưa có bằng chứng đã công bố lại phạm vi");
  await expect(inspector.getByText("Lần 1 — Không chấp nhận")).toBeVisible();

  // The officer reads the reason and answers again.
  await open(officer, `/phat-hien/${findingId}`);
  await expect(officer.getByText("Chưa có bằng chứng đã công bố lại phạm vi", { exact: true })).toBeVisible();
  await expect(officer.getByRole("heading", { name: "Báo cáo khắc phục lại" })).toBeVisible();
  await answer(officer, "Phân tích lại: chưa có quy trình cập nhật phạm vi", {
    name: "Quyết định công bố phạm vi.pdf",
    text: "công bố",
  });
  await expect(officer.getByText("Lần 2 — Chờ xác minh")).toBeVisible();

  // Two DOST staff have the second answer open at once. The inspector accepts it; the administrator's
  // rejection, sent from the page they opened before, is refused with a clear message and changes nothing.
  const admin = await signedIn(browser, demo.admin);
  await Promise.all([open(inspector, `/phat-hien/${findingId}`), open(admin, `/phat-hien/${findingId}`)]);
  await verify(inspector, "Chấp nhận (có hiệu lực)", "");
  await expect(inspector.getByText("Lần 2 — Đã chấp nhận")).toBeVisible();
  await verify(admin, "Không chấp nhận", "Thiếu biên bản họp rà soát");
  await expect(admin.getByText("Báo cáo khắc phục này đã được xác minh rồi.")).toBeVisible();
  await open(admin, `/phat-hien/${findingId}`);
  await expect(admin.getByText("Lần 2 — Đã chấp nhận")).toBeVisible();
  await expect(admin.getByText("Thiếu biên bản họp rà soát")).toHaveCount(0);

  // The finding is closed; the thread keeps both rounds, their causes and evidence.
  await expect(inspector.getByText("Đã đóng — Khắc phục có hiệu lực")).toBeVisible();
  await expect(inspector.getByText("Lần 1 — Không chấp nhận")).toBeVisible();
  await expect(inspector.getByText("Chưa phân công người rà soát danh mục TTHC")).toBeVisible();
  await expect(inspector.getByRole("link", { name: "Quyết định phân công.pdf" })).toBeVisible();
  await expect(inspector.getByText("Sở chấp nhận khắc phục")).toBeVisible();
  const verdicts = await own.app.withClient(
    async (client) =>
      (
        await client.query<{ status: string; n: string }>(
          `SELECT status::text, count(*) AS n FROM corrective_answer WHERE "findingId" = $1 GROUP BY status ORDER BY status`,
          [findingId],
        )
      ).rows,
  );
  expect(verdicts).toEqual([
    { status: "ACCEPTED", n: "1" },
    { status: "REJECTED", n: "1" },
  ]);
  await inspector.context().close();
  await officer.context().close();

  // Another unit's officer: 404 on the finding.
  const strangerUser = await createUser({ role: "AGENCY_OFFICER", agencyCode: unit.chauDoc.code });
  const stranger = await signedIn(browser, strangerUser, strangerUser.password);
  const response = await stranger.goto(`/phat-hien/${findingId}`);
  expect(response?.status()).toBe(404);
  await stranger.context().close();

  // DOST drafts the 2022 plan: the proposal puts the unit on site and says why.
  const { id: planId } = await draftPlanInBrowser(admin, 2022);
  await open(admin, `/ke-hoach/${planId}/pham-vi`);
  await hydrated(admin);
  const row = card(admin, "Đề xuất kiểm tra tại trụ sở theo rủi ro").getByRole("listitem", {
    name: unit.longXuyen.name,
    exact: true,
  });
  await expect(row).toContainText("Đề xuất: tại trụ sở (bắt buộc)");
  const reasons = row.getByRole("list", { name: `Lý do: ${unit.longXuyen.name}` });
  // Closed, but the 2021 record found the unit half conforming: that, not the closed finding, is the reason.
  await expect(reasons).toContainText("Tỷ lệ phù hợp lần gần nhất 50%");
  await expect(reasons).toContainText("Lần kiểm tra gần nhất: phù hợp, có phát hiện");
  await expect(reasons).not.toContainText("quá hạn khắc phục");
  await admin.context().close();
});
