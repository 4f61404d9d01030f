import { migrate } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed/seed";

/** The db tier's database is given by `npm test` (TEST_DATABASE_URL); it is migrated and given the reference data once. */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error("TEST_DATABASE_URL is not set: run the db tests through `npm test` or `npm run test:db` with it");
  await migrate({ connectionString: url });
  await seed(url, { demo: false });
}
