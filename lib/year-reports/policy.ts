import type { Actor } from "@/lib/auth/actor";
import { isCommittee, isDostStaff } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role, YearReportKind, YearReportStatus } from "@/lib/generated/prisma/enums";

/*
 * The year's reports (TT26 Đ38, QĐ19 Phụ lục II). DOST staff draft and submit; the DOST director (an
 * administrator) approves with a number and date or returns, then sends to the People's Committee, who
 * acknowledge a November report and approve a December one for the Ministry (number, date) or return it.
 * Agency officers and partner inspectors never see them.
 */

export const yearReportActions = [
  "submit",
  "approve",
  "return",
  "send",
  "acknowledge",
  "approveForMinistry",
  "returnByCommittee",
] as const;
export type YearReportAction = (typeof yearReportActions)[number];

type Transition = {
  from: readonly YearReportStatus[];
  to: YearReportStatus;
  roles: readonly Role[];
  /** Only for these kinds (default: both). */
  kinds?: readonly YearReportKind[];
};

const dostStaff: readonly Role[] = ["DOST_ADMIN", "DOST_INSPECTOR"];

export const transitions: Record<YearReportAction, Transition> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", roles: dostStaff },
  approve: { from: ["SUBMITTED"], to: "APPROVED", roles: ["DOST_ADMIN"] },
  return: { from: ["SUBMITTED"], to: "RETURNED", roles: ["DOST_ADMIN"] },
  send: { from: ["APPROVED"], to: "SENT", roles: ["DOST_ADMIN"] },
  acknowledge: { from: ["SENT"], to: "ACKNOWLEDGED", roles: ["COMMITTEE_VIEWER"], kinds: ["NOVEMBER_CONSOLIDATION"] },
  approveForMinistry: {
    from: ["SENT"],
    to: "APPROVED_FOR_MINISTRY",
    roles: ["COMMITTEE_VIEWER"],
    kinds: ["MINISTRY_ANNUAL"],
  },
  returnByCommittee: {
    from: ["SENT"],
    to: "RETURNED_BY_COMMITTEE",
    roles: ["COMMITTEE_VIEWER"],
    kinds: ["MINISTRY_ANNUAL"],
  },
};

type ReportState = { kind: YearReportKind; status: YearReportStatus };

export function canTransition(role: Role, action: YearReportAction, report: ReportState): boolean {
  const t = transitions[action];
  return t.roles.includes(role) && t.from.includes(report.status) && (!t.kinds || t.kinds.includes(report.kind));
}

/** The steps this role may take on this report (its buttons). */
export function availableActions(role: Role, report: ReportState): YearReportAction[] {
  return yearReportActions.filter((a) => canTransition(role, a, report));
}

/** Sent to the People's Committee: what the Committee may read, and what nobody may change any more. */
export const sentStatuses = [
  "SENT",
  "ACKNOWLEDGED",
  "APPROVED_FOR_MINISTRY",
  "RETURNED_BY_COMMITTEE",
] as const satisfies readonly YearReportStatus[];
const isSent = (status: YearReportStatus) => (sentStatuses as readonly string[]).includes(status);

/** DOST staff write the narrative while the report is with them (a draft, or returned by the director). */
export const canEditNarrative = (actor: Pick<Actor, "role">, report: { status: YearReportStatus }) =>
  isDostStaff(actor) && (report.status === "DRAFT" || report.status === "RETURNED");

/**
 * DOST staff recompute a draft's figures (the stored ones stay until then). A submitted or returned report keeps
 * the figures frozen at submission; resubmitting a returned report computes them again.
 */
export const canRefreshFigures = (actor: Pick<Actor, "role">, report: { status: YearReportStatus }) =>
  isDostStaff(actor) && report.status === "DRAFT";

/** A correction of a sent report is a new version (one per version), drafted by DOST staff. */
export const canCorrect = (actor: Pick<Actor, "role">, report: { status: YearReportStatus; hasCorrection: boolean }) =>
  isDostStaff(actor) && isSent(report.status) && !report.hasCorrection;

export const canCreate = (actor: Pick<Actor, "role">) => isDostStaff(actor);

/** Who may open /bao-cao at all: DOST staff and the Committee. */
export const canReadYearReports = (actor: Pick<Actor, "role">) => isDostStaff(actor) || isCommittee(actor);

/** The reports the actor sees: DOST staff all, the Committee those sent to it, anyone else none. */
export function yearReportVisibility(actor: Pick<Actor, "role">): Prisma.YearReportWhereInput {
  if (isDostStaff(actor)) return {};
  if (isCommittee(actor)) return { status: { in: [...sentStatuses] } };
  return { id: "00000000-0000-0000-0000-000000000000" };
}
