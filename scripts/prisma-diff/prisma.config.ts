// Config for Prisma 6.19.3, used only by scripts/new-migration.mjs to write migration SQL offline.
// The native schema engine cannot be downloaded here; with `engine: "js"` the CLI uses its bundled
// WebAssembly schema engine and a driver adapter (an in-memory PGlite: no server, nothing on disk).
// The two engine variables only have to name existing files so that the CLI attempts no download;
// in this mode neither file is executed.
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

const build = path.join(import.meta.dirname, "node_modules", "prisma", "build");
process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(build, "schema_engine_bg.wasm");
process.env.PRISMA_QUERY_ENGINE_LIBRARY = path.join(build, "query_engine_bg.postgresql.wasm");
process.env.CHECKPOINT_DISABLE = "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE = "1";

// Prisma never disposes of the adapter, and after a query PGlite keeps a 10 s Postgres timer armed, so
// the CLI lingers 10 s after an empty diff. new-migration.mjs passes --exit-code, with which a non-empty
// diff exits at once, and skips the engine when the schema text is unchanged.
export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaPGlite(new PGlite()),
});
