// Load bench (issue 11 §4; run by `npm run bench`, or alone: `npm run bench -- load`, and on the embedded
// database as `npm start` runs it: `npm run bench -- load --embedded`).
// BENCH_LOAD_USERS simulated users (default 200) use the built app for BENCH_LOAD_SECONDS (default 60):
// agency officers of different units, DOST inspectors each assigned to an inspection of the 2021 plan, and a
// few administrators and People's Committee viewers, made straight in the database. Each signs in once through
// next-auth (4 at a time: argon2 is CPU-heavy), then walks their role's pages as a person does, with a think
// time of 1–3 s (jittered) between requests: home, the lists they use (records, inspections, findings, the
// registry, plans), one inspection page, and for inspectors checklist item saves (the server action the
// checklist autosaves with). Reported per page: requests, p50, p95, errors; and requests/s over the run.
// Target: 0 errors. A non-200 answer, a failed save, a timeout, and any page rendered as another user (the
// header names the signed-in user; the home page greets them) count as errors.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { migrate } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed/seed";
import { signIn } from "./http.mjs";
import { benchDatabase } from "./database";
import { quantile } from "./measure";
import { freePort, waitHealthy } from "../lib/net.mjs";
import { hasBuild, startNext } from "./next";

const userCount = Number(process.env.BENCH_LOAD_USERS ?? 200);
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const embedded = process.argv.includes("--embedded");
const password = "TaiThu@2021";
const timeoutMs = 60_000;
const root = process.cwd();

type Role = "AGENCY_OFFICER" | "DOST_INSPECTOR" | "DOST_ADMIN" | "COMMITTEE_VIEWER";
type User = {
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  inspectionId: string | null;
  cookie?: string;
};

/** The database the app runs on, and how to stop both: the built app on the bench database, or `npm start` with no DATABASE_URL. */
async function startApp(port: number): Promise<{ url: string; label: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-bench-load-"));
  chmodSync(dataDir, 0o755); // as root, the embedded server runs as `postgres`, which must reach its folder
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (embedded) {
    const child = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: root,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    if (!(await waitHealthy(`http://127.0.0.1:${port}/api/health`, child, { intervalMs: 100 })))
      throw new Error("npm start exited before it was healthy");
    // The embedded server's address: its port (line 4 of postmaster.pid) and the password made at initdb.
    const dbPort = readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8")
      .split("\n")[3]!
      .trim();
    const secret = readFileSync(path.join(dataDir, "postgres-password"), "utf8").trim();
    const url = `postgresql://postgres:${encodeURIComponent(secret)}@127.0.0.1:${dbPort}/qms?sslmode=disable`;
    return {
      url,
      label: "embedded PostgreSQL (npm start, no DATABASE_URL)",
      stop: async () => {
        child.kill("SIGTERM");
        await exited;
        removeDir();
      },
    };
  }
  const database = await benchDatabase("qms_bench_load");
  await migrate({ connectionString: database.url });
  await seed(database.url, { demo: true });
  const stopNext = await startNext(database.url, port, { DATA_DIR: dataDir });
  return {
    url: database.url,
    label: `${database.label} (next start)`,
    stop: async () => {
      await stopNext();
      await database.stop();
      removeDir();
    },
  };
}

/**
 * The users, in one transaction: 25 % inspectors (each a member of the 2021 plan's team, assigned to an
 * inspection of their own), 5 % administrators, 5 % committee viewers, the rest officers spread over the
 * plan's units (one unit each while there are units enough).
 */
