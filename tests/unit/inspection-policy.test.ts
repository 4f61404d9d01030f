import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  canInspection,
  canReadThread,
  inspectionVisibility,
  seesInspection,
  type InspectionAction,
  type Membership,
} from "@/lib/inspections/policy";

const open = { status: "IN_PROGRESS" } as const;
const signed = { status: "SIGNED_OFF" } as const;
const lead: Membership = { role: "LEAD", assigned: false };
const assigned: Membership = { role: "MEMBER", assigned: true };
const bystander: Membership = { role: "MEMBER", assigned: false };

describe("canInspection", () => {
  const table: [Role, InspectionAction, typeof open | typeof signed, Membership, boolean][] = [
    ["DOST_INSPECTOR", "fill", open, assigned, true],
    ["PARTNER_INSPECTOR", "fill", open, assigned, true],
    ["DOST_INSPECTOR", "fill", open, bystander, false],
    ["DOST_ADMIN", "fill", open, null, false],
    ["DOST_INSPECTOR", "fill", open, lead, true],
    ["DOST_INSPECTOR", "fill", signed, assigned, false],
    ["DOST_INSPECTOR", "conclude", open, assigned, false],
    ["DOST_INSPECTOR", "signOff", open, lead, true],
    ["DOST_INSPECTOR", "signOff", signed, lead, false],
    ["DOST_INSPECTOR", "reopen", signed, lead, true],
    ["DOST_ADMIN", "reopen", signed, null, true],
    ["DOST_INSPECTOR", "reopen", signed, assigned, false],
    ["DOST_INSPECTOR", "reopen", open, lead, false],
    ["DOST_ADMIN", "assign", open, null, true],
    ["DOST_INSPECTOR", "assign", open, assigned, false],
    ["AGENCY_OFFICER", "fill", open, assigned, false],
    ["COMMITTEE_VIEWER", "reopen", signed, lead, false],
  ];
  it.each(table)("%s may %s a %o inspection as %o: %s", (role, action, inspection, membership, expected) => {
    expect(canInspection({ role }, action, inspection, membership)).toBe(expected);
  });
});

describe("inspectionVisibility", () => {
  const actor = (role: Role, agencyId: string | null = null) => ({ id: "u1", role, agencyId });
  it("lets DOST staff read every inspection", () => {
    expect(inspectionVisibility(actor("DOST_ADMIN"))).toEqual({});
    expect(inspectionVisibility(actor("DOST_INSPECTOR"))).toEqual({});
  });
  it("shows an agency officer only their unit's signed-off inspections", () => {
    expect(inspectionVisibility(actor("AGENCY_OFFICER", "a1"))).toEqual({ agencyId: "a1", status: "SIGNED_OFF" });
  });
  it("shows an officer without a unit nothing", () => {
    expect(inspectionVisibility(actor("AGENCY_OFFICER"))).toHaveProperty("id");
  });
  it("shows the committee signed-off results and partners their plans' inspections", () => {
    expect(inspectionVisibility(actor("COMMITTEE_VIEWER"))).toEqual({ status: "SIGNED_OFF" });
    expect(inspectionVisibility(actor("PARTNER_INSPECTOR"))).toEqual({ plan: { members: { some: { userId: "u1" } } } });
  });
});

describe("seesInspection agrees with inspectionVisibility", () => {
  /** Evaluates the `where` fragment of inspectionVisibility against one inspection (the shapes it uses). */
  function matches(
    where: ReturnType<typeof inspectionVisibility>,
    inspection: { id: string; agencyId: string; status: string },
    onPlanTeam: boolean,
  ): boolean {
    return Object.entries(where).every(([key, value]) => {
      if (key === "plan") return onPlanTeam;
      return (inspection as Record<string, unknown>)[key] === value;
    });
  }
  const roles: Role[] = ["DOST_ADMIN", "DOST_INSPECTOR", "PARTNER_INSPECTOR", "COMMITTEE_VIEWER", "AGENCY_OFFICER"];
  const cases = roles.flatMap((role) =>
    [null, "a1"].flatMap((agencyId) =>
      (["NOT_STARTED", "IN_PROGRESS", "SIGNED_OFF"] as const).flatMap((status) =>
        ["a1", "a2"].flatMap((inspectionAgency) =>
          [true, false].map((onPlanTeam) => ({ role, agencyId, status, inspectionAgency, onPlanTeam })),
        ),
      ),
    ),
  );
  it.each(cases)(
    "$role (unit $agencyId) on a $status inspection of $inspectionAgency, on team: $onPlanTeam",
    ({ role, agencyId, status, inspectionAgency, onPlanTeam }) => {
      const actor = { id: "u1", role, agencyId };
      const inspection = { id: "i1", agencyId: inspectionAgency, status };
      expect(seesInspection(actor, inspection, onPlanTeam)).toBe(
        matches(inspectionVisibility(actor), inspection, onPlanTeam),
      );
    },
  );
});

describe("canReadThread", () => {
  it.each<[Role, boolean]>([
    ["DOST_ADMIN", true],
    ["DOST_INSPECTOR", true],
    ["PARTNER_INSPECTOR", true],
    ["COMMITTEE_VIEWER", true],
    ["AGENCY_OFFICER", false],
  ])("%s reads the team's thread: %s", (role, expected) => {
    expect(canReadThread({ role })).toBe(expected);
  });
});
