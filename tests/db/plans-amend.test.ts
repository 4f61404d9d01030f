import { beforeAll, describe, expect, it } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Agency } from "@/lib/generated/prisma/client";
import { getPlan } from "@/lib/plans/data";
import { diffPlans } from "@/lib/plans/versions/diff";
import { setTarget, updatePlan } from "@/lib/plans/mutations";
import { amendPlan, copyPlan } from "@/lib/plans/versions/mutations";
import { transitionPlan } from "@/lib/plans/workflow/mutations";
import { copyPlanSchema, updatePlanSchema } from "@/lib/plans/schema";
import { formatCalendarDate } from "@/lib/text/dates";
import { createAgency } from "@/tests/factories/agencies";
import { insertPlan, planForm, targetForm, uniquePlanNumber } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

const ip = "198.51.100.22";
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
let admin: Actor;
let inspector: Actor;
let partner: Actor;
let committee: Actor;

beforeAll(async () => {
  const actor = (role: Role) => createActor(role).then((a) => a.actor);
  [admin, inspector, partner, committee] = await Promise.all([
    actor("DOST_ADMIN"),
    actor("DOST_INSPECTOR"),
    actor("PARTNER_INSPECTOR"),
    actor("COMMITTEE_VIEWER"),
  ]);
});

const content = {
  targets: { orderBy: { agencyId: "asc" } },
  members: { orderBy: { userId: "asc" } },
  milestones: { orderBy: { kind: "asc" } },
  visits: { include: { members: true } },
} as const;
const load = (id: string) => db.inspectionPlan.findUniqueOrThrow({ where: { id }, include: content });
const track = (t: {
  agencyId: string;
  inDossier: boolean;
  dossierReason: string | null;
  onSite: boolean;
  onSiteCategory: string | null;
  rationale: string | null;
}) => ({
  agencyId: t.agencyId,
  inDossier: t.inDossier,
  dossierReason: t.dossierReason,
  onSite: t.onSite,
  onSiteCategory: t.onSiteCategory,
  rationale: t.rationale,
});

/** A plan in `status` with a unit per track, a lead and a partner, two milestones and one visit. */
async function planWithContent(year: number, status: "APPROVED" | "IN_PROGRESS", extra: { units?: Agency[] } = {}) {
  const [dossier, onSite, leftOut] = await Promise.all([createAgency(), createAgency(), createAgency()]);
  const units = [dossier, onSite, leftOut, ...(extra.units ?? [])];
  const plan = await insertPlan({
    createdById: admin.id,
    year,
    status,
    teamDecisionNumber: "447/QĐ-UBND",
    title: `Kế hoạch kiểm tra HTQLCL năm ${year}`,
    targets: [
      { agencyId: dossier.id },
      { agencyId: onSite.id, onSite: "ENCOURAGED" },
      { agencyId: leftOut.id, inDossier: false, dossierReason: "Đang sáp nhập" },
      ...(extra.units ?? []).map((u) => ({ agencyId: u.id })),
    ],
    members: [
      { userId: inspector.id, role: "LEAD" },
      { userId: partner.id, role: "MEMBER" },
    ],
    milestones: [
      { kind: "ONSITE_START", date: utc(year, 8, 2) },
      { kind: "REPORT", date: utc(year, 12, 15) },
    ],
  });
  const target = await db.planTarget.findFirstOrThrow({ where: { planId: plan.id, agencyId: onSite.id } });
  const lead = await db.planMember.findFirstOrThrow({ where: { planId: plan.id, role: "LEAD" } });
  await db.planVisit.create({
    data: {
      planId: plan.id,
      targetId: target.id,
      startsAt: new Date(`${year}-08-02T01:30:00Z`),
      endsAt: new Date(`${year}-08-02T04:00:00Z`),
      members: { create: [{ memberId: lead.id }] },
    },
  });
  return { plan, units, dossier, onSite, leftOut };
}

/** The edit form of a plan as loaded (its fields and milestones), with these changes. */
async function editForm(id: string, changes: Record<string, string> = {}) {
  const plan = await db.inspectionPlan.findUniqueOrThrow({ where: { id }, include: { milestones: true } });
  return updatePlanSchema.parse({
    ...(await planForm(plan.year, {
      number: plan.number,
      issuedOn: formatCalendarDate(plan.issuedOn),
      title: plan.title,
    })),
    legalBases: plan.legalBases,
    teamDecisionNumber: plan.teamDecisionNumber ?? "",
    teamDecisionDate: formatCalendarDate(plan.teamDecisionDate),
    ...Object.fromEntries(plan.milestones.map((m) => [`milestone_${m.kind}`, formatCalendarDate(m.date)])),
    id: plan.id,
    lockVersion: String(plan.lockVersion),
    ...changes,
  });
}