async function createUsers(url: string, count: number): Promise<User[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const digest = await hashPassword(password);
    const { rows: inspections } = await client.query<{ id: string; planId: string; agencyId: string }>(
      `SELECT i.id, i."planId", i."agencyId" FROM inspection i JOIN inspection_plan p ON p.id = i."planId" JOIN agency a ON a.id = i."agencyId"
        WHERE p.number = '05/KH-SKHCN' ORDER BY i.kind DESC, a."sortKey"`,
    );
    const units = [...new Set(inspections.map((i) => i.agencyId))];
    const inspectors = Math.round(count * 0.25);
    const admins = Math.max(1, Math.round(count * 0.05));
    const viewers = Math.max(1, Math.round(count * 0.05));
    if (inspectors > inspections.length)
      throw new Error(`at most ${inspections.length} inspectors: lower BENCH_LOAD_USERS`);
    const users: User[] = [];
    const add = (role: Role, label: string, n: number, agencyId: string | null, inspectionId: string | null = null) =>
      users.push({
        email: `tai-${role.toLowerCase().replace("_", "-")}-${n}@bench.example`,
        name: `${label} Tải Thử ${String(n).padStart(3, "0")}`,
        role,
        agencyId,
        inspectionId,
      });
    for (let n = 0; n < inspectors; n++) add("DOST_INSPECTOR", "Kiểm Tra Viên", n + 1, null, inspections[n]!.id);
    for (let n = 0; n < admins; n++) add("DOST_ADMIN", "Quản Trị", n + 1, null);
    for (let n = 0; n < viewers; n++) add("COMMITTEE_VIEWER", "Lãnh Đạo", n + 1, null);
    for (let n = 0; users.length < count; n++) add("AGENCY_OFFICER", "Cán Bộ", n + 1, units[n % units.length]!);
    await client.query("BEGIN");
    for (const user of users) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO user_account (id, email, name, "searchName", "passwordHash", role, "agencyId", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, lower($2), $3, $4::"Role", $5, now()) RETURNING id`,
        [user.email, user.name, digest, user.role, user.agencyId],
      );
      if (!user.inspectionId) continue;
      await client.query(
        `WITH m AS (INSERT INTO plan_member (id, "planId", "userId", role) SELECT gen_random_uuid(), i."planId", $1, 'MEMBER' FROM inspection i WHERE i.id = $2 RETURNING id)
         INSERT INTO inspection_assignee ("inspectionId", "memberId") SELECT $2, id FROM m`,
        [rows[0]!.id, user.inspectionId],
      );
    }
    await client.query("COMMIT");
    return users;
  } finally {
    await client.end();
  }
}

/** The items of every inspector's inspection, with their versions (a save names the version it started from). */
async function itemsOf(url: string, inspectionIds: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; inspectionId: string; version: number }>(
      `SELECT id, "inspectionId", version FROM inspection_item WHERE "inspectionId" = ANY($1::uuid[]) ORDER BY position`,
      [inspectionIds],
    );
    const byInspection = new Map<string, { id: string; version: number }[]>();
    for (const row of rows)
      byInspection.set(row.inspectionId, [
        ...(byInspection.get(row.inspectionId) ?? []),
        { id: row.id, version: row.version },
      ]);
    return byInspection;
  } finally {
    await client.end();
  }
}

function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in ${file}: build first`);
  return found[0];
}

type Step = { page: string; path: string; save?: boolean };

/** What each role does, in order, round and round (each user starts at a random step). */
function journey(user: User, anyInspection: string): Step[] {
  const home = { page: "home /", path: "/" };
  const records = { page: "records /ho-so", path: "/ho-so" };
  const inspections = { page: "inspections /kiem-tra", path: "/kiem-tra" };
  const findings = { page: "findings /phat-hien", path: "/phat-hien" };
  const registry = { page: "registry /co-quan", path: "/co-quan" };
  const plans = { page: "plans /ke-hoach", path: "/ke-hoach" };
  switch (user.role) {
    case "AGENCY_OFFICER":
      // An officer's registry is their own unit's page (the list redirects there).
      return [
        home,
        records,
        inspections,
        findings,
        { page: "own unit /co-quan/[id]", path: `/co-quan/${user.agencyId}` },
        records,
      ];
    case "DOST_INSPECTOR": {
      const inspection = { page: "inspection /kiem-tra/[id]", path: `/kiem-tra/${user.inspectionId}` };
      const save = { page: "item save (server action)", path: `/kiem-tra/${user.inspectionId}`, save: true };
      return [home, inspections, inspection, save, save, save, findings, records, registry];
    }
    case "DOST_ADMIN":
      return [
        home,
        plans,
        inspections,
        { page: "inspection /kiem-tra/[id]", path: `/kiem-tra/${anyInspection}` },
        records,
        registry,
        findings,
      ];
    case "COMMITTEE_VIEWER":
      return [home, plans, inspections, findings, registry, records];
  }
}

