import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import {
  fallbackContentSecurityPolicy,
  pageContentSecurityPolicy,
  permissionsPolicy,
  servedOverHttps,
  staticSecurityHeaders,
} from "@/lib/security/headers";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("pageContentSecurityPolicy", () => {
  const page = directives(pageContentSecurityPolicy({ nonce: "bm9uY2U=", https: false }));

  it("runs only scripts with this request's nonce and what they load; never inline or eval'd code", () => {
    expect(page.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect([...page.values()].flat()).not.toContain("'unsafe-eval'");
    expect(page.get("script-src")).not.toContain("'unsafe-inline'");
    expect(page.get("style-src")).toEqual(["'self'", "'nonce-bm9uY2U='"]);
  });

  it("forbids framing the app, plugins, other bases and form targets", () => {
    expect(page.get("frame-ancestors")).toEqual(["'none'"]);
    expect(page.get("object-src")).toEqual(["'none'"]);
    expect(page.get("base-uri")).toEqual(["'self'"]);
    expect(page.get("form-action")).toEqual(["'self'"]);
  });

  it("upgrades insecure requests only when served over https; development adds eval and inline styles", () => {
    expect(page.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(pageContentSecurityPolicy({ nonce: "n", https: true })).has("upgrade-insecure-requests")).toBe(
      true,
    );
    const dev = directives(pageContentSecurityPolicy({ nonce: "n", https: false, dev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toContain("'unsafe-inline'");
  });
});

describe("static headers", () => {
  it("puts nosniff, the referrer policy, the permissions policy and a closed CSP on every path", () => {
    const [every] = staticSecurityHeaders();
    expect(every!.source).toBe("/:path*");
    expect(Object.fromEntries(every!.headers.map((h) => [h.key, h.value]))).toEqual({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "permissions-policy": permissionsPolicy({ camera: false }),
      "content-security-policy": fallbackContentSecurityPolicy,
    });
    expect(directives(fallbackContentSecurityPolicy).get("default-src")).toEqual(["'none'"]);
  });

  it("allows the camera on the evidence page only", () => {
    expect(permissionsPolicy({ camera: false })).toMatch(/^camera=\(\), /);
    expect(permissionsPolicy({ camera: true })).toMatch(/^camera=\(self\), /);
    const camera = staticSecurityHeaders().filter((rule) =>
      rule.headers.some((h) => h.value.includes("camera=(self)")),
    );
    expect(camera.map((rule) => rule.source)).toEqual(["/kiem-tra/:id"]);
  });

  it("lets the app frame the files it previews, and nothing else", () => {
    const framed = staticSecurityHeaders().filter((rule) =>
      rule.headers.some((h) => h.value === "frame-ancestors 'self'"),
    );
    expect(framed.map((rule) => rule.source)).toEqual([
      "/api/ho-so/tep/:fileId",
      "/api/kiem-tra/:id/minh-chung/:evidenceId",
      "/api/ke-hoach/:id/quyet-dinh",
    ]);
  });

  it("sends HSTS only on requests the proxy in front marks https", () => {
    const hsts = staticSecurityHeaders().filter((rule) =>
      rule.headers.some((h) => h.key === "strict-transport-security"),
    );
    expect(hsts).toEqual([
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "strict-transport-security", value: "max-age=31536000; includeSubDomains" }],
      },
    ]);
  });
});

describe("servedOverHttps: Secure session cookies and HSTS", () => {
  const proto = (value?: string) => new Headers(value ? { "x-forwarded-proto": value } : {});

  it.each([
    [{ NEXTAUTH_URL: "https://kiemtra.angiang.gov.vn" }, proto(), true],
    [{ NEXTAUTH_URL: "https://kiemtra.angiang.gov.vn" }, proto("http"), true],
    [{ NEXTAUTH_URL: "http://10.0.0.5:3000" }, proto("https"), false],
    [{}, proto("https"), true],
    [{}, proto("HTTPS, http"), true],
    [{}, proto("http"), false],
    [{}, proto(), false],
  ])("NEXTAUTH_URL %j, forwarded proto → %s", (source, headers, expected) => {
    expect(servedOverHttps(headers, source)).toBe(expected);
  });

  it("is what next-auth is told for its cookies (it would otherwise decide on its own)", () => {
    process.env.NEXTAUTH_SECRET ??= "unit-secret-unit-secret-unit-secret-0000";
    expect(authOptions({ secureCookies: true }).useSecureCookies).toBe(true);
    expect(authOptions({ secureCookies: false }).useSecureCookies).toBe(false);
  });
});