describe("amendPlan", () => {
  it("makes version 2 as a draft copy of the approved plan, which stays in force until the amendment is approved", async () => {
    const { plan, onSite, dossier } = await planWithContent(2031, "APPROVED");
    const v1 = await load(plan.id);

    const { id } = await amendPlan({ id: plan.id }, { scope: scopeFor(inspector), ip });
    const v2 = await load(id);
    expect(v2).toMatchObject({
      year: 2031,
      number: plan.number,
      version: 2,
      previousId: plan.id,
      status: "DRAFT",
      title: plan.title,
      teamDecisionNumber: "447/QĐ-UBND",
      createdById: inspector.id,
      submittedAt: null,
      approvalNumber: null,
      approvalDate: null,
    });
    expect(v2.targets.map(track)).toEqual(v1.targets.map(track));
    expect(v2.members.map((m) => [m.userId, m.role])).toEqual(v1.members.map((m) => [m.userId, m.role]));
    expect(v2.milestones.map((m) => [m.kind, m.date])).toEqual(v1.milestones.map((m) => [m.kind, m.date]));
    // the schedule comes along, its people mapped to the new version's team
    const lead = v2.members.find((m) => m.role === "LEAD")!;
    const onSiteTarget = v2.targets.find((t) => t.agencyId === onSite.id)!;
    expect(
      v2.visits.map((v) => ({ targetId: v.targetId, startsAt: v.startsAt, members: v.members.map((m) => m.memberId) })),
    ).toEqual([{ targetId: onSiteTarget.id, startsAt: v1.visits[0]!.startsAt, members: [lead.id] }]);
    expect(await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      status: "APPROVED",
      lockVersion: 0,
    });
    expect((await db.planEvent.findMany({ where: { planId: id } })).map((e) => [e.action, e.comment])).toEqual([
      ["amend", "v1 → v2"],
    ]);
    expect((await auditRowsFor({ type: "plan", id }, "plan.amended")).map((r) => r.data)).toEqual([
      { from: plan.id, version: 2 },
    ]);

    // one amendment per version
    expect(await appError(amendPlan({ id: plan.id }, { scope: scopeFor(admin), ip }))).toMatchObject({
      code: "CONFLICT",
      messageKey: "plans.errors.amendmentExists",
    });
    expect(await db.inspectionPlan.count({ where: { number: plan.number } })).toBe(2);

    // the amendment is edited like any draft; year and number stay those of the plan it amends
    const edited = await editForm(id, {
      title: "Kế hoạch kiểm tra HTQLCL năm 2031 (điều chỉnh)",
      number: uniquePlanNumber(),
      milestone_REPORT: "20/12/2031",
    });
    expect(await updatePlan(edited, { scope: scopeFor(admin), ip })).toEqual({ id, lockVersion: 1 });
    await setTarget(targetForm(id, dossier.id, { onSite: "ENCOURAGED" }), { scope: scopeFor(admin), ip });
    expect(await db.inspectionPlan.findUniqueOrThrow({ where: { id } })).toMatchObject({
      number: plan.number,
      year: 2031,
      title: "Kế hoạch kiểm tra HTQLCL năm 2031 (điều chỉnh)",
    });
    expect((await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).title).toBe(plan.title);

    const comparable = (planId: string) =>
      db.inspectionPlan.findUniqueOrThrow({
        where: { id: planId },
        include: { milestones: true, targets: { include: { agency: true } }, members: { include: { user: true } } },
      });
    const diff = diffPlans(await comparable(plan.id), await comparable(id));
    expect(diff.fields).toEqual([
      { field: "title", from: plan.title, to: "Kế hoạch kiểm tra HTQLCL năm 2031 (điều chỉnh)" },
      { field: "milestone.REPORT", from: "2031-12-15", to: "2031-12-20" },
    ]);
    expect(diff.targets).toEqual([
      {
        agency: expect.objectContaining({ name: dossier.name, code: dossier.code }),
        from: "dossier",
        to: "onSite:ENCOURAGED",
      },
    ]);

    // approving the amendment supersedes version 1
    await transitionPlan({ action: "submit", id }, { scope: scopeFor(admin), ip });
    expect(
      await transitionPlan(
        { action: "approve", id, approvalNumber: "1520/QĐ-UBND", approvalDate: utc(2031, 7, 1) },
        { scope: scopeFor(committee), ip },
      ),
    ).toEqual({ id, status: "APPROVED" });
    expect(await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      status: "SUPERSEDED",
    });
    expect(await db.inspectionPlan.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "APPROVED",
      approvalNumber: "1520/QĐ-UBND",
      approvalDate: utc(2031, 7, 1),
    });
    const admins = scopeFor(admin);
    expect((await getPlan(admins, id))!.previous).toEqual({ id: plan.id, version: 1, status: "SUPERSEDED" });
    expect((await getPlan(admins, plan.id))!.amendment).toEqual({ id, version: 2, status: "APPROVED" });

    // a superseded version is amended no more; the version in force is
    expect((await appError(amendPlan({ id: plan.id }, { scope: scopeFor(admin), ip }))).code).toBe("CONFLICT");
    const v3 = await amendPlan({ id }, { scope: scopeFor(admin), ip });
    expect(await db.inspectionPlan.findUniqueOrThrow({ where: { id: v3.id } })).toMatchObject({
      version: 3,
      previousId: id,
      status: "DRAFT",
    });
  });

  it("keeps an amended plan in progress once the amendment is approved", async () => {
    const { plan } = await planWithContent(2035, "IN_PROGRESS");
    const { id } = await amendPlan({ id: plan.id }, { scope: scopeFor(admin), ip });
    await transitionPlan({ action: "submit", id }, { scope: scopeFor(admin), ip });
    expect(
      await transitionPlan(
        { action: "approve", id, approvalNumber: "900/QĐ-UBND", approvalDate: utc(2035, 9, 1) },
        { scope: scopeFor(committee), ip },
      ),
    ).toEqual({ id, status: "IN_PROGRESS" });
    expect((await db.inspectionPlan.findUniqueOrThrow({ where: { id } })).status).toBe("IN_PROGRESS");
    expect((await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("SUPERSEDED");
    const [row] = await auditRowsFor({ type: "plan", id }, "plan.transition").then((rows) =>
      rows.filter((r) => (r.data as { action: string }).action === "approve"),
    );
    expect(row!.data).toMatchObject({ from: "SUBMITTED", to: "IN_PROGRESS" });
  });

  it("refuses a draft as CONFLICT, non-DOST users who see the plan as FORBIDDEN, and others as NOT_FOUND", async () => {
    const draft = await insertPlan({ createdById: admin.id, year: 2035 });
    expect(await appError(amendPlan({ id: draft.id }, { scope: scopeFor(admin), ip }))).toMatchObject({
      code: "CONFLICT",
      messageKey: "plans.errors.changed",
    });
    const approved = await insertPlan({
      createdById: admin.id,
      year: 2035,
      status: "APPROVED",
      members: [{ userId: partner.id, role: "MEMBER" }],
    });
    for (const actor of [committee, partner])
      expect((await appError(amendPlan({ id: approved.id }, { scope: scopeFor(actor), ip }))).code).toBe("FORBIDDEN");
    // A partner inspector off the plan's team does not see it: its id does not leak.
    const offTeam = (await createActor("PARTNER_INSPECTOR")).actor;
    expect((await appError(amendPlan({ id: approved.id }, { scope: scopeFor(offTeam), ip }))).code).toBe("NOT_FOUND");
    expect(await db.inspectionPlan.count({ where: { previousId: { in: [draft.id, approved.id] } } })).toBe(0);
  });
});

