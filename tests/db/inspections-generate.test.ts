import { scopeFor } from "@/lib/auth/scope";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { generateInspections } from "@/lib/inspections/generation/mutations";
import { saveInspectionItem } from "@/lib/inspections/checklist/mutations";
import { setTarget } from "@/lib/plans/mutations";
import { saveVisit } from "@/lib/plans/schedule/mutations";
import { amendPlan } from "@/lib/plans/versions/mutations";
import { transitionPlan } from "@/lib/plans/workflow/mutations";
import { visitSchema } from "@/lib/plans/schema";
import { approvedPlanWithInspections, inspectionOf, qmsUnit } from "@/tests/factories/inspections";
import { insertPlan, targetForm } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";

const ip = "198.51.100.40";
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
let admin: Actor;
let committee: Actor;

beforeAll(async () => {
  [admin, committee] = await Promise.all([
    createActor("DOST_ADMIN").then((a) => a.actor),
    createActor("COMMITTEE_VIEWER").then((a) => a.actor),
  ]);
});

const published = (standard: "QD19_2014" | "ISO_9001_2015" | "ISO_9001_2008") =>
  db.checklistTemplate.findFirstOrThrow({
    where: { standard, status: "PUBLISHED" },
    orderBy: { version: "desc" },
    include: { _count: { select: { items: true } } },
  });
/** Items of the newest published version of a standard that apply to a 2015 unit of any kind. */
const itemsFor2015 = async (standard: "QD19_2014" | "ISO_9001_2015") => {
  const template = await published(standard);
  return db.checklistItem.count({
    where: {
      templateId: template.id,
      OR: [{ standardVersions: { isEmpty: true } }, { standardVersions: { has: "ISO_9001_2015" } }],
      kindCodes: { isEmpty: true },
    },
  });
};

describe("generateInspections", () => {
  it("gives every dossier target a dossier review and on-site targets an on-site inspection too", async () => {
    const [a, b, c] = await Promise.all([qmsUnit(), qmsUnit(), qmsUnit()]);
    const { plan, created } = await approvedPlanWithInspections({
      createdById: admin.id,
      units: [{ agencyId: a.id }, { agencyId: b.id, onSite: "MANDATORY" }, { agencyId: c.id, onSite: "ENCOURAGED" }],
    });
    const rows = await db.inspection.findMany({
      where: { planId: plan.id },
      select: { agencyId: true, kind: true, status: true, _count: { select: { items: true } } },
    });
    expect(
      rows
        .filter((r) => r.kind === "DOSSIER")
        .map((r) => r.agencyId)
        .sort(),
    ).toEqual([a.id, b.id, c.id].sort());
    expect(
      rows
        .filter((r) => r.kind === "ON_SITE")
        .map((r) => r.agencyId)
        .sort(),
    ).toEqual([b.id, c.id].sort());
    expect(rows.every((r) => r.status === "NOT_STARTED")).toBe(true);
    // QD-21 (moving to 2015) applies to units still on 2008 only: a 2015 unit's checklist leaves it out.
    const expected = (await itemsFor2015("QD19_2014")) + (await itemsFor2015("ISO_9001_2015"));
    expect(expected).toBe(24 + 27);
    expect(rows.every((r) => r._count.items === expected)).toBe(true);
    expect(created).toEqual({ inspections: 5, items: 5 * expected });
  });

  it("composes the checklist by the unit's standard version: Decision 19 first, then 2008 or 2015; marks the templates used", async () => {
    const [old, current] = await Promise.all([qmsUnit("ISO_9001_2008"), qmsUnit("ISO_9001_2015")]);
    const { plan } = await approvedPlanWithInspections({
      createdById: admin.id,
      units: [{ agencyId: old.id }, { agencyId: current.id }],
    });
    const standards = async (agencyId: string) => [
      ...new Set(
        (await inspectionOf(plan.id, agencyId, "DOSSIER")).items.map((i) => i.checklistItem.template.standard),
      ),
    ];
    expect(await standards(old.id)).toEqual(["QD19_2014", "ISO_9001_2008"]);
    expect(await standards(current.id)).toEqual(["QD19_2014", "ISO_9001_2015"]);
    const items = (await inspectionOf(plan.id, old.id, "DOSSIER")).items;
    expect(items.map((i) => i.position)).toEqual(items.map((_, index) => index + 1));
    for (const standard of ["QD19_2014", "ISO_9001_2008", "ISO_9001_2015"] as const)
      expect((await published(standard)).usedAt).not.toBeNull();
  });

  it("is idempotent: a second run creates nothing", async () => {
    const unit = await qmsUnit();
    const { plan } = await approvedPlanWithInspections({
      createdById: admin.id,
      units: [{ agencyId: unit.id, onSite: "MANDATORY" }],
    });
    expect(await db.$transaction((tx) => generateInspections(tx, plan.id))).toEqual({ inspections: 0, items: 0 });
    expect(await db.inspection.count({ where: { planId: plan.id } })).toBe(2);
  });

  it("runs inside the approval, with an audit row", async () => {
    const unit = await qmsUnit();
    const plan = await insertPlan({
      createdById: admin.id,
      year: 2032,
      status: "SUBMITTED",
      targets: [{ agencyId: unit.id, onSite: "MANDATORY" }],
    });
    await transitionPlan(
      { action: "approve", id: plan.id, approvalNumber: "901/QĐ-UBND", approvalDate: utc(2032, 2, 25) },
      { scope: scopeFor(committee), ip },
    );
    expect(await db.inspection.count({ where: { planId: plan.id } })).toBe(2);
    const [row] = await auditRowsFor({ type: "plan", id: plan.id }, "inspection.generated");
    expect(row!.data).toMatchObject({ created: 2, carried: 0, removed: 0, kept: 0 });
  });
});

