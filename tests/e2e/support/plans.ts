import { expect, type Page } from "@playwright/test";
import type pg from "pg";
import { open } from "./auth";
import { uniqueSuffix, withClient } from "./db";

/**
 * Inspection plans straight in the e2e database, for tests that need a plan in a given state without
 * walking it through the workflow. Every plan gets a number of its own (the suite runs in parallel);
 * the seeded plan 05/KH-SKHCN of 2021 is never touched.
 */

/** Registry units the tests name (codes of prisma/seed/data/agencies.json; names as the app shows them). */
export const unit = {
  dost: { code: "T89-014", name: "Sở Khoa học và Công nghệ" },
  finance: { code: "T89-005", name: "Sở Tài chính" },
  longXuyen: { code: "883", name: "UBND Thành phố Long Xuyên" },
  chauDoc: { code: "884", name: "UBND Thành phố Châu Đốc" },
  anPhu: { code: "886", name: "UBND Huyện An Phú" },
} as const;

export type PlanStatus = "DRAFT" | "SUBMITTED" | "APPROVED";

/** A plan number no other test uses, e.g. 17/KH-E2E3FA9C01B (the app's pattern: 05/KH-SKHCN). */
export function uniquePlanNumber(): string {
  return `${1 + Math.floor(Math.random() * 899)}/KH-E2E${uniqueSuffix().toUpperCase()}`;
}

/** The units proposed for a plan issued on $2 (as lib/plans/targets/proposed-scope.ts proposedScopeWhere): 197 on 19/01/2021. */
const proposedUnits = `
  SELECT a.id FROM agency a
   WHERE a."validFrom" <= $2::date AND (a."validTo" IS NULL OR a."validTo" >= $2::date)
     AND a."standardVersion" <> 'NONE'
     AND COALESCE(a."qmsSince", a."announcementDate", $2::date) <= $2::date`;

async function agencyId(client: pg.Client, code: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM agency WHERE code = $1 AND "validTo" IS NULL LIMIT 1`,
    [code],
  );
  if (!rows[0]) throw new Error(`no agency with code ${code}`);
  return rows[0].id;
}

export type Visit = { code: string; startsAt: string; endsAt: string };

/**
 * A 2021 plan issued 19/01/2021 by the demo administrator, led by DOST. Targets: the registry's proposal, or
 * only the given units. `onSite`: units (by code) put on site, in their registry category, with a rationale.
 * `visits`: on-site visits (instants as ISO strings). SUBMITTED and APPROVED plans carry their dates; an
 * APPROVED one its decision 346/QĐ-UBND of 25/02/2021.
 */
export async function createPlan(options: {
  status: PlanStatus;
  title?: string;
  targets?: string[];
  onSite?: string[];
  visits?: Visit[];
}) {
  const number = uniquePlanNumber();
  const title = options.title ?? `Kế hoạch kiểm tra thử ${number}`;
  const issuedOn = "2021-01-19";
  return withClient(async (client) => {
    await client.query("BEGIN");
    try {
      const author = await client.query<{ id: string }>(
        `SELECT id FROM user_account WHERE email = 'quantri@sokhcn.example'`,
      );
      const lead = await agencyId(client, unit.dost.code);
      const submitted = options.status !== "DRAFT";
      const approved = options.status === "APPROVED";
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO inspection_plan (id, year, number, "issuedOn", title, "leadAgencyId", status, "submittedAt", "approvalNumber", "approvalDate", "approvedAt", "createdById", "updatedAt")
         VALUES (gen_random_uuid(), 2021, $1, $2::date, $3, $4, $5::"PlanStatus", $6, $7, $8::date, $9, $10, now()) RETURNING id`,
        [
          number,
          issuedOn,
          title,
          lead,
          options.status,
          submitted ? "2021-01-20T02:00:00Z" : null,
          approved ? "346/QĐ-UBND" : null,
          approved ? "2021-02-25" : null,
          approved ? "2021-02-25T02:00:00Z" : null,
          author.rows[0]!.id,
        ],
      );
      const id = rows[0]!.id;
      if (options.targets) {
        const ids: string[] = [];
        for (const code of options.targets) ids.push(await agencyId(client, code));
        await client.query(
          `INSERT INTO plan_target (id, "planId", "agencyId") SELECT gen_random_uuid(), $1, unnest($2::uuid[])`,
          [id, ids],
        );
      } else {
        await client.query(
          `INSERT INTO plan_target (id, "planId", "agencyId") SELECT gen_random_uuid(), $1, p.id FROM (${proposedUnits}) p`,
          [id, issuedOn],
        );
      }
      await client.query(
        `INSERT INTO plan_event (id, "planId", action, "actorId") VALUES (gen_random_uuid(), $1, 'created', $2)`,
        [id, author.rows[0]!.id],
      );
      await putOnSite(client, id, options.onSite ?? []);
      for (const visit of options.visits ?? []) {
        await client.query(
          `INSERT INTO plan_visit (id, "planId", "targetId", "startsAt", "endsAt")
           SELECT gen_random_uuid(), t."planId", t.id, $3, $4 FROM plan_target t JOIN agency a ON a.id = t."agencyId" WHERE t."planId" = $1 AND a.code = $2 AND a."validTo" IS NULL`,
          [id, visit.code, visit.startsAt, visit.endsAt],
        );
      }
      await client.query("COMMIT");
      return { id, number, title };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}

