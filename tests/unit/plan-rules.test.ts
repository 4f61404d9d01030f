import { describe, expect, it } from "vitest";
import type { OnSiteCategory } from "@/lib/generated/prisma/enums";
import { onSiteRule, submissionProblems, summarisePlan, type TargetForSummary } from "@/lib/plans/workflow/rules";

const kinds = {
  co_quan_tinh: { code: "co_quan_tinh", nameVi: "Cơ quan cấp tỉnh", nameEn: "Provincial agency", sortOrder: 1 },
  ubnd_huyen: {
    code: "ubnd_huyen",
    nameVi: "UBND cấp huyện",
    nameEn: "District-level People's Committee",
    sortOrder: 2,
  },
  ubnd_xa: { code: "ubnd_xa", nameVi: "UBND cấp xã", nameEn: "Commune-level People's Committee", sortOrder: 3 },
};
type KindCode = keyof typeof kinds;
const requirement = { co_quan_tinh: "MANDATORY", ubnd_huyen: "MANDATORY", ubnd_xa: "ENCOURAGED" } as const;

/** `count` targets of one kind; the first `onSite` of them on site in the category their kind implies. */
function targets(
  kind: KindCode,
  count: number,
  options: { onSite?: number; inDossier?: boolean; category?: OnSiteCategory | null } = {},
): TargetForSummary[] {
  return Array.from({ length: count }, (_, i) => {
    const onSite = i < (options.onSite ?? 0);
    return {
      inDossier: options.inDossier ?? true,
      onSite,
      onSiteCategory: onSite ? (options.category === undefined ? requirement[kind] : options.category) : null,
      agency: { isoRequirement: requirement[kind], kind: kinds[kind] },
    };
  });
}

/** Mandatory units of An Giang 2021: 30 provincial + 11 district, `onSite` of them on site. */
const mandatory41 = (onSite: number) => [
  ...targets("co_quan_tinh", 30, { onSite: Math.min(onSite, 30) }),
  ...targets("ubnd_huyen", 11, { onSite: Math.max(onSite - 30, 0) }),
];

describe("onSiteRule (TT26 Đ33: at least one third of the mandatory units on site)", () => {
  it("requires 14 of 41 mandatory units in the dossier (1/3 of 41 = 13.7, rounded up)", () => {
    expect(onSiteRule(mandatory41(0))).toEqual({ mandatoryInDossier: 41, required: 14, mandatoryOnSite: 0, ok: false });
  });

  it("fails with 13 mandatory units on site and passes with 14", () => {
    expect(onSiteRule(mandatory41(13))).toMatchObject({ mandatoryOnSite: 13, ok: false });
    expect(onSiteRule(mandatory41(14))).toMatchObject({ mandatoryOnSite: 14, ok: true });
    expect(
      onSiteRule([...targets("co_quan_tinh", 30, { onSite: 10 }), ...targets("ubnd_huyen", 11, { onSite: 4 })]),
    ).toMatchObject({ mandatoryOnSite: 14, ok: true });
  });

  it("does not count encouraged on-site units, however many", () => {
    expect(onSiteRule([...mandatory41(13), ...targets("ubnd_xa", 156, { onSite: 52 })])).toEqual({
      mandatoryInDossier: 41,
      required: 14,
      mandatoryOnSite: 13,
      ok: false,
    });
  });

  it("does not count a unit not bound to apply ISO 9001 even when it is put on site as mandatory", () => {
    const communesAsMandatory = targets("ubnd_xa", 5, { onSite: 5, category: "MANDATORY" });
    expect(onSiteRule([...mandatory41(13), ...communesAsMandatory])).toMatchObject({
      mandatoryInDossier: 41,
      mandatoryOnSite: 13,
      ok: false,
    });
  });

  it("does not count a mandatory unit on site in the encouraged category", () => {
    const labelledEncouraged = [
      ...targets("co_quan_tinh", 30, { onSite: 13 }),
      ...targets("ubnd_huyen", 11, { onSite: 1, category: "ENCOURAGED" }),
    ];
    expect(onSiteRule(labelledEncouraged)).toMatchObject({ mandatoryOnSite: 13, ok: false });
  });

  it("does not count units left out of the dossier, on either side of the ratio", () => {
    const outside = targets("co_quan_tinh", 6, { inDossier: false, onSite: 6 });
    expect(onSiteRule([...mandatory41(13), ...outside])).toEqual({
      mandatoryInDossier: 41,
      required: 14,
      mandatoryOnSite: 13,
      ok: false,
    });
    // 39 in the dossier need 13 on site
    const left = [
      ...targets("co_quan_tinh", 28, { onSite: 13 }),
      ...targets("co_quan_tinh", 2, { inDossier: false }),
      ...targets("ubnd_huyen", 11),
    ];
    expect(onSiteRule(left)).toEqual({ mandatoryInDossier: 39, required: 13, mandatoryOnSite: 13, ok: true });
  });

  it("requires nothing of a scope without mandatory units", () => {
    expect(onSiteRule(targets("ubnd_xa", 10))).toEqual({
      mandatoryInDossier: 0,
      required: 0,
      mandatoryOnSite: 0,
      ok: true,
    });
    expect(onSiteRule([])).toMatchObject({ required: 0, ok: true });
  });
});