describe("copyPlan", () => {
  it("starts next year's draft from this year's plan: scope and team carried over, dates a year on, schedule and statuses reset", async () => {
    // a unit that ends before next year's plan is dropped from the copy
    const ending = await createAgency({ validTo: utc(2032, 12, 31) });
    const { plan, units } = await planWithContent(2032, "APPROVED", { units: [ending] });
    const source = await load(plan.id);
    const number = uniquePlanNumber(7);

    const { id } = await copyPlan(
      copyPlanSchema.parse({ fromId: plan.id, year: "2033", number, issuedOn: "15/01/2033" }),
      { scope: scopeFor(admin), ip },
    );
    const copy = await load(id);
    expect(copy).toMatchObject({
      year: 2033,
      number,
      version: 1,
      previousId: null,
      status: "DRAFT",
      issuedOn: utc(2033, 1, 15),
      title: "Kế hoạch kiểm tra HTQLCL năm 2033",
      teamDecisionNumber: null,
      teamDecisionDate: null,
      submittedAt: null,
      approvalNumber: null,
      approvalDate: null,
      approvedAt: null,
      createdById: admin.id,
      lockVersion: 0,
    });
    expect(copy.targets.map(track)).toEqual(source.targets.filter((t) => t.agencyId !== ending.id).map(track));
    expect(copy.targets.map((t) => t.agencyId).sort()).toEqual(
      units
        .filter((u) => u.id !== ending.id)
        .map((u) => u.id)
        .sort(),
    );
    expect(copy.members.map((m) => [m.userId, m.role])).toEqual(source.members.map((m) => [m.userId, m.role]));
    expect(copy.milestones.map((m) => [m.kind, m.date])).toEqual([
      ["ONSITE_START", utc(2033, 8, 2)],
      ["REPORT", utc(2033, 12, 15)],
    ]);
    expect(copy.visits).toEqual([]);
    expect(await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      status: "APPROVED",
      lockVersion: 0,
    });
    expect((await db.planEvent.findMany({ where: { planId: id } })).map((e) => [e.action, e.comment])).toEqual([
      ["copied", `${plan.number} (2032)`],
    ]);
    // The copy is a new year's draft: the risk-based on-site proposal is made with it (issue 14).
    expect((await auditRowsFor({ type: "plan", id })).map((r) => [r.type, r.data])).toEqual([
      ["plan.created", { year: 2033, number, targets: 3, copiedFrom: plan.id }],
      ["plan.proposal_made", { units: 2, proposed: 0 }],
    ]);

    // the number check applies to copies too
    const again = copyPlanSchema.parse({ fromId: plan.id, year: "2033", number, issuedOn: "16/01/2033" });
    expect(await appError(copyPlan(again, { scope: scopeFor(admin), ip }))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { number: ["plans.errors.numberTaken"] },
    });
    const sameYear = copyPlanSchema.parse({
      fromId: plan.id,
      year: "2032",
      number: plan.number,
      issuedOn: "16/01/2032",
    });
    expect(await appError(copyPlan(sameYear, { scope: scopeFor(admin), ip }))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { number: ["plans.errors.numberTaken"] },
    });
    expect(await db.inspectionPlan.count({ where: { number } })).toBe(1);
  });

  it("leaves a sample plan's labels behind: a copy into another year is no sample and carries no illustrative rationale; an amendment stays the sample", async () => {
    const { plan, onSite } = await planWithContent(2034, "APPROVED");
    await db.inspectionPlan.update({ where: { id: plan.id }, data: { isSample: true } });
    await db.planTarget.updateMany({
      where: { planId: plan.id, onSite: true },
      data: { rationale: "Mẫu minh hoạ: danh sách thực tế không công bố" },
    });

    const { id } = await copyPlan(
      copyPlanSchema.parse({ fromId: plan.id, year: "2035", number: uniquePlanNumber(8), issuedOn: "15/01/2035" }),
      { scope: scopeFor(admin), ip },
    );
    const copy = await load(id);
    expect(copy.isSample).toBe(false);
    expect(copy.targets.find((t) => t.agencyId === onSite.id)).toMatchObject({
      onSite: true,
      onSiteCategory: "ENCOURAGED",
      rationale: null,
    });

    const amendment = await load((await amendPlan({ id: plan.id }, { scope: scopeFor(admin), ip })).id);
    expect(amendment.isSample).toBe(true);
    expect(amendment.targets.find((t) => t.agencyId === onSite.id)!.rationale).toBe(
      "Mẫu minh hoạ: danh sách thực tế không công bố",
    );
  });

  it("is for DOST staff only", async () => {
    const plan = await insertPlan({ createdById: admin.id, year: 2032, status: "APPROVED" });
    const input = copyPlanSchema.parse({
      fromId: plan.id,
      year: "2033",
      number: uniquePlanNumber(),
      issuedOn: "15/01/2033",
    });
    for (const actor of [committee, partner])
      expect((await appError(copyPlan(input, { scope: scopeFor(actor), ip }))).code).toBe("FORBIDDEN");
    expect(await db.inspectionPlan.count({ where: { number: input.number } })).toBe(0);
  });
});
