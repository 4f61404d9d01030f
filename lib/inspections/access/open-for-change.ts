import "server-only";
import type { Scope } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type {
  InspectionKind,
  InspectionStatus,
  OverallResult,
  PlanStatus,
  TeamRole,
} from "@/lib/generated/prisma/enums";
import { canInspection, seesInspection, type InspectionAction, type Membership } from "../policy";

/** What every inspection use case receives from the action client: the caller's scope and address (for the audit log). */
export type Ctx = { scope: Scope; ip: string | null };

/**
 * Opens an inspection for a change, in the caller's transaction: out of the actor's sight → NOT_FOUND; the
 * row is locked (FOR NO KEY UPDATE) so that saves, sign-off and reopening of one inspection run one after the
 * other: a save that waited for a sign-off then sees the inspection locked. Refusals: a locked inspection →
 * CONFLICT with a clear message; anything else the policy forbids → FORBIDDEN.
 */
export async function openForChange(tx: Tx, scope: Scope, inspectionId: string, action: InspectionAction) {
  const { actor } = scope;
  // One statement locks the row and reads what every change needs, with the actor's place on the team:
  // autosave runs this on every item, so it is kept to one round trip (visibility is then decided on the
  // row with seesInspection, the predicate twin of inspectionVisibility).
  const [row] = await tx.$queryRaw<LockedRow[]>`
    SELECT i.id, i."planId", i."agencyId", i.kind::text AS kind, i.status::text AS status, i."recordDate", i."startedAt",
           i."overallResult"::text AS "overallResult", i."lockVersion",
           p.number AS "planNumber", p.year AS "planYear", p."issuedOn" AS "planIssuedOn", p.status::text AS "planStatus",
           a.name AS "agencyName", m.role::text AS "memberRole",
           (m.id IS NOT NULL AND EXISTS (SELECT 1 FROM inspection_assignee s WHERE s."inspectionId" = i.id AND s."memberId" = m.id)) AS assigned
      FROM inspection i
      JOIN inspection_plan p ON p.id = i."planId"
      JOIN agency a ON a.id = i."agencyId"
      LEFT JOIN plan_member m ON m."planId" = i."planId" AND m."userId" = ${actor.id}::uuid
     WHERE i.id = ${inspectionId}::uuid
       FOR NO KEY UPDATE OF i`;
  if (!row || !seesInspection(actor, row, row.memberRole !== null)) throw new AppError("NOT_FOUND");
  const inspection = {
    id: row.id,
    planId: row.planId,
    agencyId: row.agencyId,
    kind: row.kind,
    status: row.status,
    recordDate: row.recordDate,
    startedAt: row.startedAt,
    overallResult: row.overallResult,
    lockVersion: row.lockVersion,
    plan: {
      id: row.planId,
      number: row.planNumber,
      year: row.planYear,
      issuedOn: row.planIssuedOn,
      status: row.planStatus,
    },
    agency: { name: row.agencyName },
  };
  const membership: Membership = row.memberRole ? { role: row.memberRole, assigned: row.assigned } : null;
  if (!canInspection(actor, action, inspection, membership)) {
    if (inspection.status === "SIGNED_OFF" && action !== "reopen")
      throw new AppError("CONFLICT", "inspections.errors.locked");
    if (action === "reopen" && inspection.status !== "SIGNED_OFF")
      throw new AppError("CONFLICT", "inspections.errors.notSignedOff");
    throw new AppError("FORBIDDEN", "inspections.errors.forbidden");
  }
  return { inspection, membership };
}

type LockedRow = {
  id: string;
  planId: string;
  agencyId: string;
  kind: InspectionKind;
  status: InspectionStatus;
  recordDate: Date | null;
  startedAt: Date | null;
  overallResult: OverallResult | null;
  lockVersion: number;
  planNumber: string;
  planYear: number;
  planIssuedOn: Date;
  planStatus: PlanStatus;
  agencyName: string;
  memberRole: TeamRole | null;
  assigned: boolean;
};
export type OpenInspection = Awaited<ReturnType<typeof openForChange>>["inspection"];