// Kept-alive connections, closed by the client after 4 s idle: the server closes them after 5 s
// (keepAliveTimeout), and a request sent on a connection the server is closing at that moment is reset.
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, timeout: 4_000 });

type Answer = { status: number; body: string; ms: number } | { error: string; ms: number };

function request(
  base: string,
  pathname: string,
  options: { method?: string; headers: Record<string, string>; body?: string },
  started = performance.now(),
): Promise<Answer> {
  const method = options.method ?? "GET";
  return new Promise((resolve) => {
    const req = http.request(
      `${base}${pathname}`,
      { agent, method, headers: options.headers, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            ms: performance.now() - started,
          }),
        );
        res.on("error", (e) => resolve({ error: e.message, ms: performance.now() - started }));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on("error", (e: NodeJS.ErrnoException) => {
      // What a browser does when a kept-alive connection turns out closed: send the GET again.
      if (method === "GET" && req.reusedSocket && e.code === "ECONNRESET")
        resolve(request(base, pathname, options, started));
      else resolve({ error: e.message, ms: performance.now() - started });
    });
    req.end(options.body);
  });
}

/** The action's state in a server action's answer (React's flight format: one `<id>:<json>` line per chunk). */
function actionState(body: string): Record<string, unknown> | null {
  const line = body.split("\n").find((l) => l.slice(l.indexOf(":") + 1).startsWith('{"status":'));
  if (!line) return null;
  try {
    return JSON.parse(line.slice(line.indexOf(":") + 1)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** The signed-in user's name in the header (components/layout/app-shell.tsx). */
const headerName = (html: string) => /<span class="font-semibold text-white">([^<]*)<\/span>/.exec(html)?.[1] ?? null;

type Stats = { ms: number[]; errors: number; samples: string[] };

async function main(): Promise<number> {
  if (!hasBuild()) {
    console.error("load bench: no build (.next); run `npm run bench`, which builds first");
    return 1;
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = await startApp(port);
  try {
    const users = await createUsers(app.url, userCount);
    const items = await itemsOf(
      app.url,
      users.flatMap((u) => (u.inspectionId ? [u.inspectionId] : [])),
    );
    const save = actionId("lib/inspections/actions.ts", "saveInspectionItemAction");

    const signInStarted = performance.now();
    const queue = [...users];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let user = queue.shift(); user; user = queue.shift())
          user.cookie = await signIn(base, user.email, password);
      }),
    );
    const signInSeconds = (performance.now() - signInStarted) / 1000;

    const stats = new Map<string, Stats>();
    const note = (page: string, ms: number, error?: string) => {
      const s = stats.get(page) ?? { ms: [], errors: 0, samples: [] };
      stats.set(page, s);
      if (error === undefined) s.ms.push(ms);
      else {
        s.errors += 1;
        if (s.samples.length < 3) s.samples.push(error);
      }
    };
    const anyInspection = users.find((u) => u.inspectionId)!.inspectionId!;
    const results = ["CONFORM", "MINOR_NC", "RECOMMENDATION", "NOT_APPLICABLE"];

    const saves = new Map<User, number>();
    /** One step of a user's journey: the request, its checks, its figures (unless a warm-up). */
    const visit = async (
      user: User,
      { page, path: pathname, save: isSave }: Step,
      note: (page: string, ms: number, error?: string) => void,
    ) => {
      const own = items.get(user.inspectionId ?? "") ?? [];
      if (isSave) {
        const n = saves.get(user) ?? 0;
        saves.set(user, n + 1);
        const item = own[n % own.length]!;
        const input = {
          inspectionId: user.inspectionId,
          itemId: item.id,
          version: item.version,
          result: results[n % results.length],
          note: `Ghi chú lần ${n + 1}`,
        };
        const answer = await request(base, pathname, {
          method: "POST",
          headers: {
            "next-action": save,
            "content-type": "text/plain;charset=UTF-8",
            accept: "text/x-component",
            cookie: user.cookie!,
          },
          body: JSON.stringify([{ status: "idle" }, input]),
        });
        const state = "body" in answer && answer.status === 200 ? actionState(answer.body) : null;
        const saved = state?.status === "success" ? (state.data as { version: number }).version : undefined;
        if (saved !== undefined) item.version = saved;
        note(
          page,
          answer.ms,
          "error" in answer
            ? answer.error
            : saved !== undefined
              ? undefined
              : `HTTP ${answer.status}: ${answer.body.slice(0, 200)}`,
        );
      } else {
        const answer = await request(base, pathname, { headers: { cookie: user.cookie! } });
        let error: string | undefined;
        if ("error" in answer) error = answer.error;
        else if (answer.status !== 200) error = `HTTP ${answer.status}`;
        else if (headerName(answer.body) !== user.name)
          error = `rendered as ${headerName(answer.body) ?? "nobody"} for ${user.name}`;
        else if (pathname === "/" && !answer.body.includes(`Xin chào, ${user.name}`))
          error = `home page does not greet ${user.name}`;
        note(page, answer.ms, error);
      }
    };
    // Warm-up, not counted: one user of each role walks their journey once (the first render of each route loads its code).
    let warmUpErrors = 0;
    const warmUp = [...new Map(users.map((u) => [u.role, u])).values()];
    for (const user of warmUp) {
      for (const step of journey(user, anyInspection)) {
        await visit(user, step, (page, _ms, error) => {
          if (error === undefined) return;
          warmUpErrors += 1;
          console.error(`warm-up, ${page}: ${error}`);
        });
      }
    }
    const run = async (user: User) => {
      const steps = journey(user, anyInspection);
      let step = Math.floor(Math.random() * steps.length);
      await sleep(Math.random() * 3000); // users arrive over the first seconds, not all at once
      while (performance.now() < deadline) {
        await visit(user, steps[step++ % steps.length]!, note);
        await sleep(1000 + Math.random() * 2000); // think time
      }
    };
    const started = performance.now();
    const deadline = started + seconds * 1000;
    await Promise.all(users.map(run));
    const elapsed = (performance.now() - started) / 1000;

    const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "—");
    const perRole = new Map<Role, number>();
    for (const user of users) perRole.set(user.role, (perRole.get(user.role) ?? 0) + 1);
    const roles = [...perRole].map(([role, n]) => `${n} ${role}`).join(", ");
    console.log(
      `\nLoad: ${users.length} users (${roles}) for ${seconds} s, think time 1–3 s; ${app.label}; sign-ins took ${fmt(signInSeconds, 1)} s (4 at a time)`,
    );
    console.log("| page | requests | p50 ms | p95 ms | errors |");
    console.log("|---|---:|---:|---:|---:|");
    let total = 0;
    let errors = warmUpErrors;
    for (const [page, s] of [...stats].sort(([a], [b]) => a.localeCompare(b))) {
      total += s.ms.length + s.errors;
      errors += s.errors;
      console.log(
        `| ${page} | ${s.ms.length + s.errors} | ${fmt(s.ms.length ? quantile(s.ms, 0.5) : NaN)} | ${fmt(s.ms.length ? quantile(s.ms, 0.95) : NaN)} | ${s.errors} |`,
      );
    }
    const all = [...stats.values()].flatMap((s) => s.ms);
    console.log(`| all | ${total} | ${fmt(quantile(all, 0.5))} | ${fmt(quantile(all, 0.95))} | ${errors} |`);
    console.log(
      `${fmt(total / elapsed, 1)} requests/s over ${fmt(elapsed, 1)} s. Target: 0 errors (pages rendered as another user included) ${errors === 0 ? "✓" : "✗"}`,
    );
    for (const [page, s] of stats) for (const sample of s.samples) console.log(`  error on ${page}: ${sample}`);
    return errors === 0 ? 0 : 1;
  } finally {
    agent.destroy();
    await app.stop();
  }
}

process.exit(await main());