async function putOnSite(client: pg.Client, planId: string, codes: string[]) {
  if (!codes.length) return;
  const { rowCount } = await client.query(
    `UPDATE plan_target t SET "onSite" = true, "onSiteCategory" = a."isoRequirement"::text::"OnSiteCategory", rationale = 'Chọn ngẫu nhiên (e2e)'
       FROM agency a WHERE a.id = t."agencyId" AND t."planId" = $1 AND a.code = ANY($2::text[]) AND a."validTo" IS NULL`,
    [planId, codes],
  );
  if (rowCount !== codes.length)
    throw new Error(`only ${rowCount} of ${codes.length} units are targets of plan ${planId}`);
}

/**
 * Puts `count` units bound to apply ISO 9001 on site as mandatory (the first ones in code order, leaving out
 * `except`), as the scope page would. Returns their codes.
 */
export async function putMandatoryOnSite(planId: string, count: number, except: string[] = []): Promise<string[]> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ code: string }>(
      `SELECT a.code FROM plan_target t JOIN agency a ON a.id = t."agencyId"
        WHERE t."planId" = $1 AND t."inDossier" AND NOT t."onSite" AND a."isoRequirement" = 'MANDATORY' AND a.code <> ALL($2::text[])
        ORDER BY a.code LIMIT $3`,
      [planId, except, count],
    );
    if (rows.length !== count) throw new Error(`plan ${planId} has only ${rows.length} mandatory units left`);
    const codes = rows.map((r) => r.code);
    await putOnSite(client, planId, codes);
    return codes;
  });
}

export async function planState(id: string) {
  return withClient(async (client) => {
    const { rows } = await client.query<{
      status: string;
      approvalNumber: string | null;
      title: string;
      visits: number;
    }>(
      `SELECT status, "approvalNumber", title, (SELECT count(*)::int FROM plan_visit v WHERE v."planId" = p.id) AS visits FROM inspection_plan p WHERE id = $1`,
      [id],
    );
    return rows[0];
  });
}

export async function countPlans(year: number, number: string): Promise<number> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM inspection_plan WHERE year = $1 AND number = $2`,
      [year, number],
    );
    return rows[0]!.n;
  });
}

/** The plan's id from its page's address (/ke-hoach/<id>…). */
export function planIdOf(url: string): string {
  const match = /\/ke-hoach\/([0-9a-f-]{36})/.exec(url);
  if (!match) throw new Error(`not a plan page: ${url}`);
  return match[1]!;
}

/** The seeded plan 05/KH-SKHCN of 2021 (the version in force, should an amendment have been approved). */
export async function seededPlanId(): Promise<string> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM inspection_plan WHERE year = 2021 AND number = '05/KH-SKHCN' AND status <> 'SUPERSEDED' ORDER BY version DESC LIMIT 1`,
    );
    if (!rows[0]) throw new Error("the 2021 plan 05/KH-SKHCN is not seeded");
    return rows[0].id;
  });
}

/** Drafts a plan of `year` through /ke-hoach/moi, issued 19/01 of that year, as the signed-in page's user. */
export async function draftPlanInBrowser(page: Page, year: number): Promise<{ id: string; number: string }> {
  const number = uniquePlanNumber();
  await open(page, "/ke-hoach/moi");
  await page.getByLabel("Năm", { exact: true }).fill(String(year));
  await page.getByLabel("Số hiệu").fill(number);
  await page.getByLabel("Ngày ban hành").fill(`19/01/${year}`);
  await page.getByLabel("Trích yếu").fill(`Kế hoạch kiểm tra HTQLCL năm ${year} ${number}`);
  await page.getByRole("button", { name: "Lập kế hoạch mới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
  return { id: planIdOf(page.url()), number };
}
