import { describe, expect, it } from "vitest";
import { canCorrective, findingStatusAfter, type CorrectiveAction, type FindingState } from "@/lib/findings/policy";
import {
  acknowledgeSchema,
  answerFieldsSchema,
  decideExtensionSchema,
  requestExtensionSchema,
  verifySchema,
} from "@/lib/findings/schema";
import type { Role } from "@/lib/generated/prisma/enums";

const own = "11111111-1111-4111-8111-111111111111";
const other = "22222222-2222-4222-8222-222222222222";
const actor = (role: Role, agencyId: string | null = null) => ({ role, agencyId });
const finding = (
  status: FindingState["status"],
  severity: FindingState["severity"] = "MAJOR",
  more: Partial<FindingState> = {},
): FindingState => ({ status, severity, agencyId: own, inspectionSignedOff: true, ...more });

describe("canCorrective (the corrective-action state table)", () => {
  const table: [Role, string | null, CorrectiveAction, FindingState, boolean][] = [
    // The unit's officer answers a nonconformity that awaits it (OPEN, or REJECTED: a new round).
    ["AGENCY_OFFICER", own, "answer", finding("OPEN"), true],
    ["AGENCY_OFFICER", own, "answer", finding("REJECTED", "MINOR"), true],
    ["AGENCY_OFFICER", own, "answer", finding("ANSWERED"), false],
    ["AGENCY_OFFICER", own, "answer", finding("CHECK_NEXT_TIME"), false],
    ["AGENCY_OFFICER", own, "answer", finding("CLOSED"), false],
    ["AGENCY_OFFICER", own, "answer", finding("OPEN", "MAJOR", { inspectionSignedOff: false }), false],
    ["AGENCY_OFFICER", other, "answer", finding("OPEN"), false],
    ["AGENCY_OFFICER", null, "answer", finding("OPEN"), false],
    ["AGENCY_OFFICER", own, "answer", finding("OPEN", "RECOMMENDATION"), false],
    ["DOST_ADMIN", null, "answer", finding("OPEN"), false],
    ["DOST_INSPECTOR", null, "answer", finding("OPEN"), false],
    ["PARTNER_INSPECTOR", other, "answer", finding("OPEN"), false],
    ["COMMITTEE_VIEWER", null, "answer", finding("OPEN"), false],
    // A recommendation is acknowledged (closes it), nothing else.
    ["AGENCY_OFFICER", own, "acknowledge", finding("OPEN", "RECOMMENDATION"), true],
    ["AGENCY_OFFICER", own, "acknowledge", finding("CLOSED", "RECOMMENDATION"), false],
    ["AGENCY_OFFICER", own, "acknowledge", finding("OPEN", "MINOR"), false],
    ["AGENCY_OFFICER", other, "acknowledge", finding("OPEN", "RECOMMENDATION"), false],
    ["DOST_ADMIN", null, "acknowledge", finding("OPEN", "RECOMMENDATION"), false],
    // Extensions: the unit asks (not for a recommendation, one waiting at a time), DOST decides.
    ["AGENCY_OFFICER", own, "requestExtension", finding("OPEN"), true],
    ["AGENCY_OFFICER", own, "requestExtension", finding("REJECTED"), true],
    ["AGENCY_OFFICER", own, "requestExtension", finding("OPEN", "MAJOR", { extensionWaiting: true }), false],
    ["AGENCY_OFFICER", own, "requestExtension", finding("ANSWERED"), false],
    ["AGENCY_OFFICER", own, "requestExtension", finding("OPEN", "RECOMMENDATION"), false],
    ["DOST_INSPECTOR", null, "requestExtension", finding("OPEN"), false],
    ["DOST_ADMIN", null, "decideExtension", finding("OPEN", "MAJOR", { extensionWaiting: true }), true],
    ["DOST_INSPECTOR", null, "decideExtension", finding("REJECTED", "MAJOR", { extensionWaiting: true }), true],
    ["DOST_ADMIN", null, "decideExtension", finding("OPEN"), false],
    ["AGENCY_OFFICER", own, "decideExtension", finding("OPEN", "MAJOR", { extensionWaiting: true }), false],
    ["PARTNER_INSPECTOR", null, "decideExtension", finding("OPEN", "MAJOR", { extensionWaiting: true }), false],
    ["COMMITTEE_VIEWER", null, "decideExtension", finding("OPEN", "MAJOR", { extensionWaiting: true }), false],
    // DOST verifies an answered finding; partners and the committee read; an officer never verifies.
    ["DOST_ADMIN", null, "verify", finding("ANSWERED"), true],
    ["DOST_INSPECTOR", null, "verify", finding("ANSWERED", "MINOR"), true],
    ["DOST_INSPECTOR", null, "verify", finding("OPEN"), false],
    ["DOST_INSPECTOR", null, "verify", finding("REJECTED"), false],
    ["DOST_INSPECTOR", null, "verify", finding("CLOSED"), false],
    ["DOST_INSPECTOR", null, "verify", finding("CHECK_NEXT_TIME"), false],
    ["PARTNER_INSPECTOR", null, "verify", finding("ANSWERED"), false],
    ["COMMITTEE_VIEWER", null, "verify", finding("ANSWERED"), false],
    ["AGENCY_OFFICER", own, "verify", finding("ANSWERED"), false],
  ];
  it.each(table)("%s (%s) %s on %o → %s", (role, agencyId, action, state, expected) => {
    expect(canCorrective(actor(role, agencyId), action, state)).toBe(expected);
  });

  it("maps each verdict to the finding's next status", () => {
    expect(findingStatusAfter).toEqual({
      ACCEPTED: "CLOSED",
      REJECTED: "REJECTED",
      CHECK_NEXT_TIME: "CHECK_NEXT_TIME",
    });
  });
});

