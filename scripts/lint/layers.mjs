// The layers of the code, as ESLint rules (used by eslint.config.mjs; proven by tests/unit/lint-layers.test.ts).
//   app/ routes and components/ draw: they reach a domain through its loaders (pages), actions (forms) and
//   routes (route handlers), never its data or mutations, the database, or the maker of scopes.
//   lib/<domain>/ decides: another domain is reached through its public entry (`@/lib/<other>`, its
//   index.ts) or its pure modules (schema, policy), never its internals.
//   Only the boundary makes a Scope: lib/action.ts, lib/http/route.ts, and page loaders (requireScope).
//   A client component imports no server-only module.
//   Which roles are which is said once, in lib/auth/roles.ts.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const domains = [
  "agencies",
  "audit",
  "checklists",
  "dashboard",
  "documents",
  "findings",
  "inspections",
  "notifications",
  "plans",
  "reports",
  "year-reports",
  "users",
];

const scopeMaker = {
  group: ["@/lib/auth/scope"],
  message: "Only the boundary makes a Scope (lib/action.ts, lib/http/route.ts, a loader's requireScope).",
};
const database = {
  group: ["@/lib/db", "@/lib/db/*", "@/lib/generated/prisma/client"],
  message: "app/ and components/ do not touch the database: use the domain's loaders, actions or routes.",
};
const internals = {
  regex: "^@/lib/[^/]+/(.+/)?(data|mutations)$",
  message: "app/ and components/ do not import data or mutations: use the domain's loaders, actions or routes.",
};
const otherDomain = (domain) =>
  domains
    .filter((other) => other !== domain)
    .map((other) => ({
      group: [`@/lib/${other}/*`, `!@/lib/${other}/schema`, `!@/lib/${other}/policy`],
      message: `lib/${domain} reaches lib/${other} through its public entry (@/lib/${other}) or its schema and policy only.`,
    }));
const upAndOut = (depth) => ({
  group: [depth === 1 ? "../*" : "../../*"],
  message: "Another folder of lib/ is imported by its @/lib path, so the layer rules can see it.",
});

const restrict = (patterns, paths = []) => ["error", { paths, patterns }];
const scopeForOnly = [{ name: "@/lib/auth/scope", importNames: ["scopeFor"], message: scopeMaker.message }];

const roleNames = "DOST_ADMIN|DOST_INSPECTOR|PARTNER_INSPECTOR|AGENCY_OFFICER|COMMITTEE_VIEWER";
const roleComparison = {
  selector: `BinaryExpression[operator=/^[!=]==?$/]:has(MemberExpression[property.name='role']):has(Literal[value=/^(${roleNames})$/])`,
  message:
    "Ask a role predicate of lib/auth/roles.ts (isDostStaff, isOfficer, seesAllUnits…) instead of comparing a role.",
};

/** A "use client" module may not import a module that says `import "server-only"`, nor Node's or Next's server APIs. */
const clientImportsNoServerCode = {
  meta: {
    type: "problem",
    schema: [],
    messages: {
      serverOnly:
        "A client component imports server-only code ({{source}}); pass data from a server component instead.",
    },
  },
  create(context) {
    const isClient = context.sourceCode.ast.body.some(
      (node) => node.type === "ExpressionStatement" && node.directive === "use client",
    );
    if (!isClient) return {};
    const root = context.cwd;
    const here = path.dirname(context.filename);
    const resolve = (source) => {
      const base = source.startsWith("@/")
        ? path.join(root, source.slice(2))
        : source.startsWith(".")
          ? path.resolve(here, source)
          : null;
      if (!base) return null;
      for (const candidate of [
        base,
        `${base}.ts`,
        `${base}.tsx`,
        path.join(base, "index.ts"),
        path.join(base, "index.tsx"),
      ])
        if (existsSync(candidate) && !candidate.endsWith(path.sep) && candidate.match(/\.[cm]?[jt]sx?$/))
          return candidate;
      return null;
    };
    const serverOnly = (source) => {
      if (source === "server-only" || source === "next/headers" || source.startsWith("node:")) return true;
      const file = resolve(source);
      return file !== null && /^\s*import\s+["']server-only["']/m.test(readFileSync(file, "utf8"));
    };
    return {
      ImportDeclaration(node) {
        if (node.importKind === "type") return;
        if (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type")) return;
        if (serverOnly(node.source.value))
          context.report({ node, messageId: "serverOnly", data: { source: node.source.value } });
      },
    };
  },
};

export const layersPlugin = { rules: { "client-imports-no-server-code": clientImportsNoServerCode } };

/** The flat-config entries; later entries win for the same rule, so each file gets one full list. */
export function layerConfigs() {
  const boundaryFiles = ["lib/action.ts", "lib/http/route.ts", "lib/auth/**"];
  return [
    {
      files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
      rules: { "no-restricted-imports": restrict([database, internals, scopeMaker]) },
    },
    {
      files: ["components/ui/**/*.{ts,tsx}"],
      rules: {
        "no-restricted-imports": restrict([
          database,
          internals,
          scopeMaker,
          {
            group: domains.flatMap((d) => [`@/lib/${d}`, `@/lib/${d}/*`]),
            message: "components/ui is domain-free: a domain's component lives in components/<domain>.",
          },
        ]),
      },
    },
    ...domains.flatMap((domain) => [
      {
        files: [`lib/${domain}/*.{ts,tsx}`],
        rules: { "no-restricted-imports": restrict([...otherDomain(domain), scopeMaker, upAndOut(1)]) },
      },
      {
        files: [`lib/${domain}/*/**/*.{ts,tsx}`],
        rules: { "no-restricted-imports": restrict([...otherDomain(domain), scopeMaker, upAndOut(2)]) },
      },
      {
        // A loader makes the page's scope with requireScope; it still never calls scopeFor itself.
        // A sub-folder's loader (lib/findings/reminders/loaders.ts) too.
        files: [`lib/${domain}/loaders.ts`, `lib/${domain}/loaders/**/*.ts`, `lib/${domain}/*/loaders.ts`],
        rules: { "no-restricted-imports": restrict(otherDomain(domain), scopeForOnly) },
      },
    ]),
    {
      files: ["lib/**/*.{ts,tsx}"],
      ignores: [...domains.map((d) => `lib/${d}/**`), ...boundaryFiles, "lib/generated/**"],
      rules: { "no-restricted-imports": restrict([scopeMaker]) },
    },
    {
      files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
      ignores: ["lib/auth/roles.ts", "lib/auth/scope.ts", "lib/generated/**"],
      rules: { "no-restricted-syntax": ["error", roleComparison] },
    },
    {
      files: ["app/**/*.tsx", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
      plugins: { layers: layersPlugin },
      rules: { "layers/client-imports-no-server-code": "error" },
    },
  ];
}
