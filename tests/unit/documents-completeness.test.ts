import { describe, expect, it } from "vitest";
import {
  answersPlan,
  chooseCompletenessPlan,
  computeCompleteness,
  requiredCategories,
  type RecordForCompleteness,
} from "@/lib/documents/completeness/rules";
import { recordCategories } from "@/lib/documents/schema";
import type { PlanStatus } from "@/lib/generated/prisma/enums";

const plan = { id: "plan-2021", year: 2021 };
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const rec = (
  category: RecordForCompleteness["category"],
  changes: Partial<RecordForCompleteness> = {},
): RecordForCompleteness => ({
  category,
  planId: plan.id,
  status: "ACCEPTED",
  periodFrom: null,
  periodTo: null,
  effectiveDate: null,
  ...changes,
});

describe("requiredCategories", () => {
  it("requires the six QMS records, and corrective-action evidence only with open findings; never 'other'", () => {
    expect(requiredCategories(false)).toEqual([
      "ANNOUNCEMENT_DECISION",
      "QUALITY_POLICY",
      "PROCEDURE_LIST",
      "INTERNAL_AUDIT_REPORT",
      "MANAGEMENT_REVIEW",
      "ANNUAL_REPORT",
    ]);
    expect(requiredCategories(true)).toHaveLength(7);
    expect(requiredCategories(true)).toContain("CORRECTIVE_ACTION");
    expect(requiredCategories(true)).not.toContain("OTHER");
  });

  it("lists them in the screens' order, so completeness's lists need no sorting", () => {
    for (const open of [false, true])
      expect(requiredCategories(open)).toEqual(recordCategories.filter((c) => requiredCategories(open).includes(c)));
  });
});

describe("answersPlan", () => {
  it("counts a record naming the plan, and not one naming another plan whatever its dates", () => {
    expect(answersPlan(rec("QUALITY_POLICY"), plan)).toBe(true);
    expect(answersPlan(rec("QUALITY_POLICY", { planId: "plan-2022", effectiveDate: utc(2021, 3, 1) }), plan)).toBe(
      false,
    );
  });
  it("counts a record naming no plan by its effective date or period in the plan's year", () => {
    expect(answersPlan(rec("ANNOUNCEMENT_DECISION", { planId: null, effectiveDate: utc(2021, 12, 31) }), plan)).toBe(
      true,
    );
    expect(answersPlan(rec("ANNOUNCEMENT_DECISION", { planId: null, effectiveDate: utc(2020, 12, 31) }), plan)).toBe(
      false,
    );
    expect(
      answersPlan(
        rec("INTERNAL_AUDIT_REPORT", { planId: null, periodFrom: utc(2020, 7, 1), periodTo: utc(2021, 6, 30) }),
        plan,
      ),
    ).toBe(true);
    expect(
      answersPlan(
        rec("INTERNAL_AUDIT_REPORT", { planId: null, periodFrom: utc(2019, 1, 1), periodTo: utc(2020, 12, 31) }),
        plan,
      ),
    ).toBe(false);
    expect(answersPlan(rec("OTHER", { planId: null }), plan)).toBe(false);
  });
});

describe("computeCompleteness", () => {
  it("is 0 % with everything missing", () => {
    const c = computeCompleteness([], plan, false);
    expect(c).toMatchObject({ percent: 0, present: [], accepted: [] });
    expect(c.missing).toHaveLength(6);
  });

  it("counts accepted over required, rounded down; a submitted or returned record is present but not accepted", () => {
    const c = computeCompleteness(
      [
        rec("ANNOUNCEMENT_DECISION"),
        rec("QUALITY_POLICY"),
        rec("PROCEDURE_LIST", { status: "SUBMITTED" }),
        rec("INTERNAL_AUDIT_REPORT", { status: "REVISION_REQUESTED" }),
        rec("OTHER"),
      ],
      plan,
      false,
    );
    expect(c.accepted).toEqual(["ANNOUNCEMENT_DECISION", "QUALITY_POLICY"]);
    expect(c.present).toEqual(["ANNOUNCEMENT_DECISION", "QUALITY_POLICY", "PROCEDURE_LIST", "INTERNAL_AUDIT_REPORT"]);
    expect(c.missing).toEqual(["MANAGEMENT_REVIEW", "ANNUAL_REPORT"]);
    expect(c.percent).toBe(33); // 2 / 6
  });

  it("is 100 % only when every required category is accepted; open findings add corrective action", () => {
    const six = requiredCategories(false).map((c) => rec(c));
    expect(computeCompleteness(six, plan, false).percent).toBe(100);
    const withFindings = computeCompleteness(six, plan, true);
    expect(withFindings.percent).toBe(85); // 6 / 7
    expect(withFindings.missing).toEqual(["CORRECTIVE_ACTION"]);
    expect(computeCompleteness([...six, rec("CORRECTIVE_ACTION")], plan, true).percent).toBe(100);
  });

  it("counts a category accepted when any of its records for the plan is accepted", () => {
    const c = computeCompleteness(
      [rec("QUALITY_POLICY", { status: "REVISION_REQUESTED" }), rec("QUALITY_POLICY")],
      plan,
      false,
    );
    expect(c.accepted).toEqual(["QUALITY_POLICY"]);
    expect(c.percent).toBe(16);
  });
});

describe("chooseCompletenessPlan", () => {
  // Newest first, as listRecordPlans gives them: a 2022 plan only submitted, the 2021 one at work, 2020 completed.
  const plans: { id: string; year: number; status: PlanStatus }[] = [
    { id: "2022", year: 2022, status: "SUBMITTED" },
    { id: "2021", year: 2021, status: "IN_PROGRESS" },
    { id: "2020", year: 2020, status: "COMPLETED" },
  ];
  const choose = (list: typeof plans, asked?: string) => chooseCompletenessPlan(list, asked, 2022)?.id;

  it("opens on the newest plan at work (approved or in progress), not a newer one still submitted", () => {
    expect(choose(plans)).toBe("2021");
    expect(choose([{ id: "2022b", year: 2022, status: "APPROVED" }, ...plans])).toBe("2022b");
  });

  it("prefers a plan of this year or before to next year's approved early", () => {
    expect(choose([{ id: "2023", year: 2023, status: "APPROVED" }, ...plans])).toBe("2021");
    expect(choose([{ id: "2023", year: 2023, status: "APPROVED" }, plans[0]!])).toBe("2023");
  });

  it("takes the plan asked for when it is offered, and ignores any other id", () => {
    expect(choose(plans, "2020")).toBe("2020");
    expect(choose(plans, "2019")).toBe("2021");
  });

  it("falls back to the newest plan when none is at work, and to nothing without plans", () => {
    expect(choose([plans[0]!, plans[2]!])).toBe("2022");
    expect(choose([])).toBeUndefined();
  });
});
