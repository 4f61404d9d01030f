import { expect, test } from "@playwright/test";
import { open, signIn } from "./support/auth";
import { createUser } from "./support/db";
import { insertInspection } from "./support/inspection-rows";
import { createPlan, unit } from "./support/plans";

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

// A real 1×1 PNG, so the thumbnail proves the browser got the image back from the download route.
const photo = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
const program = Buffer.concat([
  Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"),
  Buffer.alloc(64),
  Buffer.from("This program cannot be run in DOS mode."),
]);

test("an inspector attaches a photo to an item on a tablet and sees it listed; a program renamed .png is refused", async ({
  page,
}) => {
  const plan = await createPlan({ status: "APPROVED", targets: [unit.longXuyen.code], onSite: [unit.longXuyen.code] });
  const lead = await createUser({ role: "DOST_INSPECTOR" });
  const inspection = await insertInspection({
    planId: plan.id,
    unitCode: unit.longXuyen.code,
    status: "IN_PROGRESS",
    team: [{ email: lead.email, role: "LEAD" }],
    items: [
      { code: "QD-01", result: null },
      { code: "N-4.1", result: null },
    ],
  });
  await signIn(page, lead, lead.password);
  await open(page, `/kiem-tra/${inspection.id}`);

  const item = page.locator('[data-item-index="0"]');
  await item.getByText("Bằng chứng (0)").click();
  const picker = item.getByLabel(/^Thêm ảnh\/tệp/);
  await expect(picker).toHaveAttribute("capture", "environment");

  await picker.setInputFiles({ name: "ảnh hiện trường.png", mimeType: "image/png", buffer: program });
  await item.getByRole("button", { name: "Tải lên" }).click();
  await expect(picker).toHaveAccessibleDescription(
    /Tệp “ảnh hiện trường.png” không phải JPEG, PNG, PDF, DOCX hoặc XLSX/,
  );
  await expect(item.getByText("Bằng chứng (0)")).toBeVisible();

  await picker.setInputFiles({ name: "Bảng niêm yết TTHC.png", mimeType: "image/png", buffer: photo });
  await item.getByLabel("Chú thích ảnh/tệp").fill("Bảng niêm yết tại bộ phận một cửa");
  await item.getByRole("button", { name: "Tải lên" }).click();
  await expect(item.getByRole("status").filter({ hasText: "Đã thêm 1 tệp." })).toBeVisible();
  await expect(item.getByText("Bằng chứng (1)")).toBeVisible();
  const thumbnail = item.getByRole("img", { name: "Xem Bảng niêm yết TTHC.png" });
  await expect(thumbnail).toBeVisible();
  await expect(thumbnail).toHaveJSProperty("naturalWidth", 1);
  await expect(item.getByText("— Bảng niêm yết tại bộ phận một cửa")).toBeVisible();
  await expect(picker).not.toHaveAccessibleDescription(/không phải/);
});
