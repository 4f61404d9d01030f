import { expect, test } from "@playwright/test";
import { demo, hydrated, open, signIn, statusMessage } from "./support/auth";
import { createPlan, planIdOf, uniquePlanNumber, unit } from "./support/plans";

test("an approved plan is amended as a new version, whose changes are shown against the approved one", async ({
  page,
}) => {
  const plan = await createPlan({
    status: "APPROVED",
    targets: [unit.dost.code, unit.chauDoc.code, unit.anPhu.code],
    onSite: [unit.chauDoc.code],
  });
  await signIn(page, demo.admin);
  await open(page, `/ke-hoach/${plan.id}`);
  await page.getByRole("button", { name: "Lập điều chỉnh kế hoạch" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `${plan.number} — Lần 2` })).toBeVisible();
  const amendmentId = planIdOf(page.url());
  expect(amendmentId).not.toBe(plan.id);
  await expect(page.getByText("Dự thảo", { exact: true })).toBeVisible();

  await open(page, `/ke-hoach/${amendmentId}/sua`);
  const newTitle = `Kế hoạch điều chỉnh ${plan.number}`;
  await page.getByLabel("Trích yếu").fill(newTitle);
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(statusMessage(page, "Đã lưu kế hoạch.")).toBeVisible();

  await open(page, `/ke-hoach/${amendmentId}`);
  await page.getByRole("link", { name: "So sánh với lần trước" }).click();
  const changes = page.getByRole("table", { name: "Thay đổi so với lần 1" });
  const row = changes.getByRole("row").filter({ hasText: "Trích yếu" });
  await expect(row).toContainText(plan.title);
  await expect(row).toContainText(newTitle);

  // The approved version stays in force, read-only, until the amendment is approved.
  await open(page, `/ke-hoach/${plan.id}`);
  await expect(page.getByText("Đã phê duyệt", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Lập điều chỉnh kế hoạch" })).toHaveCount(0);
});

test("a plan is copied into a new year as a draft with its scope", async ({ page }) => {
  const plan = await createPlan({
    status: "APPROVED",
    targets: [unit.dost.code, unit.chauDoc.code, unit.anPhu.code],
    onSite: [unit.chauDoc.code],
  });
  const number = uniquePlanNumber();
  await signIn(page, demo.admin);
  await open(page, "/ke-hoach");
  await page.getByLabel("Sao chép từ năm trước").selectOption({ label: `${plan.number} (2021) — Đã phê duyệt` });
  await page.getByLabel("Năm", { exact: true }).fill("2022");
  await page.getByLabel("Số hiệu", { exact: true }).fill(number);
  await page.getByLabel("Ngày ban hành", { exact: true }).fill("10/01/2022");
  await page.getByRole("button", { name: "Sao chép từ năm trước" }).click();

  await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
  await hydrated(page);
  await expect(page.getByText("Dự thảo", { exact: true })).toBeVisible();
  const summary = page.getByRole("table", { name: "Tổng hợp phạm vi" });
  // DOST and An Phú by dossier, Châu Đốc (a district-level city) on site as mandatory.
  await expect(summary.getByRole("row").filter({ hasText: "Tổng cộng" }).getByRole("cell")).toHaveText([
    "Tổng cộng",
    "3",
    "1",
    "0",
  ]);
});
