import { describe, expect, it } from "vitest";
import {
  byCategory,
  byKind,
  byRegion,
  completenessOf,
  conformityOf,
  findingsByGroup,
  paretoOf,
  scoresOf,
  severityOf,
  totalsOfUnits,
  unitResult,
  type GroupCount,
} from "@/lib/dashboard/aggregate";
import type { StageFact, UnitFact } from "@/lib/dashboard/facts";
import type { DashboardTable } from "@/lib/dashboard/table-model";
import { limitRows, pageRows } from "@/lib/dashboard/tables";
import { findingsHref, inspectionsHref } from "@/lib/dashboard/links";
import { canReadDashboard, ownUnitDashboard, seesWorkInProgress } from "@/lib/dashboard/policy";
import {
  dashboardHref,
  dashboardXlsxHref,
  defaultPart,
  hasEmptyChoices,
  parseDashboardQuery,
  type DashboardPart,
} from "@/lib/dashboard/schema";

const stage = (
  done: boolean,
  conforming: number | null,
  applicable: number | null,
  result: StageFact["result"] = null,
): StageFact => ({
  id: `i-${Math.random()}`,
  done,
  inProgress: !done,
  conforming,
  applicable,
  result,
});

let serial = 0;
function unit(changes: Partial<UnitFact> = {}): UnitFact {
  serial += 1;
  return {
    id: `u${serial}`,
    name: `Đơn vị ${serial}`,
    sortKey: String(serial).padStart(3, "0"),
    kindVi: "UBND cấp xã",
    kindEn: "Commune People's Committee",
    level: 3,
    kindOrder: 3,
    districtId: "d1",
    districtName: "Huyện A",
    onSite: false,
    category: null,
    dossier: null,
    onSiteStage: null,
    annualReport: false,
    ...changes,
  };
}

// A small world with known answers: two provincial agencies, a district with two communes, a commune under the province.
const world: UnitFact[] = [
  unit({
    kindVi: "Sở",
    kindEn: "Department",
    level: 1,
    kindOrder: 1,
    districtId: null,
    districtName: null,
    onSite: true,
    category: "MANDATORY",
    dossier: stage(true, 40, 50, "CONFORMING_WITH_FINDINGS"),
    onSiteStage: stage(true, 45, 50, "CONFORMING"),
    annualReport: true,
  }),
  unit({
    kindVi: "Sở",
    kindEn: "Department",
    level: 1,
    kindOrder: 1,
    districtId: null,
    districtName: null,
    dossier: stage(false, null, null),
  }),
  unit({
    kindVi: "UBND cấp huyện",
    kindEn: "District People's Committee",
    level: 2,
    kindOrder: 2,
    districtId: "d1",
    districtName: "Huyện A",
    dossier: stage(true, 20, 50, "NOT_CONFORMING"),
    annualReport: true,
  }),
  unit({
    onSite: true,
    category: "ENCOURAGED",
    dossier: stage(true, 50, 50, "CONFORMING"),
    onSiteStage: stage(false, null, null),
  }),
  unit({ dossier: stage(true, 0, 0, "CONFORMING") }),
  unit({ districtId: null, districtName: null, dossier: stage(true, 30, 40, "CONFORMING_WITH_FINDINGS") }),
];

describe("totalsOfUnits", () => {
  it("counts the units' progress and results, taking the on-site result over the dossier's", () => {
    expect(totalsOfUnits(world)).toEqual({
      units: 6,
      dossierDone: 5,
      dossierInProgress: 1,
      onSitePlanned: 2,
      onSiteDone: 1,
      onSiteInProgress: 1,
      conforming: 3,
      withFindings: 1,
      notConforming: 1,
      // 45/50, 20/50, 50/50, 30/40 (the unit with nothing applicable has no score)
      scored: 4,
      averageConformity: (0.9 + 0.4 + 1 + 0.75) / 4,
      annualReports: 2,
    });
    expect(unitResult(world[0]!)).toEqual({ result: "conforming", conformity: 0.9 });
    expect(conformityOf(world[4]!.dossier)).toBeNull();
  });
});

