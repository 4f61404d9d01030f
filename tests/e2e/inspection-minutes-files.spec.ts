import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { demo, signIn } from "./support/auth";
import { insertInspection } from "./support/inspection-rows";
import { createPlan, unit } from "./support/plans";

test("the admin downloads a signed record as PDF and DOCX from the record page, and both open", async ({ page }) => {
  const plan = await createPlan({ status: "APPROVED", targets: [unit.longXuyen.code], onSite: [unit.longXuyen.code] });
  const signed = await insertInspection({
    planId: plan.id,
    unitCode: unit.longXuyen.code,
    status: "SIGNED_OFF",
    team: [{ email: demo.inspector.email, role: "LEAD" }],
    items: [
      { code: "QD-01", result: "CONFORM" },
      { code: "N-4.1", result: "CONFORM" },
    ],
  });
  await signIn(page, demo.admin);
  await page.goto(`/kiem-tra/${signed.id}/bien-ban`);

  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải biên bản (PDF)" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`Biên bản kiểm tra - ${unit.longXuyen.name}.pdf`);
  const pdfBytes = await readFile((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdfBytes.toString("latin1")).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+Tinos/);

  const [docx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải biên bản (Word, DOCX)" }).click(),
  ]);
  expect(docx.suggestedFilename()).toBe(`Biên bản kiểm tra - ${unit.longXuyen.name}.docx`);
  const zip = await JSZip.loadAsync(await readFile((await docx.path())!));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  expect(xml).toContain("BIÊN BẢN KIỂM TRA");
  expect(xml).toContain("Độc lập - Tự do - Hạnh phúc");
  expect(xml).toContain(unit.longXuyen.name);
});
