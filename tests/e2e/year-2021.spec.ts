import { expect, test, type Browser, type Page } from "@playwright/test";
import { card, demo, open, statusMessage } from "./support/auth";
import { unit } from "./support/plans";
import { ownAppPerFile } from "./support/own-app";

/**
 * The 2021 year as its users walk it on a fresh start, with nothing built by hand first: the seeded plan
 * 05/KH-SKHCN with its sample team and schedule, the lead inspector filling and signing off Long Xuyên's
 * on-site inspection, the committee seeing the plan under way, and Long Xuyên's officer reading the result
 * and submitting the unit's 2021 annual report. It runs on an app and embedded database of its own
 * (support/own-app.ts), since it changes the seeded plan that other files read.
 */

const own = ownAppPerFile();

const person = (browser: Browser, account: { email: string; name: string }, tablet = false): Promise<Page> =>
  own.signedIn(browser, account, { tablet });

const one = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
  own.app.withClient(async (client) => (await client.query(sql, params)).rows[0] as T);

const item = (page: Page, index: number) => page.locator(`[data-item-index="${index}"]`);

test("the seeded 2021 plan walks end to end: team and visit, an on-site inspection filled and signed off, the unit's 2021 annual report", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const plan = await one<{ id: string }>(
    `SELECT id FROM inspection_plan WHERE number = '05/KH-SKHCN' AND year = 2021 ORDER BY version DESC LIMIT 1`,
  );
  const inspection = await one<{ id: string; items: string }>(
    `SELECT i.id, (SELECT count(*) FROM inspection_item ii WHERE ii."inspectionId" = i.id) AS items
       FROM inspection i JOIN plan_target t ON t.id = i."targetId" JOIN agency a ON a.id = t."agencyId"
      WHERE t."planId" = $1 AND a.code = $2 AND i.kind = 'ON_SITE'`,
    [plan.id, unit.longXuyen.code],
  );
  const total = Number(inspection.items);

  // The lead inspector finds the team, its decision and Long Xuyên's visit already in place.
  const lead = await person(browser, demo.inspector, true);
  await open(lead, `/ke-hoach/${plan.id}/doan`);
  await expect(
    lead.getByRole("table", { name: "Đoàn kiểm tra" }).getByRole("row").filter({ hasText: demo.inspector.name }),
  ).toContainText("Trưởng đoàn");
  await open(lead, `/ke-hoach/${plan.id}/lich`);
  await expect(
    lead.getByRole("table", { name: "Danh sách" }).getByRole("row").filter({ hasText: unit.longXuyen.name }),
  ).toContainText("19/04/2021");

  // The on-site checklist, by keyboard on a tablet: everything conforms but item 2, a minor nonconformity.
  await open(lead, `/kiem-tra/${inspection.id}`);
  await item(lead, 0).getByRole("radio", { name: "Đạt" }).focus();
  for (let i = 0; i < total; i += 1) {
    await lead.keyboard.press(i === 1 ? "2" : "1");
    if (i < total - 1) await lead.keyboard.press("j");
  }
  await expect(lead.getByText(`${total}/${total} mục`)).toBeVisible();
  const finding = item(lead, 1).getByRole("form", { name: /^Phát hiện số 1 — Không phù hợp nhẹ$/ });
  await finding.getByLabel("Mô tả phát hiện").fill("Danh mục văn bản pháp luật áp dụng chưa cập nhật năm 2021.");
  await finding.getByLabel("Hành động khắc phục yêu cầu").fill("Cập nhật danh mục và phổ biến cho các bộ phận.");
  await finding.getByRole("button", { name: "Lưu phát hiện" }).click();
  await expect(finding.getByRole("status").filter({ hasText: "Đã lưu phát hiện." })).toBeVisible();

  // Conclusion on the day of the visit, then sign-off: the due date is two months later.
  await open(lead, `/kiem-tra/${inspection.id}/ket-luan`);
  await lead.getByLabel("Ngày lập biên bản").fill("19/04/2021");
  await lead.getByLabel("Đại diện đơn vị (họ tên)").fill("Nguyễn Văn Đại Diện");
  await lead.getByLabel("Chức vụ").fill("Phó Chủ tịch UBND");
  await lead.getByLabel("Kết quả chung").selectOption("CONFORMING_WITH_FINDINGS");
  await lead.getByRole("button", { name: "Lưu kết luận" }).click();
  await expect(statusMessage(lead, "Đã lưu kết luận.")).toBeVisible();
  await expect(lead.getByRole("table", { name: "Phát hiện" }).getByRole("row").nth(1)).toContainText("19/06/2021");
  await lead.getByRole("button", { name: "Ký kết luận" }).click();
  await expect(statusMessage(lead, "Đã ký kết luận; cuộc kiểm tra đã khoá.")).toBeVisible();
  expect(await one<{ status: string }>(`SELECT status FROM inspection WHERE id = $1`, [inspection.id])).toEqual({
    status: "SIGNED_OFF",
  });
  expect(await one<{ status: string }>(`SELECT status FROM inspection_plan WHERE id = $1`, [plan.id])).toEqual({
    status: "IN_PROGRESS",
  });

  // Long Xuyên's officer reads the signed-off result and submits the unit's 2021 annual report.
  const officer = await person(browser, demo.officer);
  await open(officer, `/kiem-tra/${inspection.id}/ket-luan`);
  await expect(officer.getByText("Đạt, còn điểm cần khắc phục")).toBeVisible();
  await expect(officer.getByRole("table", { name: "Phát hiện" })).toContainText(
    "Danh mục văn bản pháp luật áp dụng chưa cập nhật năm 2021.",
  );
  await open(officer, "/ho-so/bao-cao-nam/moi");
  await officer.getByRole("combobox", { name: "Năm báo cáo" }).selectOption("2021");
  await officer.getByRole("button", { name: "Mở biểu mẫu" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "Báo cáo năm 2021 về áp dụng HTQLCL" })).toBeVisible();
  await officer
    .getByLabel("Phạm vi áp dụng HTQLCL")
    .fill("Toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của UBND thành phố");
  await officer.getByLabel("Số quy trình trong phạm vi").fill("152");
  await officer.getByLabel("Ngày đánh giá nội bộ").fill("15/10/2021");
  await officer.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(card(officer, "Nội dung báo cáo — phiên bản 1")).toContainText("152");
  expect(
    await one<{ n: string }>(
      `SELECT count(*) AS n FROM annual_report r JOIN agency a ON a.id = r."agencyId" WHERE a.code = $1 AND r.year = 2021`,
      [unit.longXuyen.code],
    ),
  ).toEqual({ n: "1" });
});