describe("summarisePlan", () => {
  /** The 2021 scope as published: 197 units in the dossier, 14 mandatory and 52 encouraged on site. */
  const scope2021 = () => [
    ...targets("ubnd_xa", 156, { onSite: 52 }),
    ...targets("ubnd_huyen", 11, { onSite: 4 }),
    ...targets("co_quan_tinh", 30, { onSite: 10 }),
  ];

  it("counts the 2021 scope by kind in the kinds' order, with totals and the rule", () => {
    const summary = summarisePlan(scope2021());
    expect(summary.byKind).toEqual([
      {
        kind: { code: "co_quan_tinh", nameVi: "Cơ quan cấp tỉnh", nameEn: "Provincial agency" },
        dossier: 30,
        onSiteMandatory: 10,
        onSiteEncouraged: 0,
      },
      {
        kind: { code: "ubnd_huyen", nameVi: "UBND cấp huyện", nameEn: "District-level People's Committee" },
        dossier: 11,
        onSiteMandatory: 4,
        onSiteEncouraged: 0,
      },
      {
        kind: { code: "ubnd_xa", nameVi: "UBND cấp xã", nameEn: "Commune-level People's Committee" },
        dossier: 156,
        onSiteMandatory: 0,
        onSiteEncouraged: 52,
      },
    ]);
    expect(summary.total).toEqual({ dossier: 197, onSiteMandatory: 14, onSiteEncouraged: 52, onSite: 66 });
    expect(summary.rule).toEqual({ mandatoryInDossier: 41, required: 14, mandatoryOnSite: 14, ok: true });
  });

  it("leaves units outside the dossier out of every count but keeps their kind's row", () => {
    const summary = summarisePlan([...scope2021(), ...targets("co_quan_tinh", 5, { inDossier: false })]);
    expect(summary.total).toEqual({ dossier: 197, onSiteMandatory: 14, onSiteEncouraged: 52, onSite: 66 });
    expect(summary.byKind[0]).toMatchObject({ dossier: 30 });
  });

  it("is empty for an empty scope", () => {
    expect(summarisePlan([])).toEqual({
      byKind: [],
      total: { dossier: 0, onSiteMandatory: 0, onSiteEncouraged: 0, onSite: 0 },
      rule: { mandatoryInDossier: 0, required: 0, mandatoryOnSite: 0, ok: true },
    });
  });
});

describe("submissionProblems", () => {
  const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  const keys = (problems: { key: string }[]) => problems.map((p) => p.key);

  it("finds nothing wrong with the 2021 scope", () => {
    const milestones = [
      { kind: "ONSITE_START", date: utc(2021, 8, 2) },
      { kind: "ONSITE_END", date: utc(2021, 8, 2) },
    ];
    expect(submissionProblems({ targets: mandatory41(14), milestones })).toEqual([]);
  });

  it("refuses a plan without units in the dossier", () => {
    expect(keys(submissionProblems({ targets: [], milestones: [] }))).toEqual(["plans.problems.noTargets"]);
    expect(keys(submissionProblems({ targets: targets("ubnd_xa", 3, { inDossier: false }), milestones: [] }))).toEqual([
      "plans.problems.noTargets",
    ]);
  });

  it("names the one-third rule with the numbers the message needs", () => {
    expect(submissionProblems({ targets: mandatory41(13), milestones: [] })).toEqual([
      { key: "plans.problems.oneThird", params: { required: 14, mandatory: 41, actual: 13 } },
    ]);
  });

  it("refuses a unit on site outside the dossier", () => {
    const outside = targets("ubnd_xa", 1, { inDossier: false, onSite: 1 });
    expect(keys(submissionProblems({ targets: [...mandatory41(14), ...outside], milestones: [] }))).toEqual([
      "plans.problems.onSiteOutsideDossier",
    ]);
  });

  it("refuses a unit on site without its category", () => {
    const uncategorised = targets("ubnd_xa", 1, { onSite: 1, category: null });
    expect(keys(submissionProblems({ targets: [...mandatory41(14), ...uncategorised], milestones: [] }))).toEqual([
      "plans.problems.onSiteCategory",
    ]);
  });

  it("refuses on-site visits ending before they start, not on the same day", () => {
    const milestones = (end: Date) => [
      { kind: "ONSITE_START", date: utc(2021, 8, 2) },
      { kind: "ONSITE_END", date: end },
    ];
    expect(keys(submissionProblems({ targets: mandatory41(14), milestones: milestones(utc(2021, 8, 1)) }))).toEqual([
      "plans.problems.onSiteDates",
    ]);
    expect(submissionProblems({ targets: mandatory41(14), milestones: milestones(utc(2021, 8, 2)) })).toEqual([]);
  });

  it("lists every problem at once", () => {
    const outside = targets("ubnd_xa", 1, { inDossier: false, onSite: 1, category: null });
    const milestones = [
      { kind: "ONSITE_START", date: utc(2021, 8, 2) },
      { kind: "ONSITE_END", date: utc(2021, 7, 2) },
    ];
    expect(keys(submissionProblems({ targets: [...mandatory41(0), ...outside], milestones }))).toEqual([
      "plans.problems.oneThird",
      "plans.problems.onSiteOutsideDossier",
      "plans.problems.onSiteCategory",
      "plans.problems.onSiteDates",
    ]);
  });
});
