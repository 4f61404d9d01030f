import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/auth/redirect";

const origin = "http://127.0.0.1:3210";

describe("safeRedirectPath", () => {
  it.each([
    ["/\\evil.example/x"],
    ["/%5Cevil.example"],
    ["/%09/evil.example"],
    ["//evil.example"],
    ["https://evil.example"],
    ["javascript:alert(1)"],
    ["\\\\evil.example"],
    ["/\t/evil.example"],
    ["/.//evil.example"],
    ["http://127.0.0.1:3211/"],
    ["https://127.0.0.1:3210/"],
    ["data:text/html,<script>alert(1)</script>"],
    ["http://evil.example@127.0.0.1:3210.evil.example/"],
  ])("%j never leaves the app's origin", (payload) => {
    const path = safeRedirectPath(payload, origin);
    expect(path.startsWith("/")).toBe(true);
    expect(new URL(path, origin).origin).toBe(origin);
    // What a browser (or Next's router) does with the answer as an href.
    expect(new URL(path, "https://app.example").origin).toBe("https://app.example");
  });

  it.each([
    ["/\\evil.example/x", "/"],
    ["//evil.example", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/.//evil.example", "/"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["/%09/evil.example", "/%09/evil.example"],
  ])("%j → %j", (payload, expected) => expect(safeRedirectPath(payload, origin)).toBe(expected));

  it("keeps same-origin paths with their query and fragment", () => {
    expect(safeRedirectPath("/quan-tri/nguoi-dung?q=an&page=2#top", origin)).toBe(
      "/quan-tri/nguoi-dung?q=an&page=2#top",
    );
    expect(safeRedirectPath("/ke-hoach/", origin)).toBe("/ke-hoach/");
    expect(safeRedirectPath(`${origin}/kiem-tra?x=1`, origin)).toBe("/kiem-tra?x=1");
    expect(safeRedirectPath("/ho-so/../thong-bao", origin)).toBe("/thong-bao");
  });

  it("falls back to / for nothing, non-strings and a malformed origin", () => {
    expect(safeRedirectPath(undefined, origin)).toBe("/");
    expect(safeRedirectPath("", origin)).toBe("/");
    expect(safeRedirectPath(["/a"], origin)).toBe("/");
    expect(safeRedirectPath("/a", "not an origin")).toBe("/");
  });
});
