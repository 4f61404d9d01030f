import type { Actor } from "@/lib/auth/actor";
import { isDostStaff, isOfficer } from "@/lib/auth/roles";
import type { FindingStatusValue } from "./schema";

/*
 * The corrective-action loop (TT26 Đ37) as a pure table: who may do what to a finding in which state.
 * - The unit's officer answers a finding that awaits it (OPEN, or REJECTED: a new round), and asks for more
 *   time on a nonconformity that awaits it, one waiting request at a time. A recommendation is answered by an
 *   acknowledgement, which closes it; it has no deadline to extend.
 * - DOST (administrator or inspector) verifies the waiting answer and decides a waiting extension. Partner
 *   inspectors (Home Affairs, Justice) sit on the team that inspects, but checking the corrective action is
 *   the presiding unit's task (Đ37: "the inspecting unit" = the Sở KH&CN that chairs the check): they read.
 * - The People's Committee reads.
 * Only findings of signed-off inspections enter the loop: before sign-off the record can still change.
 */

export type CorrectiveAction = "answer" | "acknowledge" | "requestExtension" | "verify" | "decideExtension";

export type FindingState = {
  status: FindingStatusValue;
  severity: "MAJOR" | "MINOR" | "RECOMMENDATION";
  agencyId: string;
  inspectionSignedOff: boolean;
  /** An extension request is waiting for DOST's decision. */
  extensionWaiting?: boolean;
};

const awaiting = (status: FindingStatusValue) => status === "OPEN" || status === "REJECTED";

export function canCorrective(
  actor: Pick<Actor, "role" | "agencyId">,
  action: CorrectiveAction,
  finding: FindingState,
): boolean {
  if (!finding.inspectionSignedOff) return false;
  const ownUnit = isOfficer(actor) && actor.agencyId !== null && actor.agencyId === finding.agencyId;
  const dost = isDostStaff(actor);
  const recommendation = finding.severity === "RECOMMENDATION";
  switch (action) {
    case "answer":
      return ownUnit && !recommendation && awaiting(finding.status);
    case "acknowledge":
      return ownUnit && recommendation && awaiting(finding.status);
    case "requestExtension":
      return ownUnit && !recommendation && awaiting(finding.status) && !finding.extensionWaiting;
    case "verify":
      return dost && finding.status === "ANSWERED";
    case "decideExtension":
      return dost && !!finding.extensionWaiting;
  }
}

/** The corrective-action verdicts DOST may give on a waiting answer, and what each does to the finding. */
export const verdicts = ["ACCEPTED", "REJECTED", "CHECK_NEXT_TIME"] as const;
export type Verdict = (typeof verdicts)[number];
export const findingStatusAfter: Record<Verdict, FindingStatusValue> = {
  ACCEPTED: "CLOSED",
  REJECTED: "REJECTED",
  CHECK_NEXT_TIME: "CHECK_NEXT_TIME",
};

/** Whether the actor sees the DOST side of the queue (all units' findings, verification first). */
export const verifiesCorrectiveActions = (actor: Pick<Actor, "role">) => isDostStaff(actor);
