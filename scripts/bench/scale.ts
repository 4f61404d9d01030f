// The national-scale data set for the benches that read it (documents, dashboard, lists).
import { buildScaleDataset, scaleVersion } from "../scale/build";
import { readFingerprint, scaleDatabaseUrl } from "../scale/database";
import { migrate } from "@/lib/db/migrate";
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { embeddedScratch, pgReachable } from "../lib/scratch-db.mjs";

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};

/**
 * The scale database (`--database-url`, BENCH_SCALE_DATABASE_URL, else qms_scale beside DATABASE_URL; an embedded
 * scratch server when no PostgreSQL answers): reused when it holds a full build of this version, else built (a
 * minute or two).
 */
export async function scaleBenchDatabase() {
  let url = scaleDatabaseUrl(option("database-url") ?? process.env.BENCH_SCALE_DATABASE_URL);
  let stop = async () => {};
  const admin = new URL(url);
  admin.pathname = "/postgres";
  if (!(await pgReachable(admin.toString()))) {
    const scratch = await embeddedScratch("qms-bench-scale-", "qms_scale");
    url = scratch.url;
    stop = scratch.stop;
  }
  const found = await readFingerprint(url, scaleVersion);
  if (found && found.scale === 1) {
    // Migrations newer than the build (an index, say) are applied, and the tables vacuumed so they can be read as the
    // build leaves them.
    const { applied } = await migrate({ connectionString: url });
    if (applied.length) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("VACUUM ANALYZE");
      await client.end();
    }
    return { url, stop, built: null, counts: found.counts as Record<string, number> };
  }
  console.log("Building the national-scale data set (npm run seed:scale)…");
  const built = await buildScaleDataset({ url, scale: 1 });
  return { url, stop, built: built.seconds, counts: built.counts as Record<string, number> };
}

/** The scope a bench reads as, for a user row (the app makes it at sign-in; benches have no session). */
export function benchScope(user: Pick<User, "id" | "email" | "name" | "role" | "agencyId">) {
  const { id, email, name, role, agencyId } = user;
  const actor: Actor = { id, email, name, role, agencyId, mustChangePassword: false };
  return scopeFor(actor);
}

/** The data set's DOST administrator of its first province (DOST staff: every plan, work in progress). */
export async function scaleAdminScope() {
  const user = await db.user.findUniqueOrThrow({ where: { email: "admin-p01@scale.example" } });
  if (user.role !== "DOST_ADMIN") throw new Error("admin-p01@scale.example is not a DOST administrator");
  return benchScope(user);
}
