import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { allowedOrigins } from "@/lib/security/allowed-origins";
import { foreignOrigin, refuseForeignOrigin, sameOriginOnly } from "@/lib/security/origin";

const headers = (values: Record<string, string>) => new Headers(values);
const host = "kiemtra.sokhcn.example:3000";

describe("foreignOrigin: the host of Origin against the request's host, as Next.js checks server actions", () => {
  it.each([
    ["the same host and port", { origin: `http://${host}`, host }],
    [
      "the same host behind a proxy (x-forwarded-host)",
      { origin: "https://kiemtra.angiang.gov.vn", host: "10.0.0.5:3000", "x-forwarded-host": "kiemtra.angiang.gov.vn" },
    ],
    [
      "the first of several forwarded hosts",
      {
        origin: "https://kiemtra.angiang.gov.vn",
        host: "10.0.0.5:3000",
        "x-forwarded-host": "kiemtra.angiang.gov.vn, proxy.internal",
      },
    ],
    ["a host in another letter case", { origin: `http://${host}`, host: host.toUpperCase() }],
    ["no Origin and no Sec-Fetch-Site (a script or a tool: no victim's cookies)", { host }],
    ["no Origin from the page itself", { host, "sec-fetch-site": "same-origin" }],
    ["no Origin, typed in the address bar", { host, "sec-fetch-site": "none" }],
  ])("lets %s through", (_, values) => {
    expect(foreignOrigin(headers(values), [])).toBeNull();
  });

  it.each([
    ["another site", { origin: "https://evil.example", host }, "origin_mismatch"],
    ["the same host on another port", { origin: "http://kiemtra.sokhcn.example:4000", host }, "origin_mismatch"],
    ["a host that only ends like ours", { origin: `http://evil${host}`, host }, "origin_mismatch"],
    ["Origin: null (sandboxed frame, redirect across sites)", { origin: "null", host }, "origin_mismatch"],
    ["a malformed Origin", { origin: "not a url", host }, "origin_malformed"],
    ["an Origin and no host to compare it with", { origin: "https://evil.example" }, "no_host"],
    [
      "x-forwarded-host wins over host, as in Next.js",
      { origin: `http://${host}`, host, "x-forwarded-host": "kiemtra.angiang.gov.vn" },
      "origin_mismatch",
    ],
    [
      "no Origin but sent by a browser from another site",
      { host, "sec-fetch-site": "cross-site" },
      "cross_site_without_origin",
    ],
    [
      "no Origin but sent from a sibling subdomain",
      { host, "sec-fetch-site": "same-site" },
      "cross_site_without_origin",
    ],
  ])("refuses %s", (_, values, reason) => {
    expect(foreignOrigin(headers(values as Record<string, string>), [])).toBe(reason);
  });

  it("accepts the allowed origins with Next.js's wildcard rules", () => {
    const allowed = ["portal.angiang.gov.vn", "*.sokhcn.angiang.gov.vn"];
    const from = (origin: string) => foreignOrigin(headers({ origin, host }), allowed);
    expect(from("https://portal.angiang.gov.vn")).toBeNull();
    expect(from("https://PORTAL.angiang.gov.vn")).toBeNull();
    expect(from("https://kiemtra.sokhcn.angiang.gov.vn")).toBeNull();
    expect(from("https://sokhcn.angiang.gov.vn")).toBe("origin_mismatch");
    expect(from("https://a.b.sokhcn.angiang.gov.vn")).toBe("origin_mismatch");
    expect(from("https://portal.angiang.gov.vn.evil.example")).toBe("origin_mismatch");
  });
});

describe("allowedOrigins", () => {
  it("reads ALLOWED_ORIGINS, comma-separated, ignoring blanks; none by default", () => {
    expect(allowedOrigins({})).toEqual([]);
    expect(allowedOrigins({ ALLOWED_ORIGINS: " portal.angiang.gov.vn , ,*.sokhcn.angiang.gov.vn" })).toEqual([
      "portal.angiang.gov.vn",
      "*.sokhcn.angiang.gov.vn",
    ]);
  });
});

describe("refuseForeignOrigin and sameOriginOnly", () => {
  const foreign = (locale?: string) =>
    new Request(`http://${host}/api/ho-so`, {
      method: "POST",
      headers: { origin: "https://evil.example", host, ...(locale ? { cookie: `locale=${locale}` } : {}) },
      body: "x",
    });

  it("answers 403 with the app's JSON error body, in Vietnamese by default and in English when chosen", async () => {
    const response = refuseForeignOrigin(foreign())!;
    expect(response.status).toBe(403);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      code: "FORBIDDEN",
      message:
        "Yêu cầu bị từ chối vì được gửi từ một trang web khác. Vui lòng thao tác trực tiếp trên trang của hệ thống.",
    });
    expect((await refuseForeignOrigin(foreign("en"))!.json()).message).toBe(
      "Refused: this request was sent from another website. Please use the application's own pages.",
    );
  });

  it("does not run the handler, nor read the body, for a foreign request; runs it for the app's own", async () => {
    const handler = vi.fn(async (_request: Request, context: { id: string }) =>
      Response.json({ id: context.id }, { status: 201 }),
    );
    const guarded = sameOriginOnly(handler);
    const request = foreign();
    expect((await guarded(request, { id: "a" })).status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
    expect(request.bodyUsed).toBe(false);
    const own = new Request(`http://${host}/api/ho-so`, {
      method: "POST",
      headers: { origin: `http://${host}`, host },
    });
    expect(await (await guarded(own, { id: "b" })).json()).toEqual({ id: "b" });
  });
});

describe("every route handler that changes state is guarded", () => {
  const routes = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? routes(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [],
    );

  // createRoute refuses a foreign Origin on every method but GET and HEAD before anything else runs (lib/http/route.ts);
  // Auth.js's own handler is the one route outside it, wrapped in sameOriginOnly.
  it("exports every handler through createRoute (or, for Auth.js, sameOriginOnly); state changes never public", () => {
    const files = routes(path.resolve(import.meta.dirname, "../../app"));
    expect(files.length).toBeGreaterThan(8);
    const outside: string[] = [];
    let changing = 0;
    for (const file of files) {
      const source = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]) {
        const exported = new RegExp(`export (const|async function|function) ${method}\\b`).test(source);
        if (!exported) continue;
        const reads = method === "GET" || method === "HEAD";
        if (!reads) changing += 1;
        const through = new RegExp(`export const ${method} = (createRoute|createPublicRoute|sameOriginOnly)\\(`).exec(
          source,
        )?.[1];
        const ok =
          through === "createRoute" ||
          (through === "createPublicRoute" && reads) ||
          (through === "sameOriginOnly" && file.includes("[...nextauth]"));
        if (!ok) outside.push(`${path.relative(process.cwd(), file)} ${method}`);
      }
    }
    expect(outside).toEqual([]);
    expect(changing).toBe(6); // … and the corrective-action report (POST /api/khac-phuc/bao-cao)
  });
});
