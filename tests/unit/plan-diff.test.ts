import { describe, expect, it } from "vitest";
import { diffPlans } from "@/lib/plans/versions/diff";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const unit = (id: string, name: string) => ({ agencyId: id, agency: { name, code: id } });
const sotuphap = unit("T89-020", "Sở Tư pháp");
const chauDoc = unit("884", "UBND Thành phố Châu Đốc");
const myHoa = unit("30307", "UBND Phường Mỹ Hòa");
const tanChau = unit("887", "UBND Thị xã Tân Châu");

/** Version 1 of a plan: one unit per track, a lead and a member. */
function version1() {
  return {
    title: "Kế hoạch kiểm tra năm 2021",
    issuedOn: utc(2021, 1, 19),
    legalBases: "QĐ 19/2014/QĐ-TTg",
    objectives: "",
    requirements: "",
    teamDecisionNumber: null as string | null,
    milestones: [
      { kind: "ONSITE_START", date: utc(2021, 8, 2) },
      { kind: "REPORT", date: utc(2021, 12, 15) },
    ],
    targets: [
      { ...sotuphap, inDossier: true, onSite: true, onSiteCategory: "MANDATORY" as string | null },
      { ...chauDoc, inDossier: true, onSite: false, onSiteCategory: null },
      { ...myHoa, inDossier: true, onSite: true, onSiteCategory: "ENCOURAGED" },
      { ...tanChau, inDossier: false, onSite: false, onSiteCategory: null },
    ],
    members: [
      { userId: "u-lan", role: "LEAD", user: { name: "Nguyễn Thị Lan" } },
      { userId: "u-hung", role: "MEMBER", user: { name: "Trần Văn Hùng" } },
    ],
  };
}

describe("diffPlans", () => {
  it("finds nothing between identical plans", () => {
    expect(diffPlans(version1(), version1())).toEqual({
      fields: [],
      targets: [],
      members: { added: [], removed: [] },
      unchanged: true,
    });
  });

  it("ignores the order of targets, milestones and members, and the time of day of dates", () => {
    const after = version1();
    after.targets.reverse();
    after.milestones.reverse();
    after.members.reverse();
    after.issuedOn = new Date(Date.UTC(2021, 0, 19, 10));
    expect(diffPlans(version1(), after).unchanged).toBe(true);
  });

  it("reports changed fields, with dates as yyyy-MM-dd", () => {
    const after = {
      ...version1(),
      title: "Kế hoạch kiểm tra năm 2021 (điều chỉnh)",
      teamDecisionNumber: "447/QĐ-UBND",
      issuedOn: utc(2021, 1, 20),
    };
    expect(diffPlans(version1(), after)).toMatchObject({
      fields: [
        { field: "title", from: "Kế hoạch kiểm tra năm 2021", to: "Kế hoạch kiểm tra năm 2021 (điều chỉnh)" },
        { field: "teamDecisionNumber", from: null, to: "447/QĐ-UBND" },
        { field: "issuedOn", from: "2021-01-19", to: "2021-01-20" },
      ],
      unchanged: false,
    });
  });

  it("reports milestones moved, added and dropped", () => {
    const after = version1();
    after.milestones = [
      { kind: "ONSITE_START", date: utc(2021, 9, 6) },
      { kind: "ONSITE_END", date: utc(2021, 9, 30) },
    ];
    expect(diffPlans(version1(), after).fields).toEqual([
      { field: "milestone.ONSITE_START", from: "2021-08-02", to: "2021-09-06" },
      { field: "milestone.REPORT", from: "2021-12-15", to: null },
      { field: "milestone.ONSITE_END", from: null, to: "2021-09-30" },
    ]);
  });

  it("reports units moving between tracks: none, dossier, on site by category", () => {
    const after = version1();
    after.targets = [
      { ...sotuphap, inDossier: true, onSite: false, onSiteCategory: null },
      { ...chauDoc, inDossier: true, onSite: true, onSiteCategory: "MANDATORY" },
      { ...myHoa, inDossier: false, onSite: false, onSiteCategory: null },
      { ...tanChau, inDossier: true, onSite: false, onSiteCategory: null },
    ];
    expect(diffPlans(version1(), after).targets).toEqual([
      { agency: sotuphap.agency, from: "onSite:MANDATORY", to: "dossier" },
      { agency: chauDoc.agency, from: "dossier", to: "onSite:MANDATORY" },
      { agency: myHoa.agency, from: "onSite:ENCOURAGED", to: "none" },
      { agency: tanChau.agency, from: "none", to: "dossier" },
    ]);
  });

  it("treats a unit missing from one version as outside the scope, and a category change as a move", () => {
    const newUnit = unit("T89-036", "Ban Tôn giáo");
    const after = version1();
    after.targets = [
      { ...after.targets[0]!, onSiteCategory: "ENCOURAGED" },
      after.targets[1]!,
      after.targets[2]!,
      { ...newUnit, inDossier: true, onSite: false, onSiteCategory: null },
    ];
    expect(diffPlans(version1(), after).targets).toEqual([
      { agency: sotuphap.agency, from: "onSite:MANDATORY", to: "onSite:ENCOURAGED" },
      { agency: newUnit.agency, from: "none", to: "dossier" },
    ]);
  });

  it("reports members added and removed; a role change is both", () => {
    const after = version1();
    after.members = [
      { userId: "u-lan", role: "LEAD", user: { name: "Nguyễn Thị Lan" } },
      { userId: "u-hung", role: "SECRETARY", user: { name: "Trần Văn Hùng" } },
      { userId: "u-mai", role: "MEMBER", user: { name: "Lê Thị Mai" } },
    ];
    expect(diffPlans(version1(), after)).toMatchObject({
      fields: [],
      targets: [],
      members: {
        added: [
          { name: "Trần Văn Hùng", role: "SECRETARY" },
          { name: "Lê Thị Mai", role: "MEMBER" },
        ],
        removed: [{ name: "Trần Văn Hùng", role: "MEMBER" }],
      },
      unchanged: false,
    });
  });
});
