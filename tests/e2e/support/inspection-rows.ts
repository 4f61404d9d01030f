import { uniqueSuffix, withClient } from "./db";

/**
 * An inspection of a plan's unit straight in the e2e database, with its items (seeded checklist items by
 * code) and findings, for tests of the read-only views (the record, the findings list). The plan and its
 * target come from support/plans.ts createPlan.
 */

export type E2eItem = {
  code: string;
  result: "CONFORM" | "MINOR_NC" | "MAJOR_NC" | "RECOMMENDATION" | "NOT_APPLICABLE" | null;
  note?: string;
};
export type E2eFinding = {
  code: string;
  severity: "MINOR" | "MAJOR" | "RECOMMENDATION";
  description: string;
  requiredAction: string;
  legalBasis?: string;
  dueDate: string;
};

export async function insertInspection(options: {
  planId: string;
  unitCode: string;
  status: "IN_PROGRESS" | "SIGNED_OFF";
  /** Plan members by e-mail, the first one the team lead. */
  team: { email: string; role: "LEAD" | "MEMBER" | "SECRETARY" }[];
  items: E2eItem[];
  findings?: E2eFinding[];
}) {
  const representative = `Đại Diện ${uniqueSuffix()}`;
  return withClient(async (client) => {
    await client.query("BEGIN");
    try {
      await client.query(
        `UPDATE inspection_plan SET status = 'IN_PROGRESS', "teamDecisionNumber" = '447/QĐ-SKHCN', "teamDecisionDate" = '2021-03-09' WHERE id = $1`,
        [options.planId],
      );
      for (const member of options.team) {
        await client.query(
          `INSERT INTO plan_member (id, "planId", "userId", role) SELECT gen_random_uuid(), $1, u.id, $3::"TeamRole" FROM user_account u WHERE u.email = $2 ON CONFLICT DO NOTHING`,
          [options.planId, member.email, member.role],
        );
      }
      const lead = options.team.find((m) => m.role === "LEAD");
      const signed = options.status === "SIGNED_OFF";
      const { rows } = await client.query<{ id: string; agencyId: string }>(
        `INSERT INTO inspection (id, "planId", "targetId", "agencyId", kind, status, "standardVersion", "recordDate", "representativeName", "representativeTitle", "overallResult", strengths, "startedAt", "signedOffAt", "signedOffById", "updatedAt")
         SELECT gen_random_uuid(), t."planId", t.id, t."agencyId", 'ON_SITE', $3::"InspectionStatus", 'ISO_9001_2015', '2021-05-10', $4, 'Phó Chủ tịch UBND', $5::"OverallResult", 'Lãnh đạo quan tâm chỉ đạo', '2021-05-10T01:30:00Z',
                $6::timestamptz, (SELECT id FROM user_account WHERE email = $7), now()
           FROM plan_target t JOIN agency a ON a.id = t."agencyId"
          WHERE t."planId" = $1 AND a.code = $2 AND a."validTo" IS NULL
         RETURNING id, "agencyId"`,
        [
          options.planId,
          options.unitCode,
          options.status,
          representative,
          signed ? "CONFORMING_WITH_FINDINGS" : null,
          signed ? "2021-05-10T09:00:00Z" : null,
          signed ? (lead?.email ?? null) : null,
        ],
      );
      const inspection = rows[0];
      if (!inspection) throw new Error(`unit ${options.unitCode} is not a target of plan ${options.planId}`);
      for (const [i, item] of options.items.entries()) {
        const { rowCount } = await client.query(
          `INSERT INTO inspection_item (id, "inspectionId", "checklistItemId", position, result, note)
           SELECT gen_random_uuid(), $1, c.id, $3, $4::"ItemResult", $5 FROM checklist_item c JOIN checklist_template tp ON tp.id = c."templateId" WHERE c.code = $2 AND tp.version = 1`,
          [inspection.id, item.code, i + 1, item.result, item.note ?? ""],
        );
        if (rowCount !== 1) throw new Error(`no seeded checklist item ${item.code}`);
      }
      const findingIds: string[] = [];
      for (const [i, f] of (options.findings ?? []).entries()) {
        const { rowCount, rows: inserted } = await client.query<{ id: string }>(
          `INSERT INTO finding (id, "inspectionId", "itemId", "agencyId", number, clause, "legalBasis", severity, description, "requiredAction", "dueDate", "updatedAt")
           SELECT gen_random_uuid(), $1, it.id, $2, $4, c.clause, $5, $6::"FindingSeverity", $7, $8, $9::date, now()
             FROM inspection_item it JOIN checklist_item c ON c.id = it."checklistItemId" WHERE it."inspectionId" = $1 AND c.code = $3
           RETURNING id`,
          [
            inspection.id,
            inspection.agencyId,
            f.code,
            i + 1,
            f.legalBasis ?? "",
            f.severity,
            f.description,
            f.requiredAction,
            f.dueDate,
          ],
        );
        if (rowCount !== 1) throw new Error(`finding on ${f.code}: the item is not in the inspection`);
        findingIds.push(inserted[0]!.id);
      }
      await client.query("COMMIT");
      return { id: inspection.id, representative, findingIds };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}
