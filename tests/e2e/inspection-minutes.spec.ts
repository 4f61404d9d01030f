import { expect, test, type Page } from "@playwright/test";
import { card, demo, signIn } from "./support/auth";
import { createUser, uniqueSuffix } from "./support/db";
import { insertInspection } from "./support/inspection-rows";
import { createPlan, unit } from "./support/plans";

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
}

/**
 * A plan with Long Xuyên (the demo officer's unit) inspected on site and signed off, and Châu Đốc still being
 * filled in. Long Xuyên's score: conforming 3 (Đạt ×2 + Khuyến nghị) of 5 applicable (6 items − 1 N/A) = 60 %.
 */
async function inspectedPlan() {
  const plan = await createPlan({
    status: "APPROVED",
    targets: [unit.longXuyen.code, unit.chauDoc.code],
    onSite: [unit.longXuyen.code, unit.chauDoc.code],
  });
  const tag = uniqueSuffix();
  const findings = {
    minor: `Danh mục TTHC chưa cập nhật theo quyết định công bố mới nhất ${tag}`,
    major: `Không có bằng chứng kiểm soát đầu ra không phù hợp ${tag}`,
  };
  const team = [
    { email: demo.inspector.email, role: "LEAD" as const },
    { email: demo.partner.email, role: "MEMBER" as const },
  ];
  const signed = await insertInspection({
    planId: plan.id,
    unitCode: unit.longXuyen.code,
    status: "SIGNED_OFF",
    team,
    items: [
      { code: "QD-01", result: "CONFORM" },
      { code: "QD-02", result: "MINOR_NC", note: "Thiếu 3 TTHC mới" },
      { code: "N-4.1", result: "RECOMMENDATION" },
      { code: "N-8.7", result: "MAJOR_NC" },
      { code: "N-9.1", result: "NOT_APPLICABLE" },
      { code: "N-10.2", result: "CONFORM" },
    ],
    findings: [
      {
        code: "QD-02",
        severity: "MINOR",
        description: findings.minor,
        requiredAction: "Rà soát, bổ sung quy trình cho TTHC mới",
        legalBasis: "TT26 Đ4.2",
        dueDate: "2021-07-10",
      },
      {
        code: "N-8.7",
        severity: "MAJOR",
        description: findings.major,
        requiredAction: "Lập thủ tục kiểm soát đầu ra không phù hợp",
        dueDate: "2021-07-10",
      },
    ],
  });
  const draft = await insertInspection({
    planId: plan.id,
    unitCode: unit.chauDoc.code,
    status: "IN_PROGRESS",
    team,
    items: [
      { code: "QD-01", result: "CONFORM" },
      { code: "N-4.1", result: null },
    ],
  });
  return { plan, signed, draft, findings };
}

