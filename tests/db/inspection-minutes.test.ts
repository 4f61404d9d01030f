import { beforeAll, describe, expect, it } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import type { InspectionStatus } from "@/lib/generated/prisma/enums";
import { getInspectionMinutes } from "@/lib/inspections/minutes/data";
import { createAgency } from "@/tests/factories/agencies";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { actorOf, createActor, createUser } from "@/tests/factories/users";

let admin: Actor;
beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
});

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("getInspectionMinutes", () => {
  it("loads the plan, the assigned team (lead, members, secretary), the representative, items in order, the score and findings in order", async () => {
    const unit = await createAgency({ name: "UBND Xã Thử Nghiệm Biên Bản" });
    const [lead, member, secretary, bystander] = await Promise.all([
      createUser({ role: "DOST_INSPECTOR", name: "Trần Thị Trưởng" }),
      createUser({ role: "PARTNER_INSPECTOR", name: "Lê Văn Thành" }),
      createUser({ role: "DOST_INSPECTOR", name: "Phạm Thư Ký" }),
      createUser({ role: "DOST_INSPECTOR", name: "Người Không Đi" }),
    ]);
    const plan = await insertPlan({
      createdById: admin.id,
      year: 2051,
      status: "IN_PROGRESS",
      teamDecisionNumber: "447/QĐ-SKHCN",
      members: [
        { userId: member.id, role: "MEMBER" },
        { userId: secretary.id, role: "SECRETARY" },
        { userId: lead.id, role: "LEAD" },
        { userId: bystander.id, role: "MEMBER" },
      ],
    });
    const { inspection, findings } = await insertInspection({
      planId: plan.id,
      agencyId: unit.id,
      signedOffById: lead.id,
      recordDate: utc(2051, 6, 15),
      representativeName: "Võ Thị Đại Diện",
      representativeTitle: "Chủ tịch UBND xã",
      strengths: "Lãnh đạo quan tâm",
      assigneeUserIds: [member.id, secretary.id],
      items: [
        { code: "QD-01", result: "CONFORM" },
        { code: "QD-02", result: "MINOR_NC", note: "Danh mục TTHC chưa cập nhật" },
        { code: "N-4.1", result: "RECOMMENDATION" },
        { code: "N-8.5", result: "MAJOR_NC" },
        { code: "N-9.1", result: "NOT_APPLICABLE" },
        { code: "N-10.2", result: "CONFORM" },
      ],
      findings: [
        { code: "QD-02", severity: "MINOR", legalBasis: "TT26 Đ4.2", dueDate: utc(2051, 8, 15) },
        { code: "N-4.1", severity: "RECOMMENDATION" },
        { code: "N-8.5", severity: "MAJOR" },
      ],
    });

    const minutes = await getInspectionMinutes(scopeFor(admin), inspection.id);
    expect(minutes).not.toBeNull();
    expect(minutes!.plan).toMatchObject({
      number: plan.number,
      approvalNumber: "346/QĐ-UBND",
      teamDecisionNumber: "447/QĐ-SKHCN",
      teamDecisionDate: utc(2051, 3, 9),
    });
    expect(minutes!.agency.name).toBe("UBND Xã Thử Nghiệm Biên Bản");
    expect(minutes!.team.map((m) => [m.name, m.role])).toEqual([
      ["Trần Thị Trưởng", "LEAD"],
      ["Lê Văn Thành", "MEMBER"],
      ["Phạm Thư Ký", "SECRETARY"],
    ]);
    expect(minutes!.team[1]!.agencyName).toEqual(expect.any(String));
    expect(minutes!.lead?.name).toBe("Trần Thị Trưởng");
    expect(minutes!).toMatchObject({
      representativeName: "Võ Thị Đại Diện",
      representativeTitle: "Chủ tịch UBND xã",
      recordDate: utc(2051, 6, 15),
      signedOffByName: "Trần Thị Trưởng",
      strengths: "Lãnh đạo quan tâm",
    });
    expect(minutes!.items.map((i) => [i.code, i.result, i.standard, i.group])).toEqual([
      ["QD-01", "CONFORM", "QD19_2014", "Đ36.1"],
      ["QD-02", "MINOR_NC", "QD19_2014", "TT26"],
      ["N-4.1", "RECOMMENDATION", "ISO_9001_2015", "4"],
      ["N-8.5", "MAJOR_NC", "ISO_9001_2015", "8"],
      ["N-9.1", "NOT_APPLICABLE", "ISO_9001_2015", "9"],
      ["N-10.2", "CONFORM", "ISO_9001_2015", "10"],
    ]);
    expect(minutes!.items[1]!.note).toBe("Danh mục TTHC chưa cập nhật");
    expect(minutes!.score.overall).toMatchObject({
      total: 6,
      conforming: 3,
      nonconforming: 2,
      notApplicable: 1,
      applicable: 5,
      conformity: 0.6,
      provisional: false,
    });
    expect(minutes!.score.groups.map((g) => g.group)).toEqual(["Đ36.1", "TT26", "4", "8", "9", "10"]);
    expect(minutes!.findings.map((f) => [f.number, f.severity, f.itemCode, f.clause])).toEqual([
      [1, "MINOR", "QD-02", "TT26 Đ4.2, Đ4.3"],
      [2, "RECOMMENDATION", "N-4.1", "4.1"],
      [3, "MAJOR", "N-8.5", "8.5"],
    ]);
    expect(minutes!.findings[0]).toMatchObject({
      id: findings[0]!.id,
      legalBasis: "TT26 Đ4.2",
      dueDate: utc(2051, 8, 15),
    });
  });

  it("shows the plan's whole team while nobody is assigned, and a provisional score while items are unassessed", async () => {
    const unit = await createAgency();
    const [lead, member] = await Promise.all([
      createUser({ role: "DOST_INSPECTOR", name: "Trưởng Đoàn B" }),
      createUser({ role: "DOST_INSPECTOR", name: "Thành Viên B" }),
    ]);
    const plan = await insertPlan({
      createdById: admin.id,
      year: 2051,
      status: "IN_PROGRESS",
      members: [
        { userId: member.id, role: "MEMBER" },
        { userId: lead.id, role: "LEAD" },
      ],
    });
    const { inspection } = await insertInspection({
      planId: plan.id,
      agencyId: unit.id,
      status: "IN_PROGRESS",
      recordDate: null,
      representativeName: null,
      items: [
        { code: "N-4.1", result: "CONFORM" },
        { code: "N-4.2", result: null },
      ],
    });
    const minutes = await getInspectionMinutes(scopeFor(admin), inspection.id);
    expect(minutes!.team.map((m) => m.name)).toEqual(["Trưởng Đoàn B", "Thành Viên B"]);
    expect(minutes!).toMatchObject({
      status: "IN_PROGRESS",
      recordDate: null,
      representativeName: null,
      signedOffAt: null,
      signedOffByName: null,
      overallResult: null,
      findings: [],
    });
    expect(minutes!.score.overall).toMatchObject({ conforming: 1, applicable: 2, unassessed: 1, provisional: true });
  });
});

