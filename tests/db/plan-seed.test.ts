import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { seedInspections2021, seedPlan2021 } from "@/prisma/seed/plan-2021";
import { seed } from "@/prisma/seed/seed";
import { seedTeam2021 } from "@/prisma/seed/team-2021";
import { vietnamDay } from "@/lib/dates";
import { scheduleConflicts } from "@/lib/plans/schedule/conflicts";
import { createFreshDatabase, type FreshDb } from "@/tests/support/fresh-db";

/**
 * The seeded 2021 plan on a database of its own, so the counts are exact whatever other files add.
 * The tests run in order: no administrator, then the demo seed, then reruns.
 */
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const where = { year: 2021, number: "05/KH-SKHCN" };

let fresh: FreshDb;
let client: Db;
const lines: string[] = [];

beforeAll(async () => {
  fresh = await createFreshDatabase();
  await migrate({ connectionString: fresh.url });
  client = createDb(fresh.url, 4);
});

afterAll(async () => {
  await client?.$disconnect().catch(() => {});
  await fresh?.drop();
});

const loadPlan = () =>
  client.inspectionPlan.findFirstOrThrow({
    where,
    include: {
      leadAgency: true,
      coordinators: { include: { agency: true } },
      milestones: { orderBy: { date: "asc" } },
      targets: { include: { agency: { include: { kind: true, parent: true } } } },
      events: { orderBy: { at: "asc" } },
    },
  });

