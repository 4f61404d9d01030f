import { describe, expect, it } from "vitest";
import { roles, type Role } from "@/lib/auth/roles";
import { PlanStatus } from "@/lib/generated/prisma/enums";
import { createTranslator } from "@/lib/i18n";
import { canEditPlan, planContentActions, readOnlyNotice, type PlanContentAction } from "@/lib/plans/policy";
import {
  automaticActions,
  availableActions,
  canTransition,
  isEditable,
  planActions,
  transitions,
  type PlanAction,
} from "@/lib/plans/workflow/state";

const statuses = Object.values(PlanStatus);
const none: PlanStatus[] = [];

/**
 * From which statuses each role may take each action (TT26 Đ34: DOST drafts and submits, the People's
 * Committee approves or returns; a completed, cancelled or superseded plan is closed).
 */
const allowed: Record<Role, Record<PlanAction, PlanStatus[]>> = {
  DOST_ADMIN: {
    submit: ["DRAFT"],
    return: none,
    approve: none,
    start: none,
    complete: none,
    resume: none,
    cancel: ["DRAFT", "SUBMITTED", "APPROVED", "IN_PROGRESS"],
    amend: ["APPROVED", "IN_PROGRESS"],
  },
  DOST_INSPECTOR: {
    submit: none,
    return: none,
    approve: none,
    start: none,
    complete: none,
    resume: none,
    cancel: none,
    amend: ["APPROVED", "IN_PROGRESS"],
  },
  PARTNER_INSPECTOR: {
    submit: none,
    return: none,
    approve: none,
    start: none,
    complete: none,
    resume: none,
    cancel: none,
    amend: none,
  },
  AGENCY_OFFICER: {
    submit: none,
    return: none,
    approve: none,
    start: none,
    complete: none,
    resume: none,
    cancel: none,
    amend: none,
  },
  COMMITTEE_VIEWER: {
    submit: none,
    return: ["SUBMITTED"],
    approve: ["SUBMITTED"],
    start: none,
    complete: none,
    resume: none,
    cancel: none,
    amend: none,
  },
};

describe("canTransition: role × action × status", () => {
  const table = roles.flatMap((role) => planActions.map((action) => ({ role, action, from: allowed[role][action] })));

  it("covers every role, action and status", () => {
    expect(planActions).toEqual(["submit", "return", "approve", "start", "complete", "resume", "cancel", "amend"]);
    expect(statuses).toEqual(["DRAFT", "SUBMITTED", "APPROVED", "IN_PROGRESS", "COMPLETED", "CANCELLED", "SUPERSEDED"]);
    expect(table).toHaveLength(roles.length * planActions.length);
  });

  it.each(table)("$role may $action from $from", ({ role, action, from }) => {
    expect(statuses.filter((status) => canTransition(role, action, status))).toEqual(from);
  });

  it("nobody acts on a completed, cancelled or superseded plan", () => {
    for (const role of roles) {
      for (const status of ["COMPLETED", "CANCELLED", "SUPERSEDED"] as const) {
        expect(availableActions(role, status), `${role} ${status}`).toEqual([]);
      }
    }
  });
});

describe("automatic steps", () => {
  it("are taken by the inspections, never offered to a person", () => {
    expect(automaticActions).toEqual(["start", "complete", "resume"]);
    for (const action of automaticActions) expect(transitions[action].roles).toEqual([]);
    expect(transitions.start).toMatchObject({ from: ["APPROVED"], to: "IN_PROGRESS" });
    expect(transitions.complete).toMatchObject({ from: ["IN_PROGRESS"], to: "COMPLETED" });
    expect(transitions.resume).toMatchObject({ from: ["COMPLETED"], to: "IN_PROGRESS" });
  });
});

