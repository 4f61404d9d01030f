// A module resolution hook for the job queue that scripts/serve.ts runs in its own process: modules of lib/
// say `import "server-only"` (a guard against client bundles, which throws outside Next's server build);
// in this Node process, which is server code, it resolves to an empty module. Vitest does the same (alias).
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return nextResolve(specifier, context);
}
