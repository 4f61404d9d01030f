import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  approvePlanSchema,
  copyPlanSchema,
  planFieldsSchema,
  setTargetSchema,
  updatePlanSchema,
  visitSchema,
} from "@/lib/plans/schema";

const id = "11111111-1111-4111-8111-111111111111";
const otherId = "22222222-2222-4222-8222-222222222222";
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** The plan form as the browser posts it: every field present, optional ones empty. */
const form = {
  year: "2021",
  number: "05/KH-SKHCN",
  issuedOn: "19/01/2021",
  title: "Kế hoạch kiểm tra việc áp dụng HTQLCL theo TCVN ISO 9001 năm 2021",
  legalBases: "",
  objectives: "",
  requirements: "",
  leadAgencyId: id,
};

function issues(result: z.ZodSafeParseResult<unknown>) {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("planFieldsSchema", () => {
  it("reads the 2021 plan as typed: year as a number, dd/MM/yyyy dates as calendar days, empty options as null", () => {
    const parsed = planFieldsSchema.parse({
      ...form,
      coordinatorIds: [id, otherId],
      milestone_CONSOLIDATION: "30/11/2021",
      milestone_REPORT: "15/12/2021",
    });
    expect(parsed).toMatchObject({
      year: 2021,
      number: "05/KH-SKHCN",
      issuedOn: utc(2021, 1, 19),
      coordinatorIds: [id, otherId],
      teamDecisionNumber: null,
      teamDecisionDate: null,
      milestone_TEAM_SETUP: null,
      milestone_CONSOLIDATION: utc(2021, 11, 30),
      milestone_REPORT: utc(2021, 12, 15),
    });
  });

  it("accepts plan numbers shaped like 05/KH-SKHCN and refuses others with plans.errors.planNumber", () => {
    for (const number of ["05/KH-SKHCN", "14/KH-SKHCN", "5a/KH-UBND", "120/KH-SKHCN-TĐC"])
      expect(planFieldsSchema.safeParse({ ...form, number }).success, number).toBe(true);
    for (const number of ["05-KH", "05/KH", "KH-SKHCN", "05/QĐ-UBND", "05/kh-skhcn", ""]) {
      expect(issues(planFieldsSchema.safeParse({ ...form, number })), number).toEqual([
        { path: "number", message: "plans.errors.planNumber" },
      ]);
    }
  });

  it("reads dates as dd/MM/yyyy and refuses impossible ones", () => {
    expect(planFieldsSchema.parse({ ...form, issuedOn: "1/2/2021" }).issuedOn).toEqual(utc(2021, 2, 1));
    expect(planFieldsSchema.parse({ ...form, issuedOn: "2021-01-19" }).issuedOn).toEqual(utc(2021, 1, 19));
    expect(issues(planFieldsSchema.safeParse({ ...form, issuedOn: "31/02/2021" }))).toEqual([
      { path: "issuedOn", message: "plans.errors.date" },
    ]);
    expect(issues(planFieldsSchema.safeParse({ ...form, issuedOn: "" }))).toEqual([
      { path: "issuedOn", message: "errors.required" },
    ]);
    expect(issues(planFieldsSchema.safeParse({ ...form, milestone_REPORT: "15.13.2021" }))).toEqual([
      { path: "milestone_REPORT", message: "plans.errors.date" },
    ]);
  });

  it("requires the issue date in the plan's year or the year before", () => {
    expect(planFieldsSchema.safeParse({ ...form, issuedOn: "28/12/2020" }).success).toBe(true);
    expect(planFieldsSchema.safeParse({ ...form, issuedOn: "31/12/2021" }).success).toBe(true);
    expect(issues(planFieldsSchema.safeParse({ ...form, issuedOn: "31/12/2019" }))).toEqual([
      { path: "issuedOn", message: "plans.errors.issuedYear" },
    ]);
    expect(issues(planFieldsSchema.safeParse({ ...form, issuedOn: "01/01/2022" }))).toEqual([
      { path: "issuedOn", message: "plans.errors.issuedYear" },
    ]);
  });

  it("refuses a milestone before the issue date, on that milestone", () => {
    expect(issues(planFieldsSchema.safeParse({ ...form, milestone_DOSSIER_DEADLINE: "18/01/2021" }))).toEqual([
      { path: "milestone_DOSSIER_DEADLINE", message: "plans.errors.beforeIssued" },
    ]);
    expect(planFieldsSchema.safeParse({ ...form, milestone_DOSSIER_DEADLINE: "19/01/2021" }).success).toBe(true);
  });

  it("refuses milestones out of order, on the later one", () => {
    expect(
      issues(
        planFieldsSchema.safeParse({
          ...form,
          milestone_ONSITE_START: "02/08/2021",
          milestone_ONSITE_END: "01/08/2021",
        }),
      ),
    ).toEqual([{ path: "milestone_ONSITE_END", message: "plans.errors.order" }]);
    expect(
      issues(
        planFieldsSchema.safeParse({
          ...form,
          milestone_TEAM_SETUP: "09/03/2021",
          milestone_ONSITE_START: "08/03/2021",
        }),
      ),
    ).toEqual([{ path: "milestone_ONSITE_START", message: "plans.errors.order" }]);
    expect(
      issues(
        planFieldsSchema.safeParse({ ...form, milestone_CONSOLIDATION: "30/11/2021", milestone_REPORT: "29/11/2021" }),
      ),
    ).toEqual([{ path: "milestone_REPORT", message: "plans.errors.order" }]);
    expect(
      planFieldsSchema.safeParse({ ...form, milestone_ONSITE_START: "02/08/2021", milestone_ONSITE_END: "02/08/2021" })
        .success,
    ).toBe(true);
  });

  it("requires the team decision's date with its number, and a QĐ-shaped number", () => {
    expect(issues(planFieldsSchema.safeParse({ ...form, teamDecisionNumber: "447/QĐ-UBND" }))).toEqual([
      { path: "teamDecisionDate", message: "plans.errors.decisionDate" },
    ]);
    expect(
      planFieldsSchema.parse({ ...form, teamDecisionNumber: "447/QĐ-UBND", teamDecisionDate: "09/03/2021" }),
    ).toMatchObject({ teamDecisionNumber: "447/QĐ-UBND", teamDecisionDate: utc(2021, 3, 9) });
    expect(
      issues(
        planFieldsSchema.safeParse({ ...form, teamDecisionNumber: "447/KH-UBND", teamDecisionDate: "09/03/2021" }),
      ),
    ).toEqual([{ path: "teamDecisionNumber", message: "plans.errors.decisionNumber" }]);
    expect(planFieldsSchema.parse({ ...form, teamDecisionNumber: "  " }).teamDecisionNumber).toBeNull();
  });

  it("normalises Vietnamese text to NFC and refuses an empty title", () => {
    expect(planFieldsSchema.parse({ ...form, title: "Kiểm tra".normalize("NFD") }).title).toBe(
      "Kiểm tra".normalize("NFC"),
    );
    expect(issues(planFieldsSchema.safeParse({ ...form, title: "   " }))).toEqual([
      { path: "title", message: "errors.required" },
    ]);
  });

  it("refuses a year outside 2014–2100 and a malformed unit id", () => {
    expect(issues(planFieldsSchema.safeParse({ ...form, year: "2013", issuedOn: "19/01/2013" }))).toEqual([
      { path: "year", message: "plans.errors.year" },
    ]);
    expect(issues(planFieldsSchema.safeParse({ ...form, leadAgencyId: "so-khcn" }))).toEqual([
      { path: "leadAgencyId", message: "errors.invalidChoice" },
    ]);
  });

  it("carries the lock version on updates", () => {
    expect(updatePlanSchema.parse({ ...form, id, lockVersion: "3" })).toMatchObject({
      id,
      lockVersion: 3,
      number: "05/KH-SKHCN",
    });
  });
});

describe("approvePlanSchema", () => {
  it("requires a decision number like 346/QĐ-UBND and its date", () => {
    expect(approvePlanSchema.parse({ id, approvalNumber: "346/QĐ-UBND", approvalDate: "25/02/2021" })).toEqual({
      id,
      approvalNumber: "346/QĐ-UBND",
      approvalDate: utc(2021, 2, 25),
    });
    expect(
      approvePlanSchema.parse({ id, approvalNumber: "346/QĐ-UBND".normalize("NFD"), approvalDate: "25/02/2021" })
        .approvalNumber,
    ).toBe("346/QĐ-UBND");
    expect(
      issues(approvePlanSchema.safeParse({ id, approvalNumber: "346/QD-UBND", approvalDate: "25/02/2021" })),
    ).toEqual([{ path: "approvalNumber", message: "plans.errors.decisionNumber" }]);
    expect(
      issues(approvePlanSchema.safeParse({ id, approvalNumber: "05/KH-SKHCN", approvalDate: "25/02/2021" })),
    ).toEqual([{ path: "approvalNumber", message: "plans.errors.decisionNumber" }]);
    expect(issues(approvePlanSchema.safeParse({ id, approvalNumber: "346/QĐ-UBND", approvalDate: "" }))).toEqual([
      { path: "approvalDate", message: "errors.required" },
    ]);
  });
});

describe("copyPlanSchema", () => {
  it("requires a KH number and an issue date for the new year", () => {
    expect(copyPlanSchema.parse({ fromId: id, year: "2022", number: "07/KH-SKHCN", issuedOn: "14/01/2022" })).toEqual({
      fromId: id,
      year: 2022,
      number: "07/KH-SKHCN",
      issuedOn: utc(2022, 1, 14),
    });
    expect(issues(copyPlanSchema.safeParse({ fromId: id, year: "2022", number: "07-KH", issuedOn: "" }))).toEqual([
      { path: "number", message: "plans.errors.planNumber" },
      { path: "issuedOn", message: "errors.required" },
    ]);
  });
});

describe("setTargetSchema", () => {
  const target = { planId: id, agencyId: otherId, dossierReason: "", rationale: "" };

  it("reads the checkboxes and drops the category of a dossier-only unit", () => {
    expect(setTargetSchema.parse({ ...target, inDossier: "on" })).toMatchObject({ inDossier: true, onSite: false });
    expect(setTargetSchema.parse({ ...target, inDossier: "on", onSiteCategory: "" }).onSiteCategory).toBeUndefined();
    expect(
      setTargetSchema.parse({
        ...target,
        inDossier: "on",
        onSite: "on",
        onSiteCategory: "MANDATORY",
        rationale: "Chưa kiểm tra tại trụ sở từ 2018",
      }),
    ).toMatchObject({
      inDossier: true,
      onSite: true,
      onSiteCategory: "MANDATORY",
    });
    expect(setTargetSchema.parse(target)).toMatchObject({ inDossier: false, onSite: false });
  });

  it("refuses a unit on site without being in the dossier", () => {
    expect(
      issues(
        setTargetSchema.safeParse({ ...target, onSite: "on", onSiteCategory: "ENCOURAGED", rationale: "Khuyến khích" }),
      ),
    ).toEqual([{ path: "onSite", message: "plans.errors.onSiteNotInDossier" }]);
  });

  it("refuses a unit on site without its category", () => {
    expect(
      issues(setTargetSchema.safeParse({ ...target, inDossier: "on", onSite: "on", rationale: "Khuyến khích" })),
    ).toEqual([{ path: "onSiteCategory", message: "plans.errors.category" }]);
    expect(
      issues(
        setTargetSchema.safeParse({
          ...target,
          inDossier: "on",
          onSite: "on",
          onSiteCategory: "OPTIONAL",
          rationale: "Khuyến khích",
        }),
      ),
    ).toEqual([{ path: "onSiteCategory", message: "errors.invalidChoice" }]);
  });

  it("refuses a unit on site without a rationale", () => {
    expect(
      issues(
        setTargetSchema.safeParse({
          ...target,
          inDossier: "on",
          onSite: "on",
          onSiteCategory: "MANDATORY",
          rationale: "  ",
        }),
      ),
    ).toEqual([{ path: "rationale", message: "plans.errors.rationale" }]);
  });
});

describe("visitSchema", () => {
  const visit = {
    planId: id,
    targetId: otherId,
    date: "15/06/2021",
    start: "09:00",
    end: "11:00",
    memberIds: id,
    note: "",
  };

  it("reads one member or several, and the calendar day", () => {
    expect(visitSchema.parse(visit)).toMatchObject({
      date: utc(2021, 6, 15),
      start: "09:00",
      end: "11:00",
      memberIds: [id],
    });
    expect(visitSchema.parse({ ...visit, memberIds: [id, otherId], visitId: "" }).memberIds).toEqual([id, otherId]);
  });

  it("refuses an end not after the start and a malformed time", () => {
    expect(issues(visitSchema.safeParse({ ...visit, end: "09:00" }))).toEqual([
      { path: "end", message: "plans.errors.order" },
    ]);
    expect(issues(visitSchema.safeParse({ ...visit, end: "24:00" }))).toEqual([
      { path: "end", message: "plans.errors.time" },
    ]);
  });
});