describe("availableActions", () => {
  it("lists the buttons each role sees in each state, in workflow order", () => {
    expect(availableActions("DOST_ADMIN", "DRAFT")).toEqual(["submit", "cancel"]);
    expect(availableActions("DOST_ADMIN", "SUBMITTED")).toEqual(["cancel"]);
    expect(availableActions("DOST_ADMIN", "APPROVED")).toEqual(["cancel", "amend"]);
    expect(availableActions("DOST_ADMIN", "IN_PROGRESS")).toEqual(["cancel", "amend"]);
    expect(availableActions("DOST_INSPECTOR", "DRAFT")).toEqual([]);
    expect(availableActions("DOST_INSPECTOR", "APPROVED")).toEqual(["amend"]);
    expect(availableActions("COMMITTEE_VIEWER", "SUBMITTED")).toEqual(["return", "approve"]);
    expect(availableActions("COMMITTEE_VIEWER", "DRAFT")).toEqual([]);
  });

  it("gives partner inspectors and agency officers no workflow action in any state", () => {
    for (const status of statuses) {
      expect(availableActions("PARTNER_INSPECTOR", status)).toEqual([]);
      expect(availableActions("AGENCY_OFFICER", status)).toEqual([]);
    }
  });
});

describe("isEditable", () => {
  it("is true for drafts only", () => {
    expect(statuses.filter(isEditable)).toEqual(["DRAFT"]);
  });
});

describe("canEditPlan: role × content action × status", () => {
  const operational: PlanStatus[] = ["DRAFT", "SUBMITTED", "APPROVED", "IN_PROGRESS"];
  /** Fields and scope (what the committee approves) on drafts; team and schedule until the plan is closed. */
  const dost: Record<Exclude<PlanContentAction, "create" | "copy">, PlanStatus[]> = {
    edit: ["DRAFT"],
    editScope: ["DRAFT"],
    editTeam: operational,
    editSchedule: operational,
  };

  it.each(roles.flatMap((role) => planContentActions.map((action) => ({ role, action }))))(
    "$role may $action",
    ({ role, action }) => {
      const staff = role === "DOST_ADMIN" || role === "DOST_INSPECTOR";
      if (action === "create" || action === "copy") {
        expect(canEditPlan({ role }, action)).toBe(staff);
        return;
      }
      expect(canEditPlan({ role }, action)).toBe(false);
      expect(statuses.filter((status) => canEditPlan({ role }, action, { status }))).toEqual(staff ? dost[action] : []);
    },
  );
});

describe("readOnlyNotice: what a plan's read-only line says, by role × status", () => {
  const notices: Record<"DOST_ADMIN" | "PARTNER_INSPECTOR" | "COMMITTEE_VIEWER", Record<PlanStatus, string | null>> = {
    DOST_ADMIN: {
      DRAFT: null,
      SUBMITTED: "submitted",
      APPROVED: "approvedAmend",
      IN_PROGRESS: "approvedAmend",
      COMPLETED: "completed",
      CANCELLED: "cancelled",
      SUPERSEDED: "superseded",
    },
    PARTNER_INSPECTOR: {
      DRAFT: "dostOnly",
      SUBMITTED: "submitted",
      APPROVED: "approved",
      IN_PROGRESS: "approved",
      COMPLETED: "completed",
      CANCELLED: "cancelled",
      SUPERSEDED: "superseded",
    },
    COMMITTEE_VIEWER: {
      DRAFT: "returned",
      SUBMITTED: "awaitingDecision",
      APPROVED: "approved",
      IN_PROGRESS: "approved",
      COMPLETED: "completed",
      CANCELLED: "cancelled",
      SUPERSEDED: "superseded",
    },
  };
  const table = (Object.keys(notices) as (keyof typeof notices)[]).flatMap((role) =>
    statuses.map((status) => ({ role, status, notice: notices[role][status] })),
  );

  it.each(table)("$role on a $status plan: $notice", ({ role, status, notice }) => {
    expect(readOnlyNotice({ role }, { status })).toBe(notice && `plans.readOnlyNotice.${notice}`);
  });

  it("never tells the committee a plan is approved before it is", () => {
    for (const status of ["DRAFT", "SUBMITTED"] as const)
      expect(createTranslator("vi")(readOnlyNotice({ role: "COMMITTEE_VIEWER" }, { status })!)).not.toMatch(
        /đã phê duyệt/,
      );
  });

  it("says the same for a DOST inspector as for an administrator", () => {
    for (const status of statuses)
      expect(readOnlyNotice({ role: "DOST_INSPECTOR" }, { status })).toBe(
        readOnlyNotice({ role: "DOST_ADMIN" }, { status }),
      );
  });
});
