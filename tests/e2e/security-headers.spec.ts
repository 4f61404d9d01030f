import { expect, test, type Page, type Response } from "@playwright/test";
import { createAgency } from "./support/agencies";
import { demo, open, signIn } from "./support/auth";
import { createUser, withClient } from "./support/db";

/**
 * The Content-Security-Policy must not break the app: every page below is opened, used a little, and
 * must report no CSP violation (console messages and `securitypolicyviolation` events, in every frame).
 */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return violations;
}

function expectPageHeaders(response: Response | null, options: { camera?: boolean } = {}) {
  const headers = response!.headers();
  const policy = headers["content-security-policy"]!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toMatch(options.camera ? /^camera=\(self\)/ : /^camera=\(\)/);
  // Served over plain http here: no HSTS, no upgrade of requests.
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(policy).not.toContain("upgrade-insecure-requests");
  return policy;
}

/** A unit of its own with an officer: the uploads below touch no other test's records. */
async function officerOfNewUnit() {
  const unit = await createAgency();
  return { unit, officer: await createUser({ role: "AGENCY_OFFICER", agencyCode: unit.code }) };
}

const recordsOf = (agencyId: string) =>
  withClient(async (c) =>
    Number(
      (await c.query<{ n: string }>(`SELECT count(*) AS n FROM qms_record WHERE "agencyId" = $1`, [agencyId])).rows[0]!
        .n,
    ),
  );

test("pages carry a nonce CSP that nothing on them violates: sign-in, home, lists and forms for each role, a record's PDF preview and the evidence page", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);

  const signInPage = await open(page, "/dang-nhap");
  const policy = expectPageHeaders(signInPage);
  const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
  // Next.js put the nonce on its own scripts; another request gets another nonce.
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  expect(await page.locator("script:not([nonce])").count()).toBe(0);
  expect(await page.evaluate(() => [...document.scripts].map((s) => s.nonce))).toContain(nonce);
  expect((await page.request.get("/dang-nhap")).headers()["content-security-policy"]).not.toContain(nonce);

  await signIn(page, demo.admin); // the form works: React hydrated under the policy
  for (const path of ["/co-quan", "/ke-hoach/moi", "/quan-tri/nguoi-dung", "/bang-kiem"])
    expectPageHeaders(await open(page, path));
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Kế hoạch kiểm tra" })
    .click(); // client-side navigation
  await expect(page.getByRole("heading", { level: 1, name: "Kế hoạch kiểm tra" })).toBeVisible();

  const inspector = await browser.newContext();
  const inspectorPage = await inspector.newPage();
  const inspectorViolations = await watchViolations(inspectorPage);
  await signIn(inspectorPage, demo.inspector);
  expectPageHeaders(await open(inspectorPage, "/kiem-tra"));
  const inspectionId = await withClient(
    async (c) => (await c.query<{ id: string }>(`SELECT id FROM inspection ORDER BY "createdAt" LIMIT 1`)).rows[0]!.id,
  );
  expectPageHeaders(await open(inspectorPage, `/kiem-tra/${inspectionId}`), { camera: true });
  expectPageHeaders(await open(inspectorPage, `/kiem-tra/${inspectionId}/bien-ban`));

  // An officer uploads a PDF through the form; the record page shows it in a frame (framing by the app itself is allowed).
  const { officer } = await officerOfNewUnit();
  const officerContext = await browser.newContext();
  const officerPage = await officerContext.newPage();
  const officerViolations = await watchViolations(officerPage);
  await signIn(officerPage, officer, officer.password);
  expectPageHeaders(await open(officerPage, "/ho-so/moi"));
  await officerPage.getByLabel("Loại hồ sơ").selectOption({ label: "Báo cáo đánh giá nội bộ" });
  await officerPage.getByLabel("Tên hồ sơ").fill("Báo cáo đánh giá nội bộ năm 2021 (kiểm tra CSP)");
  await officerPage.getByLabel("Từ ngày").fill("01/01/2021");
  await officerPage.getByLabel("Đến ngày").fill("31/12/2021");
  await officerPage.getByLabel("Tệp đính kèm").setInputFiles({
    name: "bao-cao.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  });
  await officerPage.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(
    officerPage.getByRole("heading", { level: 1, name: "Báo cáo đánh giá nội bộ năm 2021 (kiểm tra CSP)" }),
  ).toBeVisible();
  const frame = officerPage.getByTitle("bao-cao.pdf");
  await expect(frame).toBeVisible();
  const preview = await officerPage.request.get((await frame.getAttribute("src"))!);
  expect(preview.headers()["content-security-policy"]).toBe("frame-ancestors 'self'");
  expect(preview.headers()["x-content-type-options"]).toBe("nosniff");

  // Let late violations (frames, fonts, lazy chunks) arrive before judging.
  await Promise.all([page, inspectorPage, officerPage].map((p) => p.waitForLoadState("networkidle")));
  expect([...violations, ...inspectorViolations, ...officerViolations]).toEqual([]);
  await Promise.all([inspector.close(), officerContext.close()]);
});

test("API answers, static files and exports carry the static headers", async ({ page }) => {
  const health = await page.request.get("/api/health");
  expect(health.headers()["x-content-type-options"]).toBe("nosniff");
  expect(health.headers()["content-security-policy"]).toBe(
    "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  expect(health.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(health.headers()["permissions-policy"]).toMatch(/^camera=\(\)/);

  await open(page, "/dang-nhap");
  const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const asset = await page.request.get(script!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
  expect(asset.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  // Behind a proxy that terminated TLS, responses carry HSTS.
  expect(
    (await page.request.get("/api/health", { headers: { "x-forwarded-proto": "https" } })).headers()[
      "strict-transport-security"
    ],
  ).toBe("max-age=31536000; includeSubDomains");

  await signIn(page, demo.admin);
  for (const format of ["csv", "xlsx"]) {
    const exported = await page.request.get(`/api/agencies/export?format=${format}`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()["x-content-type-options"]).toBe("nosniff");
  }
});

test("a signed-in officer's upload sent from another site is refused with 403 and creates nothing; the same upload from the app creates the record", async ({
  page,
}) => {
  const { unit, officer } = await officerOfNewUnit();
  await signIn(page, officer, officer.password);
  const base = new URL(page.url()).origin;
  const upload = (origin: string) =>
    page.request.post("/api/ho-so", {
      headers: { origin },
      multipart: {
        category: "INTERNAL_AUDIT_REPORT",
        title: `Báo cáo giả mạo ${unit.code}`,
        periodFrom: "01/01/2021",
        periodTo: "31/12/2021",
        files: {
          name: "bao-cao.pdf",
          mimeType: "application/pdf",
          buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
        },
      },
    });

  const foreign = await upload("https://evil.example");
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toEqual({
    code: "FORBIDDEN",
    message:
      "Yêu cầu bị từ chối vì được gửi từ một trang web khác. Vui lòng thao tác trực tiếp trên trang của hệ thống.",
  });
  expect(await recordsOf(unit.id)).toBe(0);

  expect((await upload(base)).status()).toBe(201);
  expect(await recordsOf(unit.id)).toBe(1);
});
