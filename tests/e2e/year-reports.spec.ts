import { readFile } from "node:fs/promises";
import { expect, test, type Browser } from "@playwright/test";
import { demo, hydrated, open, statusMessage } from "./support/auth";
import { ownAppPerFile } from "./support/own-app";

/*
 * On an app and database of its own (support/own-app.ts): the November 2021 figures count every 2021 plan,
 * and other files add 2021 plans to the shared database; a report is also one per kind and year.
 */
const own = ownAppPerFile();

const as = (browser: Browser, account: (typeof demo)[keyof typeof demo]) => own.signedIn(browser, account);

test("DOST drafts the November 2021 report on the seeded data; the director approves and sends it; the committee acknowledges it", async ({
  browser,
}) => {
  test.slow();
  // A DOST inspector drafts the report from the menu.
  const page = await as(browser, demo.inspector);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Báo cáo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo năm" })).toBeVisible();
  await hydrated(page);
  await page.getByLabel("Loại báo cáo").selectOption("NOVEMBER_CONSOLIDATION");
  await page.getByLabel("Năm").fill("2021");
  await page.getByLabel("Số liệu tính đến ngày").fill("15/11/2021");
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await page.waitForURL(/\/bao-cao\/[0-9a-f-]{36}$/);
  await hydrated(page);
  const url = page.url();
  await expect(page.getByText("Số liệu tính đến ngày 15/11/2021")).toBeVisible();
  // The seeded plan 05/KH-SKHCN: 197 units by dossier, 66 of them on site.
  const coverage = page.getByRole("table", {
    name: "Kết quả thực hiện kế hoạch theo loại đơn vị và hình thức kiểm tra",
  });
  await expect(coverage.getByRole("row").filter({ hasText: "Tổng cộng" })).toContainText("197");
  await expect(coverage.getByRole("row").filter({ hasText: "Tổng cộng" })).toContainText("66");

  await page.getByLabel("Khái quát").fill("Thực hiện Kế hoạch số 05/KH-SKHCN, Sở đã kiểm tra các cơ quan, đơn vị.");
  await page.getByRole("button", { name: "Lưu nội dung" }).click();
  await expect(statusMessage(page, "Đã lưu nội dung.")).toBeVisible();
  await page.getByRole("button", { name: "Trình Giám đốc Sở" }).click();
  await expect(page.getByText("Chờ Giám đốc Sở duyệt")).toBeVisible();
  await expect(page.getByText(/Số liệu đã chốt lúc/)).toBeVisible();

  // The director (DOST administrator) approves with a number and sends it to the committee.
  const director = await as(browser, demo.admin);
  await open(director, url);
  await director.getByLabel("Số văn bản").fill("120/BC-SKHCN");
  await director.getByLabel("Ngày (dd/MM/yyyy)").fill("20/11/2021");
  await director.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(director.getByText("Số 120/BC-SKHCN, ngày 20/11/2021")).toBeVisible();
  await director.getByRole("button", { name: "Gửi UBND tỉnh" }).click();
  await expect(director.getByText("Báo cáo đã gửi UBND tỉnh, không sửa được nữa", { exact: false })).toBeVisible();

  // The committee finds it in its list and acknowledges it.
  const committee = await as(browser, demo.committee);
  await open(committee, "/bao-cao");
  await committee.getByRole("link", { name: "Báo cáo tổng hợp kết quả kiểm tra (tháng 11)" }).first().click();
  await committee.waitForURL(url);
  await hydrated(committee);
  await expect(committee.getByText("Thực hiện Kế hoạch số 05/KH-SKHCN", { exact: false })).toBeVisible();
  await committee.getByRole("button", { name: "Tiếp nhận" }).click();
  await expect(committee.getByText("UBND tỉnh đã tiếp nhận").first()).toBeVisible();

  // The tables download as XLSX.
  const [download] = await Promise.all([
    committee.waitForEvent("download"),
    committee.getByRole("link", { name: "Tải bảng số liệu (XLSX)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("bao-cao-2021-v1.xlsx");
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe("PK");

  // The November report itself, as DOCX (to edit and sign) and PDF, with its number.
  for (const [link, name, magic] of [
    ["Tải báo cáo (DOCX)", "bao-cao-2021-v1.docx", "PK"],
    ["Tải báo cáo (PDF)", "bao-cao-2021-v1.pdf", "%PDF"],
  ] as const) {
    const [file] = await Promise.all([
      committee.waitForEvent("download"),
      committee.getByRole("link", { name: link }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(name);
    expect((await readFile((await file.path())!)).subarray(0, magic.length).toString()).toBe(magic);
  }

  // An agency officer cannot open it.
  const officer = await as(browser, demo.officer);
  const response = await officer.goto(url);
  expect(response?.status()).toBe(404);
});

test("a draft's figures show when they were computed and refresh on demand; a double click on “Trình Giám đốc Sở” submits once", async ({
  browser,
}) => {
  test.slow();
  const page = await as(browser, demo.inspector);
  await open(page, "/bao-cao");
  await page.getByLabel("Loại báo cáo").selectOption("MINISTRY_ANNUAL");
  await page.getByLabel("Năm").fill("2021");
  await page.getByLabel("Số liệu tính đến ngày").fill("18/12/2021");
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await page.waitForURL(/\/bao-cao\/[0-9a-f-]{36}$/);
  await hydrated(page);
  const id = page.url().split("/").at(-1)!;

  // The draft's figures were computed once, when it was made, and say when.
  const computedLine = page.getByText(/^Số liệu tính lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
  await expect(computedLine).toBeVisible();
  const firstComputedAt = await own.app.withClient(async (c) => {
    const { rows } = await c.query(`SELECT "figuresComputedAt" FROM year_report WHERE id = $1`, [id]);
    return (rows[0] as { figuresComputedAt: Date }).figuresComputedAt;
  });
  expect(firstComputedAt).toBeInstanceOf(Date);
  await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
  await expect(statusMessage(page, "Đã cập nhật số liệu.")).toBeVisible();
  const refreshed = await own.app.withClient(async (c) => {
    const { rows } = await c.query(
      `SELECT "figuresComputedAt",
              (SELECT count(*)::int FROM audit_event WHERE "targetId" = $1::text AND type = 'yearReport.figures_refreshed') AS audits
         FROM year_report WHERE id = $1::uuid`,
      [id],
    );
    return rows[0] as { figuresComputedAt: Date; audits: number };
  });
  expect(refreshed.figuresComputedAt.getTime()).toBeGreaterThan(firstComputedAt.getTime());
  expect(refreshed.audits).toBe(1);

  // The same draft open in a second tab, before it is submitted.
  const stalePage = await page.context().newPage();
  await open(stalePage, `/bao-cao/${id}`);

  // A double click on the submit button: one transition, one history row, one clear state on the page.
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.getByRole("button", { name: "Trình Giám đốc Sở" }).dblclick();
  await expect(page.getByText("Chờ Giám đốc Sở duyệt").first()).toBeVisible();
  await expect(page.getByText(/Số liệu đã chốt lúc/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Trình Giám đốc Sở" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Cập nhật số liệu" })).toHaveCount(0);
  // The history lists the submission once (the event line reads "HH:mm dd/MM/yyyy — Trình Giám đốc Sở (…)").
  await expect(page.getByRole("listitem").filter({ hasText: /— Trình Giám đốc Sở/ })).toHaveCount(1);
  await expect(page.getByText("Đã có lỗi xảy ra")).toHaveCount(0);
  await expect(page.getByText("Báo cáo vừa được người khác thay đổi", { exact: false })).toHaveCount(0);
  expect(errors).toEqual([]);
  const stored = await own.app.withClient(async (c) => {
    const { rows } = await c.query(
      `SELECT r.status::text AS status,
              (SELECT count(*)::int FROM year_report_event e WHERE e."reportId" = r.id AND e.action = 'submit') AS events,
              (SELECT count(*)::int FROM audit_event a WHERE a."targetId" = r.id::text AND a.type = 'yearReport.transition') AS transitions
         FROM year_report r WHERE r.id = $1`,
      [id],
    );
    return rows[0];
  });
  expect(stored).toEqual({ status: "SUBMITTED", events: 1, transitions: 1 });

  // The same step sent again from a page opened before it (as a second request of a double click would be)
  // is told, in Vietnamese, that it is already done.
  await stalePage.getByRole("button", { name: "Trình Giám đốc Sở" }).click();
  await expect(stalePage.getByText("Bước này đã được thực hiện rồi", { exact: false })).toBeVisible();
  await expect(stalePage.getByText("Đã có lỗi xảy ra")).toHaveCount(0);
  expect(
    await own.app.withClient(async (c) => {
      const { rows } = await c.query(
        `SELECT count(*)::int AS n FROM year_report_event WHERE "reportId" = $1::uuid AND action = 'submit'`,
        [id],
      );
      return (rows[0] as { n: number }).n;
    }),
  ).toBe(1);
});
