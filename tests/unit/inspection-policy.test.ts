import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { canInspection, canReadThread, inspectionVisibility, type InspectionAction, type Membership } from "@/lib/inspections/policy";

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
