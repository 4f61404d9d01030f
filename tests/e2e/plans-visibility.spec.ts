import { expect, test, type Page } from "@playwright/test";
import { card, demo, open, signIn, statusMessage } from "./support/auth";
import { createPlan, unit } from "./support/plans";

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
}

test("an agency officer sees only their own unit and visit in a plan that targets it, and nothing else", async ({
  page,
}) => {
  // Long Xuyên (883, the officer's unit) and Châu Đốc on site, each with a visit.
  const plan = await createPlan({
    status: "APPROVED",
    onSite: [unit.longXuyen.code, unit.chauDoc.code],
    visits: [
      { code: unit.longXuyen.code, startsAt: "2021-05-10T01:30:00Z", endsAt: "2021-05-10T04:30:00Z" },
      { code: unit.chauDoc.code, startsAt: "2021-05-11T01:30:00Z", endsAt: "2021-05-11T04:30:00Z" },
    ],
  });
  const elsewhere = await createPlan({
    status: "APPROVED",
    targets: [unit.dost.code, unit.chauDoc.code, unit.anPhu.code],
    onSite: [unit.chauDoc.code],
  });
  const draft = await createPlan({ status: "DRAFT", onSite: [unit.longXuyen.code] });

  await signIn(page, demo.officer);
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Kế hoạch kiểm tra" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Kế hoạch kiểm tra" })).toBeVisible();
  const plans = page.getByRole("table", { name: "Kế hoạch kiểm tra" });
  await expect(plans.getByRole("link", { name: plan.number, exact: true })).toBeVisible();
  await expect(plans.getByRole("link", { name: elsewhere.number, exact: true })).toHaveCount(0);
  await expect(plans.getByRole("link", { name: draft.number, exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Lập kế hoạch mới" })).toHaveCount(0);

  await plans.getByRole("link", { name: plan.number, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: plan.number })).toBeVisible();
  const yours = card(page, "Lịch kiểm tra tại trụ sở của đơn vị bạn");
  await expect(yours).toContainText(`${unit.longXuyen.name}: Kiểm tra tại trụ sở (Bắt buộc)`);
  await expect(yours.getByRole("listitem")).toHaveText(["08:30 10/05/2021 – 11:30 10/05/2021"]);
  await expect(card(page, "Tổng hợp phạm vi")).toHaveCount(0);
  await expect(card(page, "Diễn biến")).toHaveCount(0);
  await expect(card(page, "Quy trình phê duyệt")).toHaveCount(0);
  await expect(page.getByRole("main")).not.toContainText(unit.chauDoc.name);
  // Their tabs: the plan, their visit, and the papers addressed to their unit (only the issued ones).
  await expect(page.getByRole("navigation", { name: "Kế hoạch" }).getByRole("link")).toHaveText([
    "Tổng quan",
    "Lịch kiểm tra tại trụ sở",
    "Văn bản",
  ]);

  // The schedule page shows their own visit only.
  await page
    .getByRole("navigation", { name: "Kế hoạch" })
    .getByRole("link", { name: "Lịch kiểm tra tại trụ sở" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: `${plan.number} — Lịch kiểm tra tại trụ sở` }),
  ).toBeVisible();
  const list = page.getByRole("table", { name: "Danh sách" });
  await expect(list.getByRole("row")).toHaveCount(2);
  await expect(list.getByRole("row").nth(1).getByRole("cell")).toHaveText([
    "08:30 10/05/2021 – 11:30",
    unit.longXuyen.name,
    "—",
    "",
  ]);
  await expect(page.getByRole("main")).not.toContainText(unit.chauDoc.name);
  await expect(card(page, "Thêm lịch")).toHaveCount(0);

  // The scope and the team are not theirs to see; nor are plans that do not target their unit, or drafts.
  await expectNotFound(page, `/ke-hoach/${plan.id}/pham-vi`);
  await expectNotFound(page, `/ke-hoach/${plan.id}/doan`);
  await expectNotFound(page, `/ke-hoach/${elsewhere.id}`);
  await expectNotFound(page, `/ke-hoach/${elsewhere.id}/lich`);
  await expectNotFound(page, `/ke-hoach/${draft.id}`);
});

test("the seeded 2021 plan 05/KH-SKHCN: approved, marked as sample data, 197 units by dossier and 66 on site", async ({
  page,
}) => {
  await signIn(page, demo.inspector);
  await open(page, "/ke-hoach");
  await page
    .getByRole("table", { name: "Kế hoạch kiểm tra" })
    .getByRole("link", { name: "05/KH-SKHCN", exact: true })
    .click();

  await expect(page.getByRole("heading", { level: 1, name: "05/KH-SKHCN" })).toBeVisible();
  await expect(page.getByRole("main").getByText("Đã phê duyệt", { exact: true })).toBeVisible();
  await expect(
    statusMessage(
      page,
      "Dữ liệu mẫu: danh sách đơn vị kiểm tra tại trụ sở là minh hoạ (danh sách thực tế không công bố).",
    ),
  ).toBeVisible();
  await expect(page.getByText("Phê duyệt theo 346/QĐ-UBND ngày 25/02/2021")).toBeVisible();

  const summary = card(page, "Tổng hợp phạm vi");
  const rows = summary.getByRole("table", { name: "Tổng hợp phạm vi" }).getByRole("row");
  await expect(rows.first().getByRole("columnheader")).toHaveText([
    "Loại đơn vị",
    "Qua hồ sơ, báo cáo",
    "Tại trụ sở — bắt buộc",
    "Tại trụ sở — khuyến khích",
  ]);
  await expect(rows).toHaveCount(5);
  await expect(rows.filter({ hasText: "Cơ quan cấp tỉnh" }).getByRole("cell")).toHaveText([
    "Cơ quan cấp tỉnh",
    "30",
    "10",
    "0",
  ]);
  await expect(rows.filter({ hasText: "UBND cấp huyện" }).getByRole("cell")).toHaveText([
    "UBND cấp huyện",
    "11",
    "4",
    "0",
  ]);
  await expect(rows.filter({ hasText: "UBND cấp xã" }).getByRole("cell")).toHaveText(["UBND cấp xã", "156", "0", "52"]);
  await expect(rows.filter({ hasText: "Tổng cộng" }).getByRole("cell")).toHaveText(["Tổng cộng", "197", "14", "52"]);
  await expect(summary.getByText("Tại trụ sở: 66 = bắt buộc 14 + khuyến khích 52")).toBeVisible();
  await expect(summary).toContainText("41 đơn vị → ít nhất 14; hiện có 14.");
  await expect(summary.getByText("Đạt yêu cầu tối thiểu 1/3.")).toBeVisible();
});
