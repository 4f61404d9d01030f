// The layer rules of scripts/lint/layers.mjs, run through ESLint with the project's own config: each case
// is a file that breaks a layer, and `npm run lint` must refuse it (and accept its lawful twin).
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
}, 60_000);

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  if (!result) throw new Error(`ESLint gave no result for ${filePath}`);
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const page = (imports: string) =>
  `${imports}\n\nexport default async function Page() {\n  return <p>{String(typeof x)}</p>;\n}\nconst x = 1;\n`;

describe("app/ and components/ reach a domain through its loaders, actions and routes", () => {
  it("refuses a page that imports the database", { timeout: 60_000 }, async () => {
    const found = await problems("app/(app)/lint-case/page.tsx", page(`import { db } from "@/lib/db";\nvoid db;`));
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*do not touch the database/)]);
  });

  it("refuses a page that imports scopeFor, or requireScope", { timeout: 60_000 }, async () => {
    for (const name of ["scopeFor", "requireScope"]) {
      const found = await problems(
        "app/(app)/lint-case/page.tsx",
        page(`import { ${name} } from "@/lib/auth/scope";\nvoid ${name};`),
      );
      expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*Only the boundary makes a Scope/)]);
    }
  });

  it("refuses a page or a component that imports a data or mutations module", { timeout: 60_000 }, async () => {
    for (const [file, source] of [
      ["app/(app)/lint-case/page.tsx", "@/lib/plans/data"],
      ["app/api/lint-case/route.ts", "@/lib/documents/mutations"],
      ["components/plans/lint-case.tsx", "@/lib/agencies/data"],
    ] as const) {
      const found = await problems(file, `import { anything } from "${source}";\nvoid anything;\n`);
      expect(found, `${file} → ${source}`).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*do not import data or mutations/),
      ]);
    }
  });

  it("refuses a domain import in components/ui, which stays domain-free", { timeout: 60_000 }, async () => {
    const found = await problems(
      "components/ui/lint-case.tsx",
      `import { planSchema } from "@/lib/plans/schema";\nvoid planSchema;\n`,
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*components\/ui is domain-free/)]);
  });

  it("accepts a page that reads through its domain's loader", { timeout: 60_000 }, async () => {
    const found = await problems(
      "app/(app)/lint-case/page.tsx",
      page(`import { loadPlanPage } from "@/lib/plans/loaders";\nvoid loadPlanPage;`),
    );
    expect(found).toEqual([]);
  });
});

describe("lib/<domain> reaches another domain through its public entry", () => {
  it("refuses another domain's internals and accepts its entry, schema and policy", { timeout: 60_000 }, async () => {
    const internal = await problems("lib/plans/lint-case.ts", `import { x } from "@/lib/inspections/data";\nvoid x;\n`);
    expect(internal).toEqual([expect.stringMatching(/^no-restricted-imports: .*lib\/plans reaches lib\/inspections/)]);
    const nested = await problems(
      "lib/plans/sub/lint-case.ts",
      `import { x } from "../../inspections/data";\nvoid x;\n`,
    );
    expect(nested.length).toBeGreaterThan(0);
    const lawful = await problems(
      "lib/plans/lint-case.ts",
      `import { a } from "@/lib/inspections";\nimport { b } from "@/lib/inspections/schema";\nimport { c } from "@/lib/inspections/policy";\nvoid [a, b, c];\n`,
    );
    expect(lawful).toEqual([]);
  });

  it("lets a loader make its page's scope, and no other domain module", { timeout: 60_000 }, async () => {
    const code = `import { requireScope } from "@/lib/auth/scope";\nvoid requireScope;\n`;
    expect(await problems("lib/plans/loaders.ts", code)).toEqual([]);
    expect(await problems("lib/plans/mutations.ts", code)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Only the boundary makes a Scope/),
    ]);
    const made = `import { scopeFor } from "@/lib/auth/scope";\nvoid scopeFor;\n`;
    expect(await problems("lib/plans/loaders.ts", made)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Only the boundary makes a Scope/),
    ]);
  });
});

