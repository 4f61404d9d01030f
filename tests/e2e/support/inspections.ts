import { withClient } from "./db";

/** Puts a user on a plan's team (as the team page would), straight in the e2e database. */
export async function addTeamMember(planId: string, userId: string, role: "LEAD" | "MEMBER" | "SECRETARY") {
  await withClient((client) =>
    client.query(
      `INSERT INTO plan_member (id, "planId", "userId", role) VALUES (gen_random_uuid(), $1, $2, $3::"TeamRole")`,
      [planId, userId, role],
    ),
  );
}

/** The id of the inspection of a unit (by registry code) in a plan, of the given form. */
export async function inspectionIdOf(planId: string, code: string, kind: "DOSSIER" | "ON_SITE"): Promise<string> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT i.id FROM inspection i JOIN agency a ON a.id = i."agencyId" WHERE i."planId" = $1 AND a.code = $2 AND i.kind = $3::"InspectionKind"`,
      [planId, code, kind],
    );
    if (!rows[0]) throw new Error(`no ${kind} inspection of ${code} in plan ${planId}`);
    return rows[0].id;
  });
}

/** How many items an inspection's checklist has. */
export async function itemCount(inspectionId: string): Promise<number> {
  return withClient(async (client) =>
    Number(
      (
        await client.query<{ n: string }>(`SELECT count(*) AS n FROM inspection_item WHERE "inspectionId" = $1`, [
          inspectionId,
        ])
      ).rows[0]!.n,
    ),
  );
}

export async function inspectionStatus(inspectionId: string) {
  return withClient(
    async (client) =>
      (await client.query<{ status: string }>(`SELECT status FROM inspection WHERE id = $1`, [inspectionId])).rows[0]
        ?.status,
  );
}
