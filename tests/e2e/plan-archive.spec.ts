import { readFile } from "node:fs/promises";
import { expect, test, type Browser } from "@playwright/test";
import JSZip from "jszip";
import { demo, open } from "./support/auth";
import { withClient } from "./support/db";
import { ownAppPerFile } from "./support/own-app";

/*
 * On an app and database of its own (support/own-app.ts): the archive of the seeded 2021 plan holds whatever
 * other spec files add to 2021 plans in the shared database, and its audit row is counted here.
 */
const own = ownAppPerFile();
let planId = "";

const as = (browser: Browser, account: (typeof demo)[keyof typeof demo]) => own.signedIn(browser, account);

async function openPlan2021(browser: Browser) {
  const page = await as(browser, demo.admin);
  await open(page, "/ke-hoach");
  await page
    .getByRole("table", { name: "Kế hoạch kiểm tra" })
    .getByRole("link", { name: "05/KH-SKHCN", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "05/KH-SKHCN" })).toBeVisible();
  return page;
}

test("the administrator downloads the 2021 plan's archive from its page: a ZIP with its index, and an audit row", async ({
  browser,
}) => {
  test.slow();
  const page = await openPlan2021(browser);
  planId = new URL(page.url()).pathname.split("/").pop()!;
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải hồ sơ lưu trữ (ZIP)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("ho-so-ke-hoach-2021-05-KH-SKHCN.zip");
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const names = Object.keys(zip.files);
  expect(names).toContain("00-muc-luc.xlsx");
  expect(names).toContain("00-muc-luc.sha256");
  expect(names.at(-1)).toBe("00-muc-luc.xlsx");
  const xlsx = await zip.file("00-muc-luc.xlsx")!.async("uint8array");
  expect(Buffer.from(xlsx.subarray(0, 2)).toString()).toBe("PK");

  const rows = await withClient((client) =>
    client.query<{ type: string }>(
      `SELECT a.type FROM audit_event a JOIN user_account u ON u.id = a."actorId"
        WHERE a."targetId" = $1 AND u.email = $2 AND a.type = 'plan.archive_downloaded'`,
      [planId, demo.admin.email],
    ),
  );
  expect(rows.rowCount).toBe(1);
});

test("an agency officer sees no archive link on the plan and gets 404 for the archive's address", async ({
  browser,
}) => {
  const page = await as(browser, demo.officer);
  await open(page, `/ke-hoach/${planId}`);
  await expect(page.getByRole("heading", { level: 1, name: "05/KH-SKHCN" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tải hồ sơ lưu trữ (ZIP)" })).toHaveCount(0);
  const response = await page.request.get(`/ke-hoach/${planId}/luu-tru`);
  expect(response.status()).toBe(404);
});
