// `npm run seed:scale [-- --scale 0.05] [--database-url postgresql://…]`: builds the national-scale synthetic
// data set (34 provinces, ~3,500 units, 10 years of plans, inspections, findings and records; see
// scripts/scale/build.ts) in a database of its own, `qms_scale` on DATABASE_URL's server by default. Never run
// by `npm start`; never in the app's database. Prints the counts and the time.
import { buildScaleDataset } from "./scale/build";
import { scaleDatabaseUrl } from "./scale/database";
import { redact } from "./lib/database";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i !== -1) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const scale = Number(option("scale") ?? 1);
if (!(scale > 0 && scale <= 1)) {
  console.error("✗ --scale is a fraction of the national data set, in (0, 1]");
  process.exit(1);
}
const url = scaleDatabaseUrl(option("database-url"));
console.log(`Building the synthetic data set (scale ${scale}) in ${redact(url)}…`);
try {
  const { counts, seconds } = await buildScaleDataset({ url, scale, log: (line) => console.log(line) });
  console.log("| table | rows |\n|---|---:|");
  for (const [table, n] of Object.entries(counts)) console.log(`| ${table} | ${n.toLocaleString("en")} |`);
  console.log(`Built in ${seconds.toFixed(1)} s.`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