describe("byRegion, byKind, byCategory, scoresOf, completenessOf", () => {
  it("groups the units by area: provincial agencies, each district with its communes, communes under the province", () => {
    expect(byRegion(world).map((r) => [r.key, r.name, r.units, r.region])).toEqual([
      ["agencies", "", 2, "agencies"],
      ["d1", "Huyện A", 3, { district: "d1" }],
      ["communes", "", 1, "communes"],
    ]);
    expect(byKind(world).map((k) => [k.name, k.nameEn, k.units])).toEqual([
      ["Sở", "Department", 2],
      ["UBND cấp huyện", "District People's Committee", 1],
      ["UBND cấp xã", "Commune People's Committee", 3],
    ]);
    expect(byCategory(world).map((c) => [c.category, c.units, c.onSiteDone, c.conforming])).toEqual([
      ["MANDATORY", 1, 1, 1],
      ["ENCOURAGED", 1, 0, 1],
    ]);
  });

  it("puts done inspections in score bands and averages completeness down", () => {
    expect(scoresOf(world)).toEqual([
      { band: "below50", dossier: 1, onSite: 0 },
      { band: "from50", dossier: 1, onSite: 0 },
      { band: "from80", dossier: 1, onSite: 1 },
      { band: "full", dossier: 1, onSite: 0 },
    ]);
    const percents = new Map([
      [world[0]!.id, 100],
      [world[1]!.id, 49],
      [world[2]!.id, 50],
    ]);
    expect(completenessOf(world, percents)).toEqual({ units: 3, average: 66, below: 1 });
    expect(completenessOf([], percents)).toEqual({ units: 0, average: 0, below: 0 });
  });
});

describe("findingsByGroup", () => {
  it("adds severities per clause group, naming a group-less item's group from its clause", () => {
    expect(
      findingsByGroup([
        { standard: "ISO_9001_2015", clauseGroup: "8", clause: null, severity: "MINOR", count: 2 },
        { standard: "ISO_9001_2015", clauseGroup: "8", clause: null, severity: "MAJOR", count: 1 },
        { standard: "ISO_9001_2015", clauseGroup: "", clause: "8.5.1", severity: "MINOR", count: 1 },
        { standard: "ISO_9001_2015", clauseGroup: "10", clause: null, severity: "RECOMMENDATION", count: 3 },
      ]),
    ).toEqual([
      { standard: "ISO_9001_2015", group: "8", major: 1, minor: 3, recommendation: 0 },
      { standard: "ISO_9001_2015", group: "10", major: 0, minor: 0, recommendation: 3 },
    ]);
  });
});

const groups: GroupCount[] = [
  { standard: "ISO_9001_2015", group: "4", major: 0, minor: 1, recommendation: 0 },
  { standard: "ISO_9001_2015", group: "8", major: 2, minor: 3, recommendation: 1 },
  { standard: "QD19_2014", group: "Đ36.2", major: 1, minor: 2, recommendation: 0 },
  { standard: "ISO_9001_2015", group: "7", major: 0, minor: 0, recommendation: 0 },
];

describe("paretoOf", () => {
  it("sorts the groups by count, most first, with floor shares and a cumulative share ending at 100", () => {
    expect(paretoOf(groups)).toEqual([
      { standard: "ISO_9001_2015", group: "8", count: 6, percent: 60, cumulativePercent: 60 },
      { standard: "QD19_2014", group: "Đ36.2", count: 3, percent: 30, cumulativePercent: 90 },
      { standard: "ISO_9001_2015", group: "4", count: 1, percent: 10, cumulativePercent: 100 },
    ]);
  });

  it("ends at 100 % even when the floor shares do not add up, and is empty without findings", () => {
    const rows = paretoOf([
      { standard: "ISO_9001_2015", group: "4", major: 1, minor: 0, recommendation: 0 },
      { standard: "ISO_9001_2015", group: "5", major: 1, minor: 0, recommendation: 0 },
      { standard: "ISO_9001_2015", group: "6", major: 1, minor: 0, recommendation: 0 },
    ]);
    expect(rows.map((r) => [r.group, r.percent, r.cumulativePercent])).toEqual([
      ["4", 33, 33],
      ["5", 33, 66],
      ["6", 33, 100],
    ]);
    expect(paretoOf([])).toEqual([]);
  });
});

