import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI reads this file before it looks for engines: point it at a stub so that `generate` works
// offline and `migrate`/`db` fail loudly instead of trying a download (see README, "Migrations").
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts", "no-schema-engine.sh");
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
