import type { Actor } from "@/lib/auth/actor";
import { isDostStaff, isOfficer } from "@/lib/auth/roles";
import type { PlanPaperKind, PlanStatus } from "@/lib/generated/prisma/enums";

export type PaperAction = "read" | "edit" | "issue";

export type PaperResource = {
  kind: PlanPaperKind | "PLAN";
  planStatus: PlanStatus;
  issued: boolean;
  /** For an officer: the paper is addressed to their unit (their letter, or a decision naming their unit). */
  addressedToOwnUnit?: boolean;
};

/** Numbers are kept while the plan runs; a closed plan's papers stay as they are. */
const editableStatuses: readonly PlanStatus[] = ["DRAFT", "SUBMITTED", "APPROVED", "IN_PROGRESS"];
/** The papers are sent after the committee approves the plan (TT26 Đ35), so they are issued only then. */
const issuableStatuses: readonly PlanStatus[] = ["APPROVED", "IN_PROGRESS"];
/** What an officer may receive: the letters to their unit and the check decision naming it. */
const addressedKinds: readonly PaperResource["kind"][] = ["REQUEST_LETTER", "CORRECTION_LETTER", "CHECK_DECISION"];

/**
 * Who may do what with a plan's paper (the plan itself being visible is the data layer's business, planVisibility):
 * - read: everyone who sees the whole plan (DOST, partners on the team, the committee); an officer only an
 *   issued paper addressed to their own unit;
 * - edit the number and date: DOST staff, while the paper is a draft and the plan not closed;
 * - issue: DOST staff, a draft, once the plan is approved.
 * The plan's own paper is never edited here: its number and date are the plan's, issued with its approval.
 */
export function canPaper(actor: Pick<Actor, "role">, action: PaperAction, paper: PaperResource): boolean {
  if (action === "read") {
    if (!isOfficer(actor)) return true;
    return paper.issued && addressedKinds.includes(paper.kind) && paper.addressedToOwnUnit === true;
  }
  if (!isDostStaff(actor) || paper.kind === "PLAN" || paper.issued) return false;
  return (action === "edit" ? editableStatuses : issuableStatuses).includes(paper.planStatus);
}

/** Why a DOST user cannot change a paper, as a catalogue key; null when they can (the form shows it instead). */
export function paperRefusal(
  actor: Pick<Actor, "role">,
  action: "edit" | "issue",
  paper: PaperResource,
):
  | "planPapers.errors.issued"
  | "planPapers.errors.closed"
  | "planPapers.errors.notApproved"
  | "errors.FORBIDDEN"
  | null {
  if (canPaper(actor, action, paper)) return null;
  if (!isDostStaff(actor) || paper.kind === "PLAN") return "errors.FORBIDDEN";
  if (paper.issued) return "planPapers.errors.issued";
  return action === "issue" && editableStatuses.includes(paper.planStatus)
    ? "planPapers.errors.notApproved"
    : "planPapers.errors.closed";
}