describe("severityOf", () => {
  it("adds up the findings by severity", () => {
    expect(severityOf(groups)).toEqual({ major: 3, minor: 6, recommendation: 1, total: 10 });
  });
});

describe("the dashboard's URL", () => {
  const today = new Date(Date.UTC(2026, 11, 6));
  it("accepts a year, a plan, an as-of day and a region, and none of them", () => {
    const plan = "0190a1b2-0000-7000-8000-000000000001";
    expect(parseDashboardQuery({ nam: "2021", "ke-hoach": plan, ngay: "30/11/2021", huyen: "tinh" }, today)).toEqual({
      ok: true,
      year: 2021,
      planId: plan,
      asOf: new Date(Date.UTC(2021, 10, 30)),
      region: "agencies",
    });
    expect(parseDashboardQuery({ huyen: plan }, today)).toMatchObject({ ok: true, region: { district: plan } });
    expect(parseDashboardQuery({ huyen: "xa" }, today)).toMatchObject({ ok: true, region: "communes" });
    expect(parseDashboardQuery({}, today)).toEqual({
      ok: true,
      year: undefined,
      planId: undefined,
      asOf: undefined,
      region: null,
    });
    expect(parseDashboardQuery({ nam: "" }, today)).toMatchObject({ ok: true, year: undefined });
  });

  it("tells a URL with an empty choice (what the form sends for a field left empty) from a canonical one", () => {
    expect(hasEmptyChoices({ nam: "2021", ngay: "" })).toBe(true);
    expect(hasEmptyChoices({ nam: "2021", "ke-hoach": " " })).toBe(true);
    expect(hasEmptyChoices({ nam: "2021", ngay: ["30/11/2021", ""] })).toBe(true);
    expect(hasEmptyChoices({ nam: "2021", ngay: "30/11/2021", huyen: "tinh" })).toBe(false);
    expect(hasEmptyChoices({ nam: "2021", other: "" })).toBe(false);
    expect(hasEmptyChoices({})).toBe(false);
  });

  it("refuses a bad value with a Vietnamese message", () => {
    const message = (params: Record<string, string>) => {
      const parsed = parseDashboardQuery(params, today);
      return parsed.ok ? null : parsed.message;
    };
    expect(message({ nam: "abc" })).toBe("Năm phải là một số, ví dụ ?nam=2021.");
    expect(message({ nam: "1999" })).toBe("Năm phải từ 2000 đến 2100.");
    expect(message({ nam: "2021.5" })).toBe("Năm phải là số nguyên, ví dụ ?nam=2021.");
    expect(message({ ngay: "31/02/2021" })).toBe("Ngày phải có dạng ngày/tháng/năm, ví dụ ?ngay=30/11/2021.");
    expect(message({ ngay: "07/12/2026" })).toBe("Ngày tính số liệu không được sau hôm nay.");
    expect(message({ "ke-hoach": "x" })).toBe("Mã kế hoạch không hợp lệ.");
    expect(message({ huyen: "quan-1" })).toMatch(/^Địa bàn không hợp lệ/);
  });

  it("writes the view back as a URL the schema reads", () => {
    expect(dashboardHref({ year: 2021, region: "agencies", asOf: "30/11/2021" })).toBe(
      "/tong-quan?nam=2021&huyen=tinh&ngay=30%2F11%2F2021",
    );
    // The export of the same view: its year, plan, region and day, not the page's part or table.
    expect(dashboardXlsxHref({ year: 2021, region: "agencies", asOf: "30/11/2021" })).toBe(
      "/tong-quan/bang-so-lieu?nam=2021&huyen=tinh&ngay=30%2F11%2F2021",
    );
  });

  it("names one part of the year's page (the first when none), or all of them, and writes it back", () => {
    const parts = { "tien-do": "progress", "ket-qua": "results", "phat-hien": "findings", "khac-phuc": "corrective" };
    for (const [slug, part] of Object.entries({ ...parts, "tat-ca": "all" })) {
      expect(parseDashboardQuery({ nam: "2021", phan: slug }, today)).toMatchObject({ ok: true, part });
      const href = dashboardHref({ year: 2021, part: part as DashboardPart });
      expect(href).toBe(part === defaultPart ? "/tong-quan?nam=2021" : `/tong-quan?nam=2021&phan=${slug}`);
    }
    expect(parseDashboardQuery({ nam: "2021" }, today)).toMatchObject({ ok: true, part: undefined });
    expect(defaultPart).toBe("progress");
    const parsed = parseDashboardQuery({ phan: "bieu-do" }, today);
    expect(parsed).toEqual({
      ok: false,
      message: "Phần không hợp lệ: dùng tien-do, ket-qua, phat-hien, khac-phuc hoặc tat-ca.",
    });
    expect(dashboardHref({ year: 2021, region: "communes", part: "results", table: "don-vi" })).toBe(
      "/tong-quan?nam=2021&huyen=xa&phan=ket-qua&bang=don-vi#don-vi",
    );
    expect(hasEmptyChoices({ nam: "2021", phan: "" })).toBe(true);
  });
});

