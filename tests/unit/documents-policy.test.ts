import { describe, expect, it } from "vitest";
import { canRecord, recordVisibility, seesQueue, type RecordAction, type RecordState } from "@/lib/documents/policy";
import type { Role } from "@/lib/generated/prisma/enums";

const own = "11111111-1111-4111-8111-111111111111";
const other = "22222222-2222-4222-8222-222222222222";
const record = (
  status: RecordState["status"],
  agencyId = own,
  category: RecordState["category"] = "INTERNAL_AUDIT_REPORT",
): RecordState => ({ agencyId, category, status });
const actor = (role: Role, agencyId: string | null = null) => ({ id: "u1", role, agencyId });

describe("canRecord", () => {
  const table: [Role, string | null, RecordAction, RecordState | undefined, boolean][] = [
    ["AGENCY_OFFICER", own, "upload", undefined, true],
    ["AGENCY_OFFICER", null, "upload", undefined, false],
    ["DOST_ADMIN", null, "upload", undefined, false],
    ["DOST_INSPECTOR", null, "upload", undefined, false],
    ["COMMITTEE_VIEWER", null, "upload", undefined, false],
    ["PARTNER_INSPECTOR", other, "upload", undefined, false],
    ["AGENCY_OFFICER", own, "addVersion", record("REVISION_REQUESTED"), true],
    ["AGENCY_OFFICER", own, "addVersion", record("ACCEPTED"), true],
    ["AGENCY_OFFICER", own, "addVersion", record("SUBMITTED"), true],
    ["AGENCY_OFFICER", own, "addVersion", record("REVISION_REQUESTED", other), false],
    ["AGENCY_OFFICER", own, "addVersion", record("REVISION_REQUESTED", own, "ANNUAL_REPORT"), false],
    ["DOST_ADMIN", null, "addVersion", record("REVISION_REQUESTED"), false],
    ["DOST_INSPECTOR", null, "review", record("SUBMITTED"), true],
    ["DOST_ADMIN", null, "review", record("SUBMITTED"), true],
    ["DOST_INSPECTOR", null, "review", record("ACCEPTED"), false],
    ["DOST_INSPECTOR", null, "review", record("REVISION_REQUESTED"), false],
    ["COMMITTEE_VIEWER", null, "review", record("SUBMITTED"), false],
    ["PARTNER_INSPECTOR", other, "review", record("SUBMITTED"), false],
    ["AGENCY_OFFICER", own, "review", record("SUBMITTED"), false],
    ["DOST_ADMIN", null, "requestMissing", undefined, true],
    ["DOST_INSPECTOR", null, "requestMissing", undefined, true],
    ["COMMITTEE_VIEWER", null, "requestMissing", undefined, false],
    ["AGENCY_OFFICER", own, "requestMissing", undefined, false],
    ["AGENCY_OFFICER", own, "submitAnnualReport", undefined, true],
    ["DOST_ADMIN", null, "submitAnnualReport", undefined, false],
  ];
  it.each(table)("%s (unit %s) may %s %o: %s", (role, agencyId, action, state, expected) => {
    expect(canRecord(actor(role, agencyId), action, state)).toBe(expected);
  });
});

describe("recordVisibility", () => {
  it("lets DOST staff and the People's Committee read every unit's records", () => {
    for (const role of ["DOST_ADMIN", "DOST_INSPECTOR", "COMMITTEE_VIEWER"] as const)
      expect(recordVisibility(actor(role))).toEqual({});
  });
  it("narrows an officer to their own unit, and an officer without a unit to nothing", () => {
    expect(recordVisibility(actor("AGENCY_OFFICER", own))).toEqual({ agencyId: own });
    expect(recordVisibility(actor("AGENCY_OFFICER", null))).toEqual({
      agencyId: "00000000-0000-0000-0000-000000000000",
    });
  });
  it("narrows a partner inspector to the units of the plans whose team they are on", () => {
    expect(recordVisibility(actor("PARTNER_INSPECTOR", other))).toEqual({
      agency: { planTargets: { some: { plan: { members: { some: { userId: "u1" } } } } } },
    });
  });
  it("shows the queue to everyone but agency officers", () => {
    expect(seesQueue({ role: "AGENCY_OFFICER" })).toBe(false);
    expect(seesQueue({ role: "COMMITTEE_VIEWER" })).toBe(true);
  });
});