test("a DOST inspector opens the signed minutes: heading, team, representative, results, score formula, findings and signatures", async ({
  page,
}) => {
  const { plan, signed, draft, findings } = await inspectedPlan();
  await signIn(page, demo.inspector);
  await page.goto(`/kiem-tra/${signed.id}/bien-ban`);

  const minutes = page.getByRole("article", { name: "Biên bản kiểm tra" });
  await expect(minutes.getByRole("heading", { level: 1, name: "BIÊN BẢN KIỂM TRA" })).toBeVisible();
  await expect(minutes).toContainText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  await expect(minutes).toContainText("Độc lập - Tự do - Hạnh phúc");
  await expect(minutes.getByText("Mẫu 21. BBKT (Thông tư 26/2014/TT-BKHCN)")).toBeVisible();
  await expect(minutes).not.toContainText("DỰ THẢO");
  await expect(minutes).toContainText(
    `Kế hoạch kiểm tra số ${plan.number} ngày 19/01/2021, được phê duyệt theo 346/QĐ-UBND ngày 25/02/2021`,
  );
  await expect(minutes).toContainText("Quyết định thành lập đoàn kiểm tra số 447/QĐ-SKHCN ngày 09/03/2021");
  await expect(minutes).toContainText(`Trụ sở ${unit.longXuyen.name}`);
  await expect(minutes).toContainText("Ngày lập biên bản10/05/2021");

  const team = minutes.getByRole("table", { name: "I. Thành phần đoàn kiểm tra" });
  await expect(team.getByRole("row").nth(1).getByRole("cell").first()).toHaveText(demo.inspector.name);
  await expect(team.getByRole("row").filter({ hasText: demo.inspector.name })).toContainText("Trưởng đoàn");
  await expect(team.getByRole("row").filter({ hasText: demo.partner.name })).toContainText("Thành viên");
  await expect(minutes).toContainText(signed.representative);

  const results = minutes.getByRole("table", { name: "III. Kết quả kiểm tra" });
  await expect(results.getByText("TCVN ISO 9001:2015 — 8. Thực hiện", { exact: true })).toBeVisible();
  await expect(results.getByRole("row").filter({ hasText: "QD-02" })).toContainText("Không phù hợp nhẹ");
  await expect(results.getByRole("row").filter({ hasText: "QD-02" })).toContainText("Thiếu 3 TTHC mới");
  await expect(results.getByRole("row").filter({ hasText: "N-8.7" })).toContainText("Không phù hợp nặng");

  await expect(minutes.getByText("Tỷ lệ phù hợp = 3 ÷ 5 = 60,0 %")).toBeVisible();
  await expect(minutes).toContainText("khuyến nghị không phải là điểm không phù hợp");
  const score = minutes.getByRole("table", { name: "Tỷ lệ phù hợp theo nhóm điều khoản" });
  await expect(score.getByRole("row").filter({ hasText: "Toàn bộ" }).getByRole("cell")).toHaveText([
    "6",
    "1",
    "5",
    "3",
    "2",
    "0",
    "3 ÷ 5 = 60,0 %",
  ]);

  const list = minutes.getByRole("table", { name: "IV. Các điểm không phù hợp và khuyến nghị" });
  await expect(list.getByRole("row")).toHaveCount(3);
  await expect(list.getByRole("row").nth(1).getByRole("cell")).toHaveText([
    "1",
    "TT26 Đ4.2, Đ4.3",
    "TT26 Đ4.2",
    "Nhẹ",
    findings.minor,
    "Rà soát, bổ sung quy trình cho TTHC mới",
    "10/07/2021",
  ]);
  await expect(list.getByRole("row").nth(2)).toContainText("Nặng");

  await expect(minutes).toContainText("Đạt, còn điểm cần khắc phục");
  await expect(minutes).toContainText("Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản.");
  await expect(minutes).toContainText("TRƯỞNG ĐOÀN KIỂM TRA");
  await expect(minutes).toContainText("ĐẠI DIỆN CƠ QUAN ĐƯỢC KIỂM TRA");
  await expect(page.getByRole("button", { name: "In biên bản" })).toBeVisible();

  // Minutes not signed off yet say so.
  await page.goto(`/kiem-tra/${draft.id}/bien-ban`);
  await expect(
    page.getByRole("article", { name: "Biên bản kiểm tra" }).getByText("DỰ THẢO — chưa ký").first(),
  ).toBeVisible();
  await expect(page.getByText("Tỷ lệ phù hợp = 1 ÷ 2 = 50,0 %")).toBeVisible();
  await expect(page.getByText("tạm tính", { exact: true })).toBeVisible();

  // The minutes lead back to the inspection; the checklist keeps a live score beside its progress bar.
  await page.getByRole("link", { name: "Về cuộc kiểm tra" }).click();
  await expect(page).toHaveURL(new RegExp(`/kiem-tra/${draft.id}$`));
  await expect(page.getByText("Tỷ lệ phù hợp (tạm tính) = 1 ÷ 2 = 50,0 %")).toBeVisible();
  await page
    .getByRole("listitem")
    .filter({ hasText: "N-4.1" })
    .getByRole("radio", { name: "Đạt", exact: true })
    .check();
  await expect(page.getByText("Tỷ lệ phù hợp = 2 ÷ 2 = 100,0 %")).toBeVisible();

  // The conclusion page shows the signed inspection's score with its formula, and the comparison section.
  await page.goto(`/kiem-tra/${signed.id}`);
  await page.getByRole("navigation", { name: "Cuộc kiểm tra" }).getByRole("link", { name: "Kết luận" }).click();
  await expect(page.getByText("Tỷ lệ phù hợp = 3 ÷ 5 = 60,0 %")).toBeVisible();
  const conclusionScore = page.getByRole("table", { name: "Tỷ lệ phù hợp theo nhóm điều khoản" });
  await expect(conclusionScore.getByRole("row").filter({ hasText: "Toàn bộ" }).getByRole("cell")).toHaveText([
    "6",
    "1",
    "5",
    "3",
    "2",
    "0",
    "3 ÷ 5 = 60,0 %",
  ]);
  await expect(page.getByRole("heading", { level: 2, name: /^So sánh với lần kiểm tra trước/ })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Cuộc kiểm tra" }).getByRole("link", { name: "Biên bản" }),
  ).toHaveAttribute("href", `/kiem-tra/${signed.id}/bien-ban`);
});

test("the agency officer finds their finding in Phát hiện, opens it, and reads the signed minutes but not the draft", async ({
  page,
}) => {
  const { signed, draft, findings } = await inspectedPlan();
  await signIn(page, demo.officer);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Phát hiện" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Phát hiện" })).toBeVisible();

  await page.getByRole("searchbox", { name: "Đơn vị" }).fill("long xuyen");
  await page.getByLabel("Mức độ").selectOption({ label: "Nhẹ" });
  await page.getByLabel("Chỉ phát hiện quá hạn").check();
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/severity=MINOR/);
  const row = page.getByRole("table", { name: "Phát hiện" }).getByRole("row").filter({ hasText: findings.minor });
  await expect(row).toContainText(unit.longXuyen.name);
  await expect(row).toContainText("10/07/2021quá hạn");
  await expect(row).toContainText("Chờ khắc phục");
  await expect(page.getByRole("table", { name: "Phát hiện" })).not.toContainText(findings.major);

  await row.getByRole("link", { name: `Phát hiện số 1 — ${unit.longXuyen.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Phát hiện số 1 — ${unit.longXuyen.name}` })).toBeVisible();
  await expect(card(page, "Nội dung phát hiện")).toContainText("Rà soát, bổ sung quy trình cho TTHC mới");
  await expect(card(page, "Nội dung kiểm tra")).toContainText("Thiếu 3 TTHC mới");

  await page.getByRole("link", { name: "Xem biên bản kiểm tra" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "BIÊN BẢN KIỂM TRA" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Biên bản kiểm tra" })).toContainText(findings.major);
  await expect(page).toHaveURL(new RegExp(`/kiem-tra/${signed.id}/bien-ban$`));

  await expectNotFound(page, `/kiem-tra/${draft.id}/bien-ban`);
});

test("another unit's officer gets 404 on the minutes and sees none of its findings", async ({ page }) => {
  const { signed, findings } = await inspectedPlan();
  const other = await createUser({ role: "AGENCY_OFFICER", agencyCode: unit.anPhu.code });
  await signIn(page, other, other.password);
  await expectNotFound(page, `/kiem-tra/${signed.id}/bien-ban`);
  for (const id of signed.findingIds) await expectNotFound(page, `/phat-hien/${id}`);
  await page.goto("/phat-hien");
  await expect(page.getByRole("heading", { level: 1, name: "Phát hiện" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(findings.minor);
});