describe("corrective-action input", () => {
  const answer = {
    findingId: own,
    cause: "Chưa phân công người theo dõi",
    action: "Ban hành quy chế phân công",
    plannedDate: "15/03/2027",
    responsible: "Chánh Văn phòng",
  };
  it("accepts a full answer and reads dd/mm/yyyy", () => {
    const parsed = answerFieldsSchema.parse(answer);
    expect(parsed.plannedDate).toEqual(new Date(Date.UTC(2027, 2, 15)));
    expect(parsed.correction).toBe("");
    expect(parsed.recordVersionIds).toEqual([]);
  });
  it.each(["cause", "action", "responsible", "plannedDate"])("requires %s", (field) => {
    const result = answerFieldsSchema.safeParse({ ...answer, [field]: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(field);
  });
  it("refuses a malformed date and a malformed record id", () => {
    expect(answerFieldsSchema.safeParse({ ...answer, plannedDate: "31/02/2027" }).success).toBe(false);
    expect(answerFieldsSchema.safeParse({ ...answer, recordVersionIds: ["x"] }).success).toBe(false);
  });
  it("needs a written reason to reject, not to accept", () => {
    const base = { answerId: own };
    const rejected = verifySchema.safeParse({ ...base, verdict: "REJECTED", note: " " });
    expect(rejected.error?.issues[0]?.message).toBe("corrective.errors.reasonRequired");
    expect(verifySchema.safeParse({ ...base, verdict: "ACCEPTED" }).success).toBe(true);
    expect(verifySchema.safeParse({ ...base, verdict: "CHECK_NEXT_TIME" }).success).toBe(true);
    expect(verifySchema.safeParse({ ...base, verdict: "CLOSED" }).success).toBe(false);
  });
  it("needs a reason and a date to ask for more time; a note to refuse it", () => {
    expect(requestExtensionSchema.safeParse({ findingId: own, reason: "", requestedDate: "01/06/2027" }).success).toBe(
      false,
    );
    expect(
      requestExtensionSchema.safeParse({ findingId: own, reason: "Chờ kinh phí", requestedDate: "" }).success,
    ).toBe(false);
    expect(decideExtensionSchema.safeParse({ extensionId: own, decision: "REFUSED", note: "" }).success).toBe(false);
    expect(decideExtensionSchema.parse({ extensionId: own, decision: "GRANTED" }).grantedDate).toBeNull();
    expect(acknowledgeSchema.parse({ findingId: own }).comment).toBe("");
  });
});
