// Scope is the only door: no exported function of a domain's data or mutations module (at the top of the
// domain or in a sub-folder) takes an Actor, or an options object carrying one, instead of a Scope.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { domains } from "../../scripts/lint/layers.mjs";

const root = path.resolve(import.meta.dirname, "../..");

function dataAndMutationModules(): string[] {
  return domains.flatMap((domain: string) =>
    readdirSync(path.join(root, "lib", domain), { recursive: true, encoding: "utf8" })
      .filter((f) => /(^|\/)(data|mutations)\.ts$/.test(f))
      .map((f) => path.join("lib", domain, f)),
  );
}

/** Each exported function's parameters, as `name(param: type)` strings that mention an Actor. */
function actorParameters(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const check = (name: string, fn: ts.SignatureDeclarationBase) => {
    for (const parameter of fn.parameters) {
      const text = parameter.getText(source);
      const binding = ts.isObjectBindingPattern(parameter.name)
        ? parameter.name.elements.some((e) => e.name.getText(source) === "actor")
        : false;
      if (/\bActor\b/.test(parameter.type?.getText(source) ?? "") || binding) found.push(`${file}: ${name}(${text})`);
    }
  };
  for (const statement of source.statements) {
    if (!exported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) check(statement.name.text, statement);
    if (ts.isVariableStatement(statement))
      for (const d of statement.declarationList.declarations) {
        const init = d.initializer;
        if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) check(d.name.getText(source), init);
      }
  }
  return found;
}

describe("scope is the only door", () => {
  it("finds the domains' data and mutations modules", () => {
    const modules = dataAndMutationModules();
    expect(modules.length).toBeGreaterThan(25);
    expect(modules).toEqual(expect.arrayContaining(["lib/plans/data.ts", "lib/documents/mutations.ts"]));
  });

  it("no exported data or mutation function takes an Actor instead of a Scope", () => {
    expect(dataAndMutationModules().flatMap(actorParameters)).toEqual([]);
  });

  it("would catch one that did", () => {
    const file = "tests/unit/fixtures/actor-door.ts";
    expect(actorParameters(file)).toEqual([
      `${file}: listThings(actor: Actor)`,
      `${file}: changeThing({ actor, ip }: { actor: Pick<Actor, "id">; ip: string })`,
    ]);
  });
});
