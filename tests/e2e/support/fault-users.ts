import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import { hash } from "@node-rs/argon2";
import type pg from "pg";

/**
 * Users of a fault test, made straight in its own database: DOST inspectors, each a member of the 2021
 * plan's team assigned to an on-site inspection of their own, and agency officers of the same units
 * (different units each). And their two writes over HTTP, as the browser sends them: a checklist item's
 * autosave (a server action) and a new record with one file (POST /api/ho-so, multipart).
 */

export type FaultInspector = {
  email: string;
  name: string;
  inspectionId: string;
  items: { id: string; version: number }[];
};
export type FaultOfficer = { email: string; name: string; agencyId: string };

export const faultPassword = "ThuNghiem2025";

export async function createFaultUsers(
  client: pg.Client,
  count: number,
): Promise<{ inspectors: FaultInspector[]; officers: FaultOfficer[] }> {
  const digest = await hash(faultPassword);
  const { rows: inspections } = await client.query<{ id: string; planId: string; agencyId: string }>(
    `SELECT i.id, i."planId", i."agencyId" FROM inspection i JOIN inspection_plan p ON p.id = i."planId" JOIN agency a ON a.id = i."agencyId"
      WHERE p.number = '05/KH-SKHCN' AND i.kind = 'ON_SITE' ORDER BY a."sortKey" LIMIT $1`,
    [count],
  );
  if (inspections.length < count) throw new Error("the seeded 2021 plan has too few on-site inspections");
  const insertUser = async (email: string, name: string, role: string, agencyId: string | null) =>
    (
      await client.query<{ id: string }>(
        `INSERT INTO user_account (id, email, name, "searchName", "passwordHash", role, "agencyId", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, lower($2), $3, $4::"Role", $5, now()) RETURNING id`,
        [email, name, digest, role, agencyId],
      )
    ).rows[0]!.id;
  const inspectors: FaultInspector[] = [];
  const officers: FaultOfficer[] = [];
  for (const [n, inspection] of inspections.entries()) {
    const inspector = { email: `su-co-kiem-tra-${n + 1}@test.example`, name: `Kiểm Tra Viên Sự Cố ${n + 1}` };
    const userId = await insertUser(inspector.email, inspector.name, "DOST_INSPECTOR", null);
    await client.query(
      `WITH m AS (INSERT INTO plan_member (id, "planId", "userId", role) VALUES (gen_random_uuid(), $1, $2, 'MEMBER') RETURNING id)
       INSERT INTO inspection_assignee ("inspectionId", "memberId") SELECT $3, id FROM m`,
      [inspection.planId, userId, inspection.id],
    );
    const { rows: items } = await client.query<{ id: string; version: number }>(
      `SELECT id, version FROM inspection_item WHERE "inspectionId" = $1 ORDER BY position`,
      [inspection.id],
    );
    inspectors.push({ ...inspector, inspectionId: inspection.id, items });
    const officer = {
      email: `su-co-can-bo-${n + 1}@test.example`,
      name: `Cán Bộ Sự Cố ${n + 1}`,
      agencyId: inspection.agencyId,
    };
    await insertUser(officer.email, officer.name, "AGENCY_OFFICER", inspection.agencyId);
    officers.push(officer);
  }
  return { inspectors, officers };
}

/**
 * One answer, as the client saw it: `success`; `refused`, an answer of the app with its error code and
 * message (what a user is shown); or `broken`: no answer, a timeout, or something else than the app's
 * JSON or action state.
 */
export type Outcome =
  | { kind: "success"; ms: number; data: Record<string, unknown> }
  | { kind: "refused"; ms: number; status: number; code: string; message: string; details?: Record<string, unknown> }
  | { kind: "broken"; ms: number; status: number; reason: string };

type Answer =
  { status: number; body: string; ms: number; error?: undefined } | { status: 0; body: ""; ms: number; error: string };

/** A request over node:http with a deadline: a request that hangs comes back as an error, never as a hung test. */
function send(
  url: string,
  options: { method: string; headers: Record<string, string | number>; body: Buffer; timeoutMs: number },
): Promise<Answer> {
  const started = performance.now();
  const ms = () => performance.now() - started;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: Answer) => {
      if (settled) return;
      settled = true;
      resolve(answer);
    };
    const request = http.request(
      url,
      { method: options.method, headers: options.headers, timeout: options.timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () =>
          settle({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString(), ms: ms() }),
        );
        response.on("error", (e) => settle({ status: 0, body: "", ms: ms(), error: e.message }));
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    // The app may answer (e.g. an error) before it has read the whole body: what matters is its answer.
    request.on("error", (e) => settle({ status: 0, body: "", ms: ms(), error: e.message }));
    request.end(options.body);
  });
}

/** The action's state in a server action's answer (React's flight format: one `<id>:<json>` line per chunk). */
function actionState(body: string): Record<string, unknown> | null {
  for (const line of body.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith('{"status":')) continue;
    try {
      return JSON.parse(json) as Record<string, unknown>;
    } catch {
      return null;
    }
  }
  return null;
}

export async function saveItem(
  base: string,
  cookie: string,
  action: string,
  input: { inspectionId: string; itemId: string; version: number; result: string; note: string },
  timeoutMs = 30_000,
): Promise<Outcome> {
  const answer = await send(`${base}/kiem-tra/${input.inspectionId}`, {
    method: "POST",
    headers: { "next-action": action, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", cookie },
    body: Buffer.from(JSON.stringify([{ status: "idle" }, input])),
    timeoutMs,
  });
  if (answer.error !== undefined) return { kind: "broken", ms: answer.ms, status: 0, reason: answer.error };
  const state = answer.status === 200 ? actionState(answer.body) : null;
  if (!state) return { kind: "broken", ms: answer.ms, status: answer.status, reason: answer.body.slice(0, 300) };
  if (state.status === "success")
    return { kind: "success", ms: answer.ms, data: state.data as Record<string, unknown> };
  return {
    kind: "refused",
    ms: answer.ms,
    status: answer.status,
    code: String(state.code),
    message: String(state.message),
    details: state.details as Record<string, unknown> | undefined,
  };
}

/** A file that is a PDF by its bytes: a PDF header, then random bytes. */
export function pdfBytes(size: number): { bytes: Buffer; sha256: string } {
  const bytes = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(size - 9)]);
  return { bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
}

export async function uploadRecord(
  base: string,
  cookie: string,
  file: Buffer,
  fields: Record<string, string>,
  timeoutMs = 30_000,
): Promise<Outcome> {
  const boundary = `----fault${randomBytes(8).toString("hex")}`;
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const body = Buffer.concat([
    Buffer.from(
      `${parts.join("")}--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="Hồ sơ.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const answer = await send(`${base}/api/ho-so`, {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": body.length, cookie },
    body,
    timeoutMs,
  });
  if (answer.error !== undefined) return { kind: "broken", ms: answer.ms, status: 0, reason: answer.error };
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(answer.body) as Record<string, unknown>;
  } catch {
    return { kind: "broken", ms: answer.ms, status: answer.status, reason: answer.body.slice(0, 300) };
  }
  if (answer.status === 201) return { kind: "success", ms: answer.ms, data: json };
  if (typeof json.code !== "string" || typeof json.message !== "string")
    return { kind: "broken", ms: answer.ms, status: answer.status, reason: answer.body.slice(0, 300) };
  return { kind: "refused", ms: answer.ms, status: answer.status, code: json.code, message: json.message };
}
