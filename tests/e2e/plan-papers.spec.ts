import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import JSZip from "jszip";
import { openDocx, pdfPages } from "../support/official-files";
import { card, demo, hydrated, open, statusMessage } from "./support/auth";
import { withClient } from "./support/db";
import { ownAppPerFile } from "./support/own-app";

/*
 * The papers of the seeded 2021 plan (05/KH-SKHCN, 197 units by dossier, 66 on site), on an app and database of
 * its own (support/own-app.ts): it issues the plan's check decision, which no other file may see issued.
 */
const own = ownAppPerFile();

const as = (browser: Browser, account: (typeof demo)[keyof typeof demo]) =>
  own.signedIn(browser, account, { tablet: true });

/** Clicks a download link and returns the file's suggested name and bytes. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test("the admin downloads the 2021 plan's papers, and sets and issues the check decision's number", async ({
  browser,
}) => {
  test.slow();
  const { rows } = await withClient((c) =>
    c.query<{ id: string }>(
      `SELECT id FROM inspection_plan WHERE year = 2021 AND number = '05/KH-SKHCN' ORDER BY version LIMIT 1`,
    ),
  );
  const planId = rows[0]!.id;
  const page = await as(browser, demo.admin);
  await open(page, `/ke-hoach/${planId}`);
  await page.getByRole("navigation", { name: "Kế hoạch" }).getByRole("link", { name: "Văn bản" }).click();
  await page.waitForURL(`**/ke-hoach/${planId}/van-ban`);
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1, name: "05/KH-SKHCN — Văn bản của kế hoạch" })).toBeVisible();

  // The plan itself, whose links end with the file name.
  const plan = "Kế hoạch kiểm tra (Mẫu 19. KHKT)";
  await expect(card(page, plan).getByRole("link", { name: `Tải ${plan} (DOCX)` })).toHaveAttribute(
    "href",
    `/ke-hoach/${planId}/van-ban/ke-hoach.docx`,
  );
  const docx = await download(page, `Tải ${plan} (DOCX)`);
  expect(docx.name).toBe("ke-hoach-2021.docx");
  const { paragraphs } = await openDocx(docx.bytes);
  expect(paragraphs).toContain("Số: 05/KH-SKHCN");
  expect(paragraphs).toContain("An Giang, ngày 19 tháng 01 năm 2021");
  expect(paragraphs).toContain("PHỤ LỤC II. DANH SÁCH CƠ QUAN, ĐƠN VỊ KIỂM TRA TẠI TRỤ SỞ");
  expect(paragraphs).toContain("Tổng cộng: 66 cơ quan, đơn vị.");
  const pdf = await download(page, `Tải ${plan} (PDF)`);
  expect(pdf.name).toBe("ke-hoach-2021.pdf");
  const pdfText = (await pdfPages(pdf.bytes)).join(" ");
  expect(pdfText).toContain("Số: 05/KH-SKHCN");
  expect(pdfText).toContain("An Giang, ngày 19 tháng 01 năm 2021");

  // The request letters: one DOCX per dossier unit in a ZIP.
  const letters = "Công văn đề nghị báo cáo (Điều 35)";
  const zip = await download(page, `Tải ${letters} (ZIP (197 tệp))`);
  expect(zip.name).toBe("cong-van-de-nghi-2021.zip");
  const archive = await JSZip.loadAsync(zip.bytes);
  const entries = Object.keys(archive.files);
  expect(entries).toHaveLength(197);
  const first = await openDocx(await archive.file(entries[0]!)!.async("nodebuffer"));
  expect(first.paragraphs.some((p) => p.startsWith("Kính gửi: "))).toBe(true);

  // The check decision: a number and date saved as a draft, then issued; read-only from then on.
  const decision = card(page, "Quyết định kiểm tra tại trụ sở (Mẫu 20. QĐKT)");
  await decision.getByLabel("Số văn bản").fill("12/QĐ-SKHCN");
  await decision.getByLabel("Ngày ban hành").fill("02/04/2021");
  await decision.getByRole("button", { name: "Lưu dự thảo" }).click();
  await expect(statusMessage(page, "Đã lưu số và ngày văn bản.")).toBeVisible();
  await expect(decision.getByText("Dự thảo", { exact: true })).toBeVisible();
  await decision.getByRole("button", { name: "Ban hành" }).click();
  await decision.getByRole("group", { name: "Ban hành" }).getByRole("button", { name: "Ban hành" }).click();
  await expect(decision.getByText("Đã ban hành", { exact: true })).toBeVisible();
  await expect(decision.getByLabel("Số văn bản")).toHaveCount(0);
  await expect(decision.getByText("12/QĐ-SKHCN")).toBeVisible();
  const issued = await download(page, "Tải Quyết định kiểm tra tại trụ sở (Mẫu 20. QĐKT) (PDF)");
  const issuedText = (await pdfPages(issued.bytes)).join(" ");
  expect(issuedText).toContain("Số: 12/QĐ-SKHCN");
  expect(issuedText).toContain("An Giang, ngày 02 tháng 4 năm 2021");
  expect(issuedText).not.toContain("DỰ THẢO");

  // An agency officer gets neither the plan nor the request letters (not yet issued): 404, ids do not leak.
  const officer = await as(browser, demo.officer);
  for (const file of ["ke-hoach.pdf", "quyet-dinh-doan.docx", "cong-van-de-nghi.zip", "cong-van-de-nghi.docx"])
    expect((await officer.request.get(`/ke-hoach/${planId}/van-ban/${file}`)).status()).toBe(404);
});