describe("the seeded 2021 plan", () => {
  it("is skipped, with a log line, while there is no DOST administrator", async () => {
    const { counts } = await seed(fresh.url, { demo: false, log: (line) => lines.push(line) });
    expect(counts.agencies).toBe(202);
    expect(counts.plans).toBe(0);
    expect(lines.some((l) => l.includes("05/KH-SKHCN") && l.includes("not seeded"))).toBe(true);
    expect(await client.inspectionPlan.count()).toBe(0);
  });

  it("leaves out units not in force on 19/01/2021", async () => {
    // Added before the demo seed runs: one unit formed after the plan, one dissolved before it.
    const kind = await client.agencyKind.findUniqueOrThrow({ where: { code: "co_quan_tinh" } });
    const base = { kindId: kind.id, isoRequirement: "MANDATORY" as const, sortKey: "0" };
    await client.agency.createMany({
      data: [
        { ...base, code: "T89-LATER", name: "Cơ quan lập sau kế hoạch", validFrom: utc(2021, 1, 20) },
        { ...base, code: "T89-ENDED", name: "Cơ quan giải thể trước kế hoạch", validTo: utc(2021, 1, 18) },
      ],
    });
    expect(await client.agency.count({ where: { code: { in: ["T89-LATER", "T89-ENDED"] } } })).toBe(2);
  });

  it("is created by the demo seed, approved by Decision 346/QĐ-UBND of 25/02/2021, authored by the demo administrator", async () => {
    const { counts } = await seed(fresh.url, { demo: true });
    expect(counts).toMatchObject({ agencies: 0, demoUsers: 5, plans: 1, inspections: 263, teamMembers: 3, visits: 66 });
    const plan = await loadPlan();
    const admin = await client.user.findUniqueOrThrow({ where: { email: "quantri@sokhcn.example" } });
    expect(plan).toMatchObject({
      version: 1,
      previousId: null,
      issuedOn: utc(2021, 1, 19),
      title:
        "Kế hoạch kiểm tra việc áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001 tại các cơ quan hành chính nhà nước trên địa bàn tỉnh An Giang năm 2021",
      status: "APPROVED",
      isSample: true,
      approvalNumber: "346/QĐ-UBND",
      approvalDate: utc(2021, 2, 25),
      createdById: admin.id,
      cancelledAt: null,
    });
    expect(plan.submittedAt!.toISOString().slice(0, 10)).toBe("2021-01-19");
    expect(plan.approvedAt!.toISOString().slice(0, 10)).toBe("2021-02-25");
    expect(plan.legalBases.split("\n")).toEqual([
      expect.stringMatching(/^Quyết định số 19\/2014\/QĐ-TTg ngày 05\/3\/2014/),
      expect.stringMatching(/^Thông tư số 26\/2014\/TT-BKHCN ngày 10\/10\/2014/),
    ]);
    expect(plan.objectives).not.toBe("");
    // Its figures are stated from its scope on the page, never quoted in its text (a copy would keep them).
    expect(plan.requirements).not.toBe("");
    expect(plan.requirements).not.toMatch(/\d+ (cơ quan|UBND)|197|\b14\b|\b52\b/);
    expect(plan.leadAgency.name).toBe("Sở Khoa học và Công nghệ");
    expect(plan.coordinators.map((c) => c.agency.name).sort()).toEqual(["Sở Nội vụ", "Sở Tư pháp"]);
    expect(plan.milestones.map((m) => [m.kind, m.date, m.note])).toEqual([
      ["CONSOLIDATION", utc(2021, 11, 30), "Theo TT26 Đ38, Đ42"],
      ["REPORT", utc(2021, 12, 15), "Theo TT26 Đ38, Đ42"],
    ]);
    expect(plan.events.map((e) => [e.action, e.at.toISOString().slice(0, 10), e.comment])).toEqual([
      ["submit", "2021-01-19", null],
      ["approve", "2021-02-25", "Quyết định 346/QĐ-UBND ngày 25/02/2021"],
    ]);
    const audit = await client.auditEvent.findMany({ where: { type: "seed.applied" }, orderBy: { id: "asc" } });
    expect(audit.at(-1)!.data).toMatchObject({ dataset: "reference+demo", counts: { demoUsers: 5, plans: 1 } });
  });

  it("checks the 197 units of 2021 by dossier: 30 provincial agencies, 11 districts, 156 communes", async () => {
    const { targets } = await loadPlan();
    expect(targets.every((t) => t.inDossier)).toBe(true);
    const byKind = (kind: string) => targets.filter((t) => t.agency.kind.code === kind);
    expect([
      targets.length,
      byKind("co_quan_tinh").length,
      byKind("ubnd_huyen").length,
      byKind("ubnd_xa").length,
    ]).toEqual([197, 30, 11, 156]);
    expect(targets.some((t) => t.agency.note?.includes("không thuộc phạm vi kiểm tra năm 2021"))).toBe(false);
    expect(targets.some((t) => t.agency.code.startsWith("T89-LATER") || t.agency.code.startsWith("T89-ENDED"))).toBe(
      false,
    );
  });

  it("visits 66 on site: 14 mandatory (10 provincial, 4 districts) and 52 encouraged communes from every district", async () => {
    const { targets, leadAgencyId, coordinators } = await loadPlan();
    const onSite = targets.filter((t) => t.onSite);
    const mandatory = onSite.filter((t) => t.onSiteCategory === "MANDATORY");
    const encouraged = onSite.filter((t) => t.onSiteCategory === "ENCOURAGED");
    expect([onSite.length, mandatory.length, encouraged.length]).toEqual([66, 14, 52]);
    expect(mandatory.filter((t) => t.agency.kind.code === "co_quan_tinh")).toHaveLength(10);
    expect(mandatory.filter((t) => t.agency.kind.code === "ubnd_huyen")).toHaveLength(4);
    expect(encouraged.every((t) => t.agency.kind.code === "ubnd_xa")).toBe(true);
    expect(targets.filter((t) => !t.onSite).every((t) => t.onSiteCategory === null && t.rationale === null)).toBe(true);
    expect(onSite.every((t) => t.rationale === "Mẫu minh hoạ: danh sách thực tế không công bố")).toBe(true);
    // The inspecting and co-operating departments are not on their own visit list.
    const team = new Set([leadAgencyId, ...coordinators.map((c) => c.agencyId)]);
    expect(onSite.some((t) => team.has(t.agencyId))).toBe(false);
    // Round-robin over the 11 districts: 52 = 4 × 11 + 8.
    const perDistrict = new Map<string, number>();
    for (const t of encouraged)
      perDistrict.set(t.agency.parent!.code, (perDistrict.get(t.agency.parent!.code) ?? 0) + 1);
    expect(perDistrict.size).toBe(11);
    expect([...perDistrict.values()].sort()).toEqual([4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5]);
  });

  it("has a sample team (DOST lead, Home Affairs and Justice members), its decision, a visit to every on-site unit, and every inspection assigned", async () => {
    const plan = await client.inspectionPlan.findFirstOrThrow({
      where,
      include: {
        members: { include: { user: { include: { agency: true } } } },
        visits: {
          include: {
            target: { include: { agency: true } },
            members: { include: { member: { include: { user: true } } } },
          },
          orderBy: { startsAt: "asc" },
        },
        targets: { where: { onSite: true } },
      },
    });
    expect(plan).toMatchObject({
      status: "APPROVED",
      isSample: true,
      teamDecisionNumber: "512/QĐ-UBND",
      teamDecisionDate: utc(2021, 3, 15),
    });
    const roleOf = Object.fromEntries(plan.members.map((m) => [m.user.email, [m.role, m.user.agency?.name]]));
    expect(roleOf).toEqual({
      "kiemtra@sokhcn.example": ["LEAD", "Sở Khoa học và Công nghệ"],
      "thanhvien@sonoivu.example": ["MEMBER", "Sở Nội vụ"],
      "thanhvien@sotuphap.example": ["MEMBER", "Sở Tư pháp"],
    });
    expect(plan.members.find((m) => m.user.email === "thanhvien@sotuphap.example")!.user).toMatchObject({
      role: "PARTNER_INSPECTOR",
      status: "ACTIVE",
    });

    // One visit per on-site unit, one a working day from 05/04/2021, the whole team, no conflict.
    expect(plan.visits).toHaveLength(66);
    expect(new Set(plan.visits.map((v) => v.targetId))).toEqual(new Set(plan.targets.map((t) => t.id)));
    const days = plan.visits.map((v) => vietnamDay(v.startsAt));
    expect(new Set(days).size).toBe(66);
    expect([days[0], days.at(-1)]).toEqual(["2021-04-05", "2021-07-08"]);
    expect(
      plan.visits.filter((v) => [0, 6].includes(new Date(`${vietnamDay(v.startsAt)}T00:00:00Z`).getUTCDay())),
    ).toEqual([]);
    expect(days).not.toContain("2021-04-21");
    expect(plan.visits.every((v) => v.members.length === 3)).toBe(true);
    expect(
      scheduleConflicts(
        plan.visits.map((v) => ({
          id: v.id,
          targetId: v.targetId,
          agencyName: v.target.agency.name,
          startsAt: v.startsAt,
          members: v.members.map((m) => ({ id: m.memberId, name: m.member.user.name })),
        })),
      ),
    ).toEqual([]);
    // The demo officer's unit (883, a district: the 11th on-site unit) is visited on 19/04/2021, 08:00–11:00.
    const longXuyen = plan.visits.find((v) => v.target.agency.code === "883")!;
    expect([longXuyen.startsAt.toISOString(), longXuyen.endsAt.toISOString()]).toEqual([
      "2021-04-19T01:00:00.000Z",
      "2021-04-19T04:00:00.000Z",
    ]);

    // Every inspection has someone: on-site ones the visit's members, dossier reviews the lead, DOST's own review Home Affairs.
    expect(await client.inspection.count({ where: { planId: plan.id, assignees: { none: {} } } })).toBe(0);
    const assigned = async (code: string, kind: "DOSSIER" | "ON_SITE") =>
      (
        await client.inspection.findFirstOrThrow({
          where: { planId: plan.id, kind, agency: { code } },
          include: { assignees: { include: { member: { include: { user: true } } } } },
        })
      ).assignees
        .map((a) => a.member.user.email)
        .sort();
    expect(await assigned("883", "ON_SITE")).toEqual([
      "kiemtra@sokhcn.example",
      "thanhvien@sonoivu.example",
      "thanhvien@sotuphap.example",
    ]);
    expect(await assigned("883", "DOSSIER")).toEqual(["kiemtra@sokhcn.example"]);
    const dost = plan.members.find((m) => m.role === "LEAD")!.user.agency!;
    expect(await assigned(dost.code, "DOSSIER")).toEqual(["thanhvien@sonoivu.example"]);
  });

  it("gives no team to a plan that has one (built in the app), nor twice", async () => {
    const plan = await client.inspectionPlan.findFirstOrThrow({ where, select: { id: true } });
    expect(await seedTeam2021(client)).toEqual({ teamMembers: 0, visits: 0 });
    const before = {
      members: await client.planMember.count({ where: { planId: plan.id } }),
      visits: await client.planVisit.count({ where: { planId: plan.id } }),
    };
    expect(before).toEqual({ members: 3, visits: 66 });
    // Rebuilt by hand with one member: the seed leaves it as it is.
    await client.planMember.deleteMany({ where: { planId: plan.id, role: { not: "LEAD" } } });
    await client.planVisit.deleteMany({ where: { planId: plan.id } });
    expect(await seedTeam2021(client)).toEqual({ teamMembers: 0, visits: 0 });
    expect([
      await client.planMember.count({ where: { planId: plan.id } }),
      await client.planVisit.count({ where: { planId: plan.id } }),
    ]).toEqual([1, 0]);
    // Restored for the tests below.
    await client.planMember.deleteMany({ where: { planId: plan.id } });
    await client.inspectionPlan.update({
      where: { id: plan.id },
      data: { teamDecisionNumber: null, teamDecisionDate: null },
    });
    expect(await seedTeam2021(client)).toEqual({ teamMembers: 3, visits: 66 });
  });

  it("rewrites the old seeded requirements, which quoted the 2021 figures, and nothing else", async () => {
    const plan = await client.inspectionPlan.findFirstOrThrow({ where });
    const old = [
      "Kiểm tra qua hồ sơ, báo cáo 197 cơ quan, đơn vị: 30 cơ quan cấp tỉnh, 11 UBND cấp huyện và 156 UBND cấp xã.",
      "Kiểm tra tại trụ sở 14 cơ quan bắt buộc áp dụng (10 cơ quan cấp tỉnh, 4 UBND cấp huyện; không ít hơn 1/3 theo Điều 33 Thông tư 26/2014/TT-BKHCN) và 52 UBND cấp xã thuộc diện khuyến khích áp dụng.",
      ...plan.requirements.split("\n").slice(1),
    ].join("\n");
    await client.inspectionPlan.update({ where: { id: plan.id }, data: { requirements: old } });
    expect(await seedPlan2021(client)).toEqual({ plans: 0 });
    expect((await client.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).requirements).toBe(
      plan.requirements,
    );
    await client.inspectionPlan.update({
      where: { id: plan.id },
      data: { requirements: `${old}\nSửa trong ứng dụng.` },
    });
    await seedPlan2021(client);
    expect((await client.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).requirements).toBe(
      `${old}\nSửa trong ứng dụng.`,
    );
    await client.inspectionPlan.update({ where: { id: plan.id }, data: { requirements: plan.requirements } });
  });

  it("has its inspections: 197 dossier reviews and 66 on-site, each with the Decision 19 and ISO 9001:2015 checklist", async () => {
    const plan = await loadPlan();
    const kinds = await client.inspection.groupBy({
      by: ["kind"],
      where: { planId: plan.id },
      _count: { _all: true },
      orderBy: { kind: "asc" },
    });
    expect(kinds.map((k) => [k.kind, k._count._all])).toEqual([
      ["DOSSIER", 197],
      ["ON_SITE", 66],
    ]);
    // Every unit of the 2021 scope is on TCVN ISO 9001:2015: the items that apply to 2015 units (QD-21, the
    // move from 2008, does not).
    const perChecklist = await client.checklistItem.count({
      where: {
        template: { standard: { in: ["QD19_2014", "ISO_9001_2015"] }, version: 1 },
        OR: [{ standardVersions: { isEmpty: true } }, { standardVersions: { has: "ISO_9001_2015" } }],
      },
    });
    expect(perChecklist).toBe(24 + 27);
    expect(await client.inspectionItem.count({ where: { inspection: { planId: plan.id } } })).toBe(263 * perChecklist);
    // Generation is idempotent and complete: removed, it comes back whole (its speed is in scripts/bench/inspections.ts).
    await client.inspection.deleteMany({ where: { planId: plan.id } });
    expect(await seedInspections2021(client)).toEqual({ inspections: 263 });
    expect(await client.inspectionItem.count({ where: { inspection: { planId: plan.id } } })).toBe(263 * perChecklist);
  });

  it("a second run adds nothing", async () => {
    const auditRows = () => client.auditEvent.count({ where: { type: "seed.applied" } });
    const before = {
      audit: await auditRows(),
      targets: await client.planTarget.count(),
      events: await client.planEvent.count(),
    };
    const { counts } = await seed(fresh.url, { demo: true });
    expect(counts).toEqual({
      agencyKinds: 0,
      agencies: 0,
      checklistTemplates: 0,
      checklistItems: 0,
      checklistItemsBackfilled: 0,
      clauseCrosswalk: 0,
      demoUsers: 0,
      plans: 0,
      inspections: 0,
      teamMembers: 0,
      visits: 0,
    });
    expect(await client.inspectionPlan.count()).toBe(1);
    expect({
      audit: await auditRows(),
      targets: await client.planTarget.count(),
      events: await client.planEvent.count(),
    }).toEqual(before);
  });

  it("two seeds at once create one plan, with the same on-site selection as before", async () => {
    const onSiteCodes = async () =>
      (await loadPlan()).targets
        .filter((t) => t.onSite)
        .map((t) => t.agency.code)
        .sort();
    const before = await onSiteCodes();
    await client.inspection.deleteMany({ where: { plan: where } });
    await client.inspectionPlan.deleteMany({ where });
    const results = await Promise.all([seedPlan2021(client), seedPlan2021(client)]);
    expect(results.map((r) => r.plans).sort()).toEqual([0, 1]);
    expect(await client.inspectionPlan.count({ where })).toBe(1);
    expect(await onSiteCodes()).toEqual(before);
  });
});
