import { expect, test, type Page } from "@playwright/test";
import { card, demo, demoPassword, hydrated, open, signIn, statusMessage } from "./support/auth";
import { draftPlanInBrowser } from "./support/plans";
import { ownAppPerFile } from "./support/own-app";

/**
 * A year that feeds the next (issue 14): a major nonconformity of a 2021 dossier review left unanswered past
 * its due date makes the 2022 draft propose that unit on site, with the reason; DOST accepts the proposal and
 * the unit goes on site in the plan; once approved, the unit's 2022 on-site inspection carries the finding
 * and the lead inspector closes it there. On an app and database of its own (support/own-app.ts): it writes a
 * finding into the seeded 2021 plan and drafts a 2022 plan, which other files must not see.
 */

const own = ownAppPerFile();

const one = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
  own.app.withClient(async (client) => (await client.query(sql, params)).rows[0] as T);

async function signedIn(page: Page) {
  await signIn(page, demo.admin, demoPassword);
}

test("a 2021 finding left open: the 2022 draft proposes its unit on site with the reason, DOST accepts it, and the 2022 inspection closes it", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // A provincial body of the seeded 2021 plan checked through its dossier only, with ISO 9001 mandatory.
  const unit = await one<{ agencyId: string; name: string; inspectionId: string; itemId: string; clause: string }>(
    `SELECT a.id AS "agencyId", a.name, i.id AS "inspectionId", ii.id AS "itemId", c.clause
       FROM inspection_plan p
       JOIN plan_target t ON t."planId" = p.id AND t."inDossier" AND NOT t."onSite"
       JOIN agency a ON a.id = t."agencyId" AND a."isoRequirement" = 'MANDATORY'
       JOIN inspection i ON i."targetId" = t.id AND i.kind = 'DOSSIER'
       JOIN inspection_item ii ON ii."inspectionId" = i.id
       JOIN checklist_item c ON c.id = ii."checklistItemId"
      WHERE p.year = 2021 AND p.number = '05/KH-SKHCN'
      ORDER BY a.code, ii.position LIMIT 1`,
  );
  // The dossier review found a major nonconformity, due 30/09/2021; the unit never answered it.
  await own.app.withClient(async (client) => {
    await client.query(`UPDATE inspection_item SET result = 'MAJOR_NC', version = version + 1 WHERE id = $1`, [
      unit.itemId,
    ]);
    await client.query(
      `INSERT INTO finding (id, "inspectionId", "itemId", "agencyId", number, clause, severity, description, "dueDate", status, "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, 1, $4, 'MAJOR', 'Không có hồ sơ đánh giá nội bộ năm 2021.', '2021-09-30', 'OPEN', now())`,
      [unit.inspectionId, unit.itemId, unit.agencyId, unit.clause],
    );
  });

  const context = await browser.newContext({ baseURL: own.app.base, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await signedIn(page);

  // DOST drafts the 2022 plan: the proposal is made with it.
  const { id: planId } = await draftPlanInBrowser(page, 2022);

  await open(page, `/ke-hoach/${planId}/pham-vi`);
  const proposal = card(page, "Đề xuất kiểm tra tại trụ sở theo rủi ro");
  await expect(proposal).toBeVisible();
  const row = proposal.getByRole("listitem", { name: unit.name, exact: true });
  await expect(row).toContainText("Đề xuất: tại trụ sở (bắt buộc)");
  await expect(row.getByRole("list", { name: `Lý do: ${unit.name}` })).toContainText(
    "1 điểm không phù hợp quá hạn khắc phục",
  );
  await expect(row).toContainText("Chưa từng được kiểm tra tại trụ sở");
  await expect(row).toContainText("Hiện tại trong kế hoạch: Chỉ qua hồ sơ — Chưa quyết định");

  // DOST accepts this unit's proposal: the unit goes on site, mandatory, and the decision is shown.
  await hydrated(page);
  await row.getByRole("button", { name: `Chấp nhận: ${unit.name}` }).click();
  await expect(statusMessage(page, "Đã ghi quyết định.").first()).toBeVisible();
  await page.reload();
  await hydrated(page);
  const accepted = card(page, "Đề xuất kiểm tra tại trụ sở theo rủi ro").getByRole("listitem", {
    name: unit.name,
    exact: true,
  });
  await expect(accepted).toContainText("Hiện tại trong kế hoạch: Tại trụ sở (bắt buộc) — Đã chấp nhận đề xuất");
  const target = await one<{ onSite: boolean; onSiteCategory: string }>(
    `SELECT "onSite", "onSiteCategory"::text AS "onSiteCategory" FROM plan_target WHERE "planId" = $1 AND "agencyId" = $2`,
    [planId, unit.agencyId],
  );
  expect(target).toEqual({ onSite: true, onSiteCategory: "MANDATORY" });
  const audit = await one<{ n: string }>(
    `SELECT count(*) AS n FROM audit_event WHERE type = 'plan.proposal_decided' AND "targetId" = $1`,
    [planId],
  );
  expect(Number(audit.n)).toBe(1);

  // The rest as proposed (the one-third rule is met by the proposal), submitted and approved: approval
  // generates the 2022 inspections, and the unit's on-site one carries the open 2021 finding.
  await proposal.getByRole("button", { name: "Chấp nhận tất cả" }).click();
  await expect(statusMessage(page, "Đã chấp nhận toàn bộ đề xuất chưa quyết định.")).toBeVisible();
  await open(page, `/ke-hoach/${planId}`);
  await expect(page.getByText("Đạt yêu cầu tối thiểu 1/3.")).toBeVisible();
  await card(page, "Quy trình phê duyệt").getByRole("button", { name: "Trình UBND tỉnh" }).click();
  await expect(statusMessage(page, "Đã trình kế hoạch lên UBND tỉnh.")).toBeVisible();
  await context.close();

  const committeeContext = await browser.newContext({
    baseURL: own.app.base,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  const committee = await committeeContext.newPage();
  await signIn(committee, demo.committee, demoPassword);
  await open(committee, `/ke-hoach/${planId}`);
  await committee.getByLabel("Số quyết định phê duyệt").fill("120/QĐ-UBND");
  await committee.getByLabel("Ngày phê duyệt").fill("25/02/2022");
  await committee.getByRole("button", { name: "Phê duyệt", exact: true }).click();
  await expect(committee.getByText("Phê duyệt theo 120/QĐ-UBND ngày 25/02/2022")).toBeVisible();
  await committeeContext.close();

  // The inspector leads the 2022 team (set here directly; the team page has its own tests).
  const inspector = await one<{ id: string }>(`SELECT id FROM user_account WHERE email = $1`, [demo.inspector.email]);
  await own.app.withClient((client) =>
    client.query(`INSERT INTO plan_member (id, "planId", "userId", role) VALUES (gen_random_uuid(), $1, $2, 'LEAD')`, [
      planId,
      inspector.id,
    ]),
  );
  const next = await one<{ id: string }>(
    `SELECT id FROM inspection WHERE "planId" = $1 AND "agencyId" = $2 AND kind = 'ON_SITE'`,
    [planId, unit.agencyId],
  );
  const inspectorContext = await browser.newContext({
    baseURL: own.app.base,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  const lead = await inspectorContext.newPage();
  await signIn(lead, demo.inspector, demoPassword);
  await open(lead, `/kiem-tra/${next.id}`);
  const followUps = card(lead, "Theo dõi từ lần kiểm tra trước");
  const carried = followUps.getByRole("region", { name: "Phát hiện số 1 — kiểm tra năm 2021 (05/KH-SKHCN)" });
  await expect(carried).toContainText("Không có hồ sơ đánh giá nội bộ năm 2021.");
  await expect(carried).toContainText("30/09/2021");
  await expect(carried).toContainText("Đơn vị chưa trả lời.");
  await carried.getByLabel("Ghi chú").fill("Đơn vị đã lập và lưu hồ sơ đánh giá nội bộ; kiểm tra thực tế đạt.");
  await carried.getByRole("button", { name: "Đóng phát hiện" }).click();
  await expect(statusMessage(lead, "Đã ghi quyết định.")).toBeVisible();
  await lead.reload();
  await expect(card(lead, "Theo dõi từ lần kiểm tra trước")).toContainText(
    `Đã đóng tại lần kiểm tra này — ${demo.inspector.name}`,
  );
  const closed = await one<{ status: string; resolution: string }>(
    `SELECT status::text, resolution::text FROM finding WHERE "agencyId" = $1 AND "inspectionId" = $2`,
    [unit.agencyId, unit.inspectionId],
  );
  expect(closed).toEqual({ status: "CLOSED", resolution: "CLOSED_AT_FOLLOW_UP" });
  await inspectorContext.close();
});