describe("who reads the inspection minutes", () => {
  let unit: { id: string };
  let other: { id: string };
  let partnerOnPlan: Actor;
  let draftId: string;
  let signedId: string;

  beforeAll(async () => {
    [unit, other] = await Promise.all([createAgency(), createAgency()]);
    const partner = await createUser({ role: "PARTNER_INSPECTOR" });
    partnerOnPlan = actorOf(partner);
    const plan = await insertPlan({
      createdById: admin.id,
      year: 2051,
      status: "IN_PROGRESS",
      members: [{ userId: partner.id, role: "MEMBER" }],
    });
    // One after the other: both inspections share the plan's target of the unit.
    const inspect = (status: InspectionStatus, kind: "ON_SITE" | "DOSSIER") =>
      insertInspection({
        planId: plan.id,
        agencyId: unit.id,
        status,
        kind,
        items: [{ code: "N-4.1", result: "MINOR_NC" }],
        findings: [{ code: "N-4.1", severity: "MINOR" }],
      });
    const draft = await inspect("IN_PROGRESS", "ON_SITE");
    const signed = await inspect("SIGNED_OFF", "DOSSIER");
    draftId = draft.inspection.id;
    signedId = signed.inspection.id;
  });

  const reads = async (actor: Actor) => [
    Boolean(await getInspectionMinutes(scopeFor(actor), draftId)),
    Boolean(await getInspectionMinutes(scopeFor(actor), signedId)),
  ];

  it("DOST staff read all minutes, draft or signed", async () => {
    expect(await reads(admin)).toEqual([true, true]);
    expect(await reads((await createActor("DOST_INSPECTOR")).actor)).toEqual([true, true]);
  });

  it("the unit's officer reads it only after sign-off", async () => {
    expect(await reads((await createActor("AGENCY_OFFICER", { agencyId: unit.id })).actor)).toEqual([false, true]);
  });

  it("another unit's officer never reads it (cross-agency)", async () => {
    expect(await reads((await createActor("AGENCY_OFFICER", { agencyId: other.id })).actor)).toEqual([false, false]);
    expect(await reads((await createActor("AGENCY_OFFICER", { agencyId: null })).actor)).toEqual([false, false]);
  });

  it("the People's Committee reads signed-off minutes only", async () => {
    expect(await reads((await createActor("COMMITTEE_VIEWER")).actor)).toEqual([false, true]);
  });

  it("a partner inspector reads the minutes of plans they are on, and no others", async () => {
    expect(await reads(partnerOnPlan)).toEqual([true, true]);
    expect(await reads((await createActor("PARTNER_INSPECTOR")).actor)).toEqual([false, false]);
  });

  it("an unknown id is null", async () => {
    expect(await getInspectionMinutes(scopeFor(admin), "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