describe("a client component imports no server-only code", () => {
  it("refuses a server-only module and accepts a type import from it", { timeout: 60_000 }, async () => {
    const client = (line: string) => `"use client";\n\n${line}\n`;
    expect(
      await problems(
        "components/plans/lint-case.tsx",
        client(`import { getPlan } from "@/lib/plans/data";\nvoid getPlan;`),
      ),
    ).toEqual(
      expect.arrayContaining([expect.stringMatching(/^layers\/client-imports-no-server-code: .*@\/lib\/plans\/data/)]),
    );
    expect(
      await problems(
        "components/plans/lint-case.tsx",
        client(`import { cookies } from "next/headers";\nvoid cookies;`),
      ),
    ).toEqual([expect.stringMatching(/^layers\/client-imports-no-server-code/)]);
    expect(
      await problems(
        "components/plans/lint-case.tsx",
        client(
          `import type { Actor } from "@/lib/auth/actor";\nimport { milestoneKinds } from "@/lib/plans/constants";\nexport const f = (a: Actor) => [a, milestoneKinds];`,
        ),
      ),
    ).toEqual([]);
  });
});

describe("a client component imports no zod", () => {
  const client = (line: string) => `"use client";\n\n${line}\n`;
  const zodRule = /^layers\/client-imports-no-zod: /;

  it("refuses zod, a schema.ts, and a module that reaches one", { timeout: 60_000 }, async () => {
    for (const [line, chain] of [
      [`import { z } from "zod";\nvoid z;`, "(zod)"],
      [`import { milestoneKinds } from "@/lib/plans/schema";\nvoid milestoneKinds;`, "(lib/plans/schema.ts → zod)"],
      [
        `import { planFormValues } from "@/lib/plans/form/values";\nvoid planFormValues;`,
        "(lib/plans/form/values.ts → lib/plans/schema.ts → zod)",
      ],
      [`export { itemResults } from "@/lib/inspections/schema";`, "(lib/inspections/schema.ts → zod)"],
      [`export const load = () => import("@/lib/plans/schema");`, "(lib/plans/schema.ts → zod)"],
    ] as const) {
      const found = await problems("components/plans/lint-case.tsx", client(line));
      expect(found, line).toEqual([expect.stringMatching(zodRule)]);
      expect(found[0], line).toContain(chain);
    }
  });

  it(
    "accepts constants, type imports of a schema, server actions, and a server component",
    { timeout: 60_000 },
    async () => {
      expect(
        await problems(
          "components/plans/lint-case.tsx",
          client(
            `import { milestoneKinds } from "@/lib/plans/constants";\nimport type { PlanFields } from "@/lib/plans/schema";\nimport { type UpdatePlanInput } from "@/lib/plans/schema";\nimport { createPlanAction } from "@/lib/plans/actions";\nexport const f = (a: PlanFields, b: UpdatePlanInput) => [a, b, milestoneKinds, createPlanAction];`,
          ),
        ),
      ).toEqual([]);
      expect(
        await problems(
          "components/plans/lint-case.tsx",
          `import { planFieldsSchema } from "@/lib/plans/schema";\nexport const f = () => planFieldsSchema;\n`,
        ),
      ).toEqual([]);
    },
  );
});

describe("which roles are which is said once", () => {
  it("refuses comparing a role with a role's name outside lib/auth/roles.ts", { timeout: 60_000 }, async () => {
    const code = `export const f = (actor: { role: string }) => actor.role === "AGENCY_OFFICER";\n`;
    expect(await problems("lib/plans/lint-case.ts", code)).toEqual([
      expect.stringMatching(/^no-restricted-syntax: Ask a role predicate/),
    ]);
    expect(await problems("lib/auth/roles.ts", code)).toEqual([]);
  });
});
