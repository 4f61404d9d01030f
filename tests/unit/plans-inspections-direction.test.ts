import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every TypeScript module under a folder, with the specifiers it imports. */
function importsUnder(dir: string): { file: string; specifiers: string[] }[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") || f.endsWith(".tsx"))
    .map((f) => {
      const file = path.join(dir, f);
      const specifiers = [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s+"([^"]+)"/g)].map((m) => m[1]!);
      return { file, specifiers };
    });
}

// The dependency goes one way: plans → inspections (approval generates inspections, a saved visit assigns its
// members). Inspections take the plan's automatic steps with the workflow's table from the pure plans policy.
describe("plans → inspections, never back", () => {
  it("lib/inspections imports nothing of lib/plans but its policy and schema", () => {
    const allowed = new Set(["@/lib/plans/policy", "@/lib/plans/schema"]);
    const offending = importsUnder("lib/inspections").flatMap(({ file, specifiers }) =>
      specifiers
        .filter((s) => (s === "@/lib/plans" || s.startsWith("@/lib/plans/")) && !allowed.has(s))
        .map((s) => `${file}: ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it("the pure plans modules inspections read import nothing of lib/inspections", () => {
    const pure = importsUnder("lib/plans").filter(
      ({ file }) => file.endsWith("policy.ts") || file.endsWith("schema.ts") || file.includes("workflow/state"),
    );
    expect(pure.flatMap(({ specifiers }) => specifiers.filter((s) => s.startsWith("@/lib/inspections")))).toEqual([]);
  });
});
