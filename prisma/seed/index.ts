// `npm run db:seed`: reference data, plus demo accounts unless SEED_DEMO=false.
import { parseEnv } from "@/lib/env";
import { seed } from "./seed";

const settings = parseEnv(process.env);
if (!settings.DATABASE_URL) {
  console.error("✗ DATABASE_URL is not set");
  process.exit(1);
}
const result = await seed(settings.DATABASE_URL, { demo: settings.SEED_DEMO, log: console.log });
console.log(JSON.stringify(result.counts));
