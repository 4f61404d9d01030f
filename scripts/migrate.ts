// `npm run db:migrate` applies pending migrations to DATABASE_URL;
// `npm run db:migrate -- --rolled-back <name>` marks a failed one as rolled back (after fixing it), like
// `prisma migrate resolve --rolled-back`.
import { migrate, MigrationError, resolveRolledBack } from "@/lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("✗ DATABASE_URL is not set");
  process.exit(1);
}
const flag = process.argv.indexOf("--rolled-back");
try {
  if (flag !== -1) {
    const name = process.argv[flag + 1];
    if (!name) throw new MigrationError("usage: npm run db:migrate -- --rolled-back <migration folder name>");
    const count = await resolveRolledBack(url, name);
    console.log(count ? `marked ${name} as rolled back` : `no failed migration named ${name}`);
  } else {
    const { applied } = await migrate({ connectionString: url, log: (line) => console.log(line) });
    console.log(applied.length ? `${applied.length} migration(s) applied` : "database is up to date");
  }
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
