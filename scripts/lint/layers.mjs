// The layers of the code, as ESLint rules (used by eslint.config.mjs; proven by tests/unit/lint-layers.test.ts).
//   app/ routes and components/ draw: they reach a domain through its loaders (pages), actions (forms) and
//   routes (route handlers), never its data or mutations, the database, or the maker of scopes.
//   lib/<domain>/ decides: another domain is reached through its public entry (`@/lib/<other>`, its
//   index.ts) or its pure modules (schema, policy), never its internals.
//   Only the boundary makes a Scope: lib/action.ts, lib/http/route.ts, and page loaders (requireScope).
//   A client component imports no server-only module, and no zod (not even through a schema.ts).
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

const isClientModule = (context) =>
  context.sourceCode.ast.body.some((node) => node.type === "ExpressionStatement" && node.directive === "use client");

/** The file an import of the project names (`@/…` or relative), or null for a package. */
function resolveImport(root, fromDir, source) {
  const base = source.startsWith("@/")
    ? path.join(root, source.slice(2))
    : source.startsWith(".")
      ? path.resolve(fromDir, source)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ])
    if (existsSync(candidate) && !candidate.endsWith(path.sep) && candidate.match(/\.[cm]?[jt]sx?$/)) return candidate;
  return null;
}

const marksServerOnly = (text) => /^\s*import\s+["']server-only["']/m.test(text);
const isZod = (source) => source === "zod" || source.startsWith("zod/");

/** The value imports of a module's source text (type-only imports left out), dynamic imports included. */
function valueImports(text) {
  const sources = [];
  const clause = String.raw`(type\s+)?((?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*(?:as\s+[\w$]+)?)?)\s*from\s*["']([^"']+)["']`;
  for (const m of text.matchAll(new RegExp(String.raw`(?:^|[;\n])\s*(?:import|export)\s+${clause}`, "g"))) {
    if (m[1]) continue;
    const named = m[2].match(/\{([^}]*)\}/);
    const onlyTypes =
      named &&
      !/^[\w$]+\s*,/.test(m[2].trim()) &&
      named[1]
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => s.startsWith("type "));
    if (!onlyTypes) sources.push(m[3]);
  }
  for (const m of text.matchAll(/(?:^|[;\n])\s*import\s*["']([^"']+)["']/g)) sources.push(m[1]);
  for (const m of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) sources.push(m[1]);
  return sources;
}

/**
 * The import path from `file` to zod through modules of the project (["lib/plans/schema.ts", "zod"]), or null.
 * Server actions ("use server": the client gets references) and server-only modules (their own rule) end a path.
 */
function pathToZod(root, file, seen = new Set()) {
  if (seen.has(file)) return null;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  if (/^\s*["']use server["']/.test(text) || marksServerOnly(text)) return null;
  for (const source of valueImports(text)) {
    if (isZod(source)) return [path.relative(root, file), source];
    const next = resolveImport(root, path.dirname(file), source);
    const rest = next && pathToZod(root, next, seen);
    if (rest) return [path.relative(root, file), ...rest];
  }
  return null;
}

/** The sources of a module's value imports (static, re-exports and dynamic), from its syntax tree. */
function importVisitors(check) {
  const typeOnly = (node) =>
    node.importKind === "type" ||
    node.exportKind === "type" ||
    (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));
  const visit = (node) => {
    if (node.source && typeof node.source.value === "string" && !typeOnly(node)) check(node, node.source.value);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: (node) => {
      if (node.source.type === "Literal" && typeof node.source.value === "string") check(node, node.source.value);
    },
  };
}

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
    if (!isClientModule(context)) return {};
    const here = path.dirname(context.filename);
    const serverOnly = (source) => {
      if (source === "server-only" || source === "next/headers" || source.startsWith("node:")) return true;
      const file = resolveImport(context.cwd, here, source);
      return file !== null && marksServerOnly(readFileSync(file, "utf8"));
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

/**
 * zod is the server's: a "use client" module may not import it, nor a module that reaches it (a domain's
 * schema.ts). In the browser it weighs ~32 KiB gzip on every page that has it, and its parsers probe
 * `new Function`, which the CSP refuses. Client code takes a domain's fixed choices from its constants.ts.
 */
const clientImportsNoZod = {
  meta: {
    type: "problem",
    schema: [],
    messages: {
      zod: "A client component imports zod ({{chain}}): validate on the server, and take fixed choices from the domain's constants.ts.",
    },
  },
  create(context) {
    if (!isClientModule(context)) return {};
    const root = context.cwd;
    const here = path.dirname(context.filename);
    return importVisitors((node, source) => {
      const file = isZod(source) ? null : resolveImport(root, here, source);
      const chain = isZod(source) ? [source] : file && pathToZod(root, file);
      if (chain) context.report({ node, messageId: "zod", data: { chain: chain.join(" → ") } });
    });
  },
};

export const layersPlugin = {
  rules: { "client-imports-no-server-code": clientImportsNoServerCode, "client-imports-no-zod": clientImportsNoZod },
};

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
      rules: { "layers/client-imports-no-server-code": "error", "layers/client-imports-no-zod": "error" },
    },
  ];
}