describe("an approved amendment", () => {
  it("carries the inspections over, creates those of new targets, drops unstarted ones out of scope and keeps started ones", async () => {
    const { actor: lead, user } = await createActor("DOST_INSPECTOR");
    const [stays, leavesUnstarted, leavesStarted, joins] = await Promise.all([
      qmsUnit(),
      qmsUnit(),
      qmsUnit(),
      qmsUnit(),
    ]);
    const { plan } = await approvedPlanWithInspections({
      createdById: admin.id,
      year: 2033,
      units: [
        { agencyId: stays.id, onSite: "MANDATORY" },
        { agencyId: leavesUnstarted.id },
        { agencyId: leavesStarted.id },
      ],
      members: [{ userId: user.id, role: "LEAD" }],
    });
    const started = await inspectionOf(plan.id, leavesStarted.id, "DOSSIER");
    await saveInspectionItem(
      { inspectionId: started.id, itemId: started.items[0]!.id, version: 0, result: "CONFORM", note: "" },
      { scope: scopeFor(lead), ip },
    );
    const carried = await inspectionOf(plan.id, stays.id, "ON_SITE");
    const lead2 = await db.planMember.findFirstOrThrow({ where: { planId: plan.id, userId: user.id } });
    await db.inspectionAssignee.create({ data: { inspectionId: carried.id, memberId: lead2.id } });

    const { id } = await amendPlan({ id: plan.id }, { scope: scopeFor(admin), ip });
    await setTarget(targetForm(id, leavesUnstarted.id, { inDossier: false, reason: "Đơn vị sáp nhập" }), {
      scope: scopeFor(admin),
      ip,
    });
    await setTarget(targetForm(id, leavesStarted.id, { inDossier: false, reason: "Đơn vị sáp nhập" }), {
      scope: scopeFor(admin),
      ip,
    });
    await setTarget(targetForm(id, joins.id, { reason: "Đơn vị mới công bố" }), { scope: scopeFor(admin), ip });
    await db.inspectionPlan.update({ where: { id }, data: { status: "SUBMITTED", submittedAt: utc(2033, 5, 20) } });
    await transitionPlan(
      { action: "approve", id, approvalNumber: "902/QĐ-UBND", approvalDate: utc(2033, 6, 1) },
      { scope: scopeFor(committee), ip },
    );

    const moved = await db.inspection.findUniqueOrThrow({
      where: { id: carried.id },
      include: { target: true, assignees: { include: { member: true } } },
    });
    expect(moved.planId).toBe(id);
    expect(moved.target.planId).toBe(id);
    expect(moved.assignees.map((a) => [a.member.planId, a.member.userId])).toEqual([[id, user.id]]);
    expect(await db.inspection.count({ where: { agencyId: leavesUnstarted.id } })).toBe(0);
    expect(await db.inspection.findUniqueOrThrow({ where: { id: started.id } })).toMatchObject({
      planId: plan.id,
      status: "IN_PROGRESS",
    });
    expect(await db.inspection.count({ where: { planId: id, agencyId: joins.id, kind: "DOSSIER" } })).toBe(1);
    const [row] = await auditRowsFor({ type: "plan", id }, "inspection.generated");
    expect(row!.data).toMatchObject({ created: 1, carried: 2, removed: 1, kept: 1 });
  });
});

describe("saveVisit", () => {
  it("assigns the visit's members to that unit's on-site inspection", async () => {
    const [{ user: lead }, { user: member }] = await Promise.all([
      createActor("DOST_INSPECTOR"),
      createActor("DOST_INSPECTOR"),
    ]);
    const unit = await qmsUnit();
    const { plan } = await approvedPlanWithInspections({
      createdById: admin.id,
      units: [{ agencyId: unit.id, onSite: "MANDATORY" }],
      members: [
        { userId: lead.id, role: "LEAD" },
        { userId: member.id, role: "MEMBER" },
      ],
    });
    const target = await db.planTarget.findFirstOrThrow({ where: { planId: plan.id } });
    const memberRow = await db.planMember.findFirstOrThrow({ where: { planId: plan.id, userId: member.id } });
    await saveVisit(
      visitSchema.parse({
        planId: plan.id,
        targetId: target.id,
        date: "15/06/2031",
        start: "08:00",
        end: "11:00",
        note: "",
        memberIds: [memberRow.id],
      }),
      { scope: scopeFor(admin), ip },
    );
    const onSite = await db.inspection.findFirstOrThrow({
      where: { planId: plan.id, kind: "ON_SITE" },
      include: { assignees: true },
    });
    expect(onSite.assignees.map((a) => a.memberId)).toEqual([memberRow.id]);
    const dossier = await db.inspection.findFirstOrThrow({
      where: { planId: plan.id, kind: "DOSSIER" },
      include: { assignees: true },
    });
    expect(dossier.assignees).toEqual([]);
  });
});