describe("who reads the dashboard and where its counts lead", () => {
  it("lets DOST staff, the committee and partners (on their plans) in; work in progress for DOST and partners; officers to their own unit", () => {
    const table = [
      { role: "DOST_ADMIN", reads: true, wip: true },
      { role: "DOST_INSPECTOR", reads: true, wip: true },
      { role: "PARTNER_INSPECTOR", reads: true, wip: true },
      { role: "COMMITTEE_VIEWER", reads: true, wip: false },
      { role: "AGENCY_OFFICER", reads: false, wip: false },
    ] as const;
    for (const row of table) {
      expect([row.role, canReadDashboard({ role: row.role })]).toEqual([row.role, row.reads]);
      expect([row.role, seesWorkInProgress({ role: row.role })]).toEqual([row.role, row.wip]);
    }
    const unit = "0190a1b2-0000-7000-8000-000000000009";
    expect(ownUnitDashboard({ role: "AGENCY_OFFICER", agencyId: unit })).toBe(unit);
    expect(ownUnitDashboard({ role: "DOST_ADMIN", agencyId: null })).toBeNull();
  });

  it("links with the filters the lists read, and not at all without a single plan", () => {
    const plan = "0190a1b2-0000-7000-8000-000000000001";
    expect(inspectionsHref(plan, { kind: "ON_SITE", status: "SIGNED_OFF" })).toBe(
      `/kiem-tra?plan=${plan}&kind=ON_SITE&status=SIGNED_OFF`,
    );
    expect(findingsHref(plan, { overdue: true })).toBe(`/phat-hien?plan=${plan}&overdue=yes`);
    expect(findingsHref(plan, { severity: "MAJOR" })).toBe(`/phat-hien?plan=${plan}&severity=MAJOR`);
    expect(inspectionsHref(null)).toBeNull();
    expect(findingsHref(null)).toBeNull();
  });
});

describe("limitRows", () => {
  const table = (id: string, n: number): DashboardTable => ({
    id,
    title: id,
    rowHeading: "Địa bàn",
    columns: [{ key: "n", label: "Số", format: "count" }],
    rows: [
      ...Array.from({ length: n }, (_, i) => ({ header: `Hàng ${i + 1}`, cells: [{ value: i }] })),
      { header: "Tổng", cells: [{ value: n }], total: true },
    ],
  });
  const t = ((key: string, params?: Record<string, unknown>) => `${key} ${JSON.stringify(params)}`) as never;
  const hrefOf = (id: string, section: string) => `/tong-quan?nam=2021&phan=${section}&bang=${id}#${id}`;

  it("shows a long table's first rows and its total with a link to the whole, and the one asked for whole", () => {
    const sections = [{ section: "results" as const, tables: [table("dai", 30), table("ngan", 3), table("ca", 40)] }];
    const [shown] = limitRows(sections, { full: "ca", hrefOf, t });
    const [long, short, whole] = shown!.tables;
    expect(long!.rows).toHaveLength(pageRows + 1);
    expect(long!.rows.at(-1)!.total).toBe(true);
    // The link to the whole table opens the part of the page the table is in.
    expect(long!.more).toMatchObject({ total: 30, href: hrefOf("dai", "results") });
    expect(short!.more).toBeUndefined();
    expect(whole!.rows).toHaveLength(41);
    expect(whole!.more).toBeUndefined();
  });
});
