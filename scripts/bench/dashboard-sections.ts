// The dashboard's month-by-month and year-over-year sections on the national data set, read only:
// node --import ./scripts/lib/server-only-register.mjs --import tsx scripts/bench/dashboard-sections.ts [--database-url …]
// It needs a full build of `npm run seed:scale` (34 provinces, 2016–2025) in qms_scale and never builds or changes it.
// As the scale administrator (admin-p01@scale.example, DOST staff: every plan, work in progress), it times (median of
// 10 after 3 warm-up runs) monthlyProgress for 2021 (the 34 provinces' plans) as of 31/12/2021 and as of 15/06/2021,
// the same for one district, and yearOverYear as of 15/11/2025, for the province and for one district.
import { cpus, loadavg } from "node:os";
import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { dashboardFilter } from "@/lib/dashboard/filter";
import { monthlyProgress } from "@/lib/dashboard/sections/months";
import { yearOverYear } from "@/lib/dashboard/sections/years";
import { db } from "@/lib/db";
import { scaleVersion } from "../scale/build";
import { readFingerprint, scaleDatabaseUrl } from "../scale/database";
import { time } from "./measure";

const i = process.argv.indexOf("--database-url");
const url = scaleDatabaseUrl(i === -1 ? process.env.BENCH_SCALE_DATABASE_URL : process.argv[i + 1]);
const found = await readFingerprint(url, scaleVersion);
if (!found || found.scale !== 1) {
  console.error(`No full build of the scale data set (version ${scaleVersion}) in ${url}: run npm run seed:scale.`);
  process.exit(1);
}
process.env.DATABASE_URL = url;

const admin = await db.user.findUniqueOrThrow({ where: { email: "admin-p01@scale.example" } });
const actor: Actor = {
  id: admin.id,
  email: admin.email,
  name: admin.name,
  role: admin.role,
  agencyId: admin.agencyId,
  mustChangePassword: false,
};
const scope = scopeFor(actor);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
// The district-level unit with the most communes (districts were in force until the 2025 reorganisation).
const [district] = await db.$queryRaw<{ id: string }[]>`
  SELECT a.id FROM agency a JOIN agency_kind k ON k.id = a."kindId" JOIN agency c ON c."parentId" = a.id
   WHERE k.level = 2 GROUP BY a.id, a.code ORDER BY count(*) DESC, a.code LIMIT 1`;

const cases: [string, () => Promise<unknown>][] = [];
for (const [label, asOf] of [
  ["31/12/2021", utc(2021, 12, 31)],
  ["15/06/2021", utc(2021, 6, 15)],
] as const) {
  const filter = (await dashboardFilter(scope, { year: 2021, asOf }))!;
  const regional = (await dashboardFilter(scope, { year: 2021, asOf, region: { district: district!.id } }))!;
  cases.push([`monthlyProgress 2021 (${filter.planIds.length} plans) as of ${label}`, () => monthlyProgress(filter)]);
  cases.push([`monthlyProgress 2021, one district, as of ${label}`, () => monthlyProgress(regional)]);
}
const asOf = utc(2025, 11, 15);
cases.push(["yearOverYear as of 15/11/2025", () => yearOverYear(scope, { asOf })]);
cases.push([
  "yearOverYear, one district, as of 15/11/2025",
  () => yearOverYear(scope, { asOf, region: { district: district!.id } }),
]);

for (const [name, run] of cases) console.log(`${name}: ${(await time(run, 10)).toFixed(1)} ms (median of 10)`);
// The machine's load says how far these are from an idle server's figures.
console.log(
  `load average: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} on ${cpus().length} cores`,
);
await db.$disconnect();
