import { agencyDerived } from "@/lib/agencies/registry/derived";
import { columns } from "@/lib/agencies/registry/columns";
import { uniqueSuffix, withClient } from "./db";

/**
 * Registry units straight in the e2e database, for tests that edit or import. The seeded units are shared
 * by every test (the demo officer's unit 883, the home page's counts by kind, the 2025 reorganisation):
 * never change them. Test units get an "E2E-" code and a name with a unique token, are provincial
 * agencies (the kind whose count nobody asserts) and never contain "Mỹ Hoà" or "Long Xuyên", which the
 * search test counts. Their QMS dates from today, so no plan dated earlier proposes them: the scope counts
 * other tests assert (197 units on 19/01/2021) stay true whatever runs beside them.
 */

export type TestAgency = { id: string; code: string; name: string };

/** The spreadsheet headers of lib/agencies/columns.ts, in export order. */
export const agencyHeaders: string[] = columns.map((c) => c.header);

/** A code no other test uses: "E2E-" and a random token (the registry allows 20 characters). */
export function uniqueAgencyCode(): string {
  return `E2E-${uniqueSuffix()}`;
}

export async function createAgency(options: { name?: string; code?: string; kind?: string } = {}): Promise<TestAgency> {
  const code = options.code ?? uniqueAgencyCode();
  const name = options.name ?? `Sở Thử Nghiệm ${code}`;
  const { searchText, sortKey } = agencyDerived({ name, code });
  return withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO agency (id, code, name, "searchText", "sortKey", "kindId", "isoRequirement", "standardVersion", "validFrom", "qmsSince", "updatedAt")
       SELECT gen_random_uuid(), $1, $2, $3, $4, k.id, k."defaultIsoRequirement", 'ISO_9001_2015', DATE '2000-01-01', CURRENT_DATE, now()
       FROM agency_kind k WHERE k.code = $5
       RETURNING id`,
      [code, name, searchText, sortKey, options.kind ?? "co_quan_tinh"],
    );
    if (!rows[0]) throw new Error(`no agency kind ${options.kind}`);
    return { id: rows[0].id, code, name };
  });
}

/** The id of the unit in force with this code. */
export async function agencyIdByCode(code: string): Promise<string> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM agency WHERE code = $1 AND "validTo" IS NULL`, [
      code,
    ]);
    if (!rows[0]) throw new Error(`no agency in force with code ${code}`);
    return rows[0].id;
  });
}

export type AgencyRow = {
  id: string;
  code: string;
  name: string;
  parentCode: string | null;
  kind: string;
  announcementNumber: string | null;
  announcementDate: string | null;
  contactName: string | null;
  version: number;
};

/** Units whose code starts with `prefix`, in code order, with what the tests check. */
export async function agenciesByCodePrefix(prefix: string): Promise<AgencyRow[]> {
  return withClient(async (client) => {
    const { rows } = await client.query<AgencyRow>(
      `SELECT a.id, a.code, a.name, p.code AS "parentCode", k.code AS kind, a."announcementNumber",
              to_char(a."announcementDate", 'YYYY-MM-DD') AS "announcementDate", a."contactName", a.version
       FROM agency a JOIN agency_kind k ON k.id = a."kindId" LEFT JOIN agency p ON p.id = a."parentId"
       WHERE a.code LIKE $1 ORDER BY a.code`,
      [`${prefix.replace(/[\\%_]/g, "\\$&")}%`],
    );
    return rows;
  });
}

/** How many audit events a unit has (its "Lịch sử thay đổi"). */
export async function countAgencyEvents(id: string): Promise<number> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM audit_event WHERE "targetType" = 'agency' AND "targetId" = $1`,
      [id],
    );
    return Number(rows[0]!.n);
  });
}

/** How many import dry runs were stored for these file names. */
export async function countImports(fileNames: string[]): Promise<number> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM agency_import WHERE "fileName" = ANY($1)`,
      [fileNames],
    );
    return Number(rows[0]!.n);
  });
}
