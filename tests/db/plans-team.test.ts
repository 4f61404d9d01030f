import { beforeAll, describe, expect, it } from "vitest";
import { messageText, type ErrorMessage } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { Agency, User } from "@/lib/generated/prisma/client";
import { getPlan } from "@/lib/plans/data";
import { setTarget, updatePlan } from "@/lib/plans/mutations";
import { updatePlanSchema, visitSchema } from "@/lib/plans/schema";
import { saveVisit } from "@/lib/plans/schedule/mutations";
import { addMember, removeMember } from "@/lib/plans/team/mutations";
import { createAgency } from "@/tests/factories/agencies";
import { insertPlan, planForm, targetForm } from "@/tests/factories/plans";
import { createActor, createUser } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";
import { renderedEmailsTo, renderedNotifications } from "@/tests/support/messages";

/** A use case's message as a Vietnamese reader sees it. */
const inVi = (m: ErrorMessage) => messageText(createTranslator("vi").raw, m);

const ip = "198.51.100.24";
let admin: Actor;
let lead: User;
let partner: User;

beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
  [lead, partner] = await Promise.all([
    createUser({ role: "DOST_INSPECTOR", name: "Nguyễn Thị Lan" }),
    createUser({ role: "PARTNER_INSPECTOR", name: "Trần Văn Hùng" }),
  ]);
});

/** A plan of 2051 in `status` with two units on site (A, B) and one by dossier only (C). */
async function planOf(status: "DRAFT" | "APPROVED" | "CANCELLED" = "DRAFT") {
  const [a, b, c] = await Promise.all([createAgency(), createAgency(), createAgency()]);
  const plan = await insertPlan({
    createdById: admin.id,
    year: 2051,
    status,
    targets: [{ agencyId: a.id, onSite: "MANDATORY" }, { agencyId: b.id, onSite: "ENCOURAGED" }, { agencyId: c.id }],
  });
  const targets = await db.planTarget.findMany({ where: { planId: plan.id } });
  const targetOf = (unit: Agency) => targets.find((t) => t.agencyId === unit.id)!.id;
  return { plan, units: { a, b, c }, targets: { a: targetOf(a), b: targetOf(b), c: targetOf(c) } };
}

const visitForm = (
  planId: string,
  targetId: string,
  memberIds: string[],
  when: { date?: string; start?: string; end?: string; visitId?: string; note?: string } = {},
) =>
  visitSchema.parse({
    planId,
    targetId,
    memberIds,
    date: when.date ?? "15/06/2051",
    start: when.start ?? "09:00",
    end: when.end ?? "11:00",
    visitId: when.visitId ?? "",
    note: when.note ?? "",
  });

const ctx = () => ({ scope: scopeFor(admin), ip });

describe("addMember", () => {
  it("adds DOST staff and partner inspectors, one lead, each once", async () => {
    const { plan } = await planOf();
    const leadMember = await addMember({ planId: plan.id, userId: lead.id, role: "LEAD" }, ctx());
    await addMember({ planId: plan.id, userId: partner.id, role: "MEMBER" }, ctx());
    const secretary = await createUser({ role: "DOST_ADMIN" });
    await addMember({ planId: plan.id, userId: secretary.id, role: "SECRETARY" }, ctx());
    expect(
      (await db.planMember.findMany({ where: { planId: plan.id } })).map((m) => [m.userId, m.role]).sort(),
    ).toEqual(
      [
        [lead.id, "LEAD"],
        [partner.id, "MEMBER"],
        [secretary.id, "SECRETARY"],
      ].sort(),
    );
    expect((await auditRowsFor({ type: "plan", id: plan.id }, "plan.member_added")).map((r) => r.data)).toEqual([
      { userId: lead.id, role: "LEAD" },
      { userId: partner.id, role: "MEMBER" },
      { userId: secretary.id, role: "SECRETARY" },
    ]);

    const second = await createUser({ role: "DOST_INSPECTOR" });
    expect(await appError(addMember({ planId: plan.id, userId: second.id, role: "LEAD" }, ctx()))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { role: ["plans.errors.oneLead"] },
    });
    expect(await appError(addMember({ planId: plan.id, userId: partner.id, role: "SECRETARY" }, ctx()))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { userId: ["plans.errors.alreadyMember"] },
    });

    // once the lead leaves, another can take over
    await removeMember({ planId: plan.id, memberId: leadMember.id }, ctx());
    await addMember({ planId: plan.id, userId: second.id, role: "LEAD" }, ctx());
    expect((await auditRowsFor({ type: "plan", id: plan.id }, "plan.member_removed")).map((r) => r.data)).toEqual([
      { userId: lead.id },
    ]);
  });

  it("refuses users who are not active inspectors", async () => {
    const { plan } = await planOf();
    const [officer, viewer, disabled] = await Promise.all([
      createUser({ role: "AGENCY_OFFICER" }),
      createUser({ role: "COMMITTEE_VIEWER" }),
      createUser({ role: "DOST_INSPECTOR", status: "DISABLED" }),
    ]);
    for (const user of [officer, viewer, disabled]) {
      expect(
        await appError(addMember({ planId: plan.id, userId: user.id, role: "MEMBER" }, ctx())),
        user.role,
      ).toMatchObject({ code: "VALIDATION", fieldErrors: { userId: ["plans.errors.notInspector"] } });
    }
    expect(
      await appError(
        addMember({ planId: plan.id, userId: "00000000-0000-4000-8000-000000000000", role: "MEMBER" }, ctx()),
      ),
    ).toMatchObject({ code: "VALIDATION" });
    expect(await db.planMember.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("is for DOST staff only: refused (FORBIDDEN) to those who see the plan, NOT_FOUND to those who do not", async () => {
    // An approved plan seen by a partner on its team, the committee and an officer of one of its units.
    const { plan, units } = await planOf("APPROVED");
    const partnerOnTeam = await createActor("PARTNER_INSPECTOR");
    await db.planMember.create({ data: { planId: plan.id, userId: partnerOnTeam.actor.id, role: "MEMBER" } });
    const seers = [
      partnerOnTeam,
      await createActor("COMMITTEE_VIEWER"),
      await createActor("AGENCY_OFFICER", { agencyId: units.a.id }),
    ];
    for (const { actor } of seers) {
      const role = actor.role;
      expect(
        (
          await appError(
            addMember({ planId: plan.id, userId: lead.id, role: "MEMBER" }, { scope: scopeFor(actor), ip }),
          )
        ).code,
        role,
      ).toBe("FORBIDDEN");
    }
    const { plan: draft } = await planOf();
    for (const role of ["PARTNER_INSPECTOR", "COMMITTEE_VIEWER", "AGENCY_OFFICER"] as const) {
      const { actor } = await createActor(role);
      expect(
        (
          await appError(
            addMember({ planId: draft.id, userId: lead.id, role: "MEMBER" }, { scope: scopeFor(actor), ip }),
          )
        ).code,
        role,
      ).toBe("NOT_FOUND");
    }
    expect(await db.planMember.count({ where: { planId: plan.id } })).toBe(1);
    expect(await db.planMember.count({ where: { planId: draft.id } })).toBe(0);
  });
});

describe("saveVisit", () => {
  it("refuses a unit not on site, someone not on the team, and a member visiting their own unit", async () => {
    const { plan, units, targets } = await planOf();
    const leadMember = await addMember({ planId: plan.id, userId: lead.id, role: "LEAD" }, ctx());
    expect(await appError(saveVisit(visitForm(plan.id, targets.c, [leadMember.id]), ctx()))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { targetId: ["plans.errors.notOnSite"] },
    });

    const elsewhere = await planOf();
    const outsider = await addMember({ planId: elsewhere.plan.id, userId: partner.id, role: "MEMBER" }, ctx());
    expect(await appError(saveVisit(visitForm(plan.id, targets.a, [leadMember.id, outsider.id]), ctx()))).toMatchObject(
      { code: "VALIDATION", fieldErrors: { memberIds: ["plans.errors.notMember"] } },
    );
    expect(await appError(saveVisit(visitForm(plan.id, elsewhere.targets.a, [leadMember.id]), ctx()))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { targetId: ["plans.errors.unitNotFound"] },
    });

    // impartiality: a partner from unit A does not inspect unit A
    const insider = await createUser({ role: "PARTNER_INSPECTOR", name: "Lê Thị Mai", agencyId: units.a.id });
    const insiderMember = await addMember({ planId: plan.id, userId: insider.id, role: "MEMBER" }, ctx());
    const error = await appError(saveVisit(visitForm(plan.id, targets.a, [leadMember.id, insiderMember.id]), ctx()));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.memberIds?.map(inVi)).toEqual([
      "Không phân công kiểm tra đơn vị nơi mình công tác: Lê Thị Mai.",
    ]);
    expect(await db.planVisit.count({ where: { planId: plan.id } })).toBe(0);
    // …but may inspect unit B
    await saveVisit(visitForm(plan.id, targets.b, [insiderMember.id]), ctx());
    expect(await db.planVisit.count({ where: { planId: plan.id } })).toBe(1);
  });

  it("stores the visit at UTC+7, tells the unit's officers and the members, and tells them again only when it moves", async () => {
    const { plan, units, targets } = await planOf();
    const [officer, disabledOfficer, otherOfficer] = await Promise.all([
      createUser({ role: "AGENCY_OFFICER", agencyId: units.a.id }),
      createUser({ role: "AGENCY_OFFICER", agencyId: units.a.id, status: "DISABLED" }),
      createUser({ role: "AGENCY_OFFICER", agencyId: units.b.id }),
    ]);
    const members = [
      await addMember({ planId: plan.id, userId: lead.id, role: "LEAD" }, ctx()),
      await addMember({ planId: plan.id, userId: partner.id, role: "MEMBER" }, ctx()),
    ];
    const link = `/ke-hoach/${plan.id}`;
    const told = (user: User) => renderedNotifications({ userId: user.id, link });
    const mailed = async (user: User, subject: string) =>
      (await renderedEmailsTo(user.email)).filter((m) => m.subject === subject).length;

    const { id } = await saveVisit(
      visitForm(
        plan.id,
        targets.a,
        members.map((m) => m.id),
      ),
      ctx(),
    );
    const visit = await db.planVisit.findUniqueOrThrow({ where: { id }, include: { members: true } });
    expect(visit).toMatchObject({
      planId: plan.id,
      targetId: targets.a,
      startsAt: new Date("2051-06-15T02:00:00Z"),
      endsAt: new Date("2051-06-15T04:00:00Z"),
      note: null,
    });
    expect(visit.members.map((m) => m.memberId).sort()).toEqual(members.map((m) => m.id).sort());

    for (const user of [officer, lead, partner]) {
      const rows = await told(user);
      expect(
        rows.map((n) => [n.type, n.title]),
        user.role,
      ).toEqual([["plan.visit", `Lịch kiểm tra tại trụ sở: ${units.a.name}`]]);
      expect(rows[0]!.body).toContain(`kế hoạch ${plan.number} (2051)`);
      expect(await mailed(user, `Lịch kiểm tra tại trụ sở: ${units.a.name}`), user.role).toBe(1);
    }
    for (const user of [disabledOfficer, otherOfficer]) expect(await told(user), user.role).toEqual([]);
    expect(await db.notification.count({ where: { userId: admin.id, link } })).toBe(0);

    const saved = await auditRowsFor({ type: "plan", id: plan.id }, "plan.visit_saved");
    expect(saved.map((r) => [r.actorId, r.ip, r.data])).toEqual([
      [
        admin.id,
        ip,
        {
          visitId: id,
          agencyId: units.a.id,
          startsAt: "2051-06-15T02:00:00.000Z",
          endsAt: "2051-06-15T04:00:00.000Z",
          members: members.map((m) => (m.id === members[0]!.id ? lead.id : partner.id)),
          moved: false,
        },
      ],
    ]);

    // saved again at the same time (a new end and note): nobody is told
    await saveVisit(
      visitForm(
        plan.id,
        targets.a,
        members.map((m) => m.id),
        { visitId: id, end: "11:30", note: "Mang theo hồ sơ ISO" },
      ),
      ctx(),
    );
    expect(await db.planVisit.findUniqueOrThrow({ where: { id } })).toMatchObject({
      endsAt: new Date("2051-06-15T04:30:00Z"),
      note: "Mang theo hồ sơ ISO",
    });
    for (const user of [officer, lead, partner]) expect(await told(user)).toHaveLength(1);

    // moved to the next day: everyone is told again
    await saveVisit(
      visitForm(
        plan.id,
        targets.a,
        members.map((m) => m.id),
        { visitId: id, date: "16/06/2051", start: "07:30", end: "10:00" },
      ),
      ctx(),
    );
    expect(await db.planVisit.findUniqueOrThrow({ where: { id } })).toMatchObject({
      startsAt: new Date("2051-06-16T00:30:00Z"),
      endsAt: new Date("2051-06-16T03:00:00Z"),
    });
    for (const user of [officer, lead, partner]) {
      expect((await told(user)).map((n) => n.title)).toEqual([
        `Lịch kiểm tra tại trụ sở: ${units.a.name}`,
        `Đổi lịch kiểm tra tại trụ sở: ${units.a.name}`,
      ]);
    }
    expect(await mailed(officer, `Đổi lịch kiểm tra tại trụ sở: ${units.a.name}`)).toBe(1);
    expect(
      (await auditRowsFor({ type: "plan", id: plan.id }, "plan.visit_saved")).map(
        (r) => (r.data as { moved: boolean }).moved,
      ),
    ).toEqual([false, false, true]);
  });

  it("shows an inspector booked twice on a Viet Nam day and a unit visited twice as conflicts, without refusing them", async () => {
    const { plan, units, targets } = await planOf();
    const leadMember = await addMember({ planId: plan.id, userId: lead.id, role: "LEAD" }, ctx());
    const partnerMember = await addMember({ planId: plan.id, userId: partner.id, role: "MEMBER" }, ctx());
    // 06:30 on 15/06 in Viet Nam is still 14/06 in UTC
    const morning = await saveVisit(
      visitForm(plan.id, targets.a, [leadMember.id], { start: "06:30", end: "08:00" }),
      ctx(),
    );
    const afternoon = await saveVisit(
      visitForm(plan.id, targets.b, [leadMember.id, partnerMember.id], { start: "14:00", end: "16:00" }),
      ctx(),
    );
    const again = await saveVisit(visitForm(plan.id, targets.a, [partnerMember.id], { date: "20/06/2051" }), ctx());

    const detail = (await getPlan(scopeFor(admin), plan.id))!;
    expect(detail.visits.map((v) => v.id)).toEqual([morning.id, afternoon.id, again.id]);
    expect(detail.conflicts).toEqual([
      {
        kind: "inspectorDoubleBooked",
        memberName: "Nguyễn Thị Lan",
        day: "2051-06-15",
        visitIds: [morning.id, afternoon.id],
      },
      { kind: "unitVisitedTwice", agencyName: units.a.name, visitIds: [morning.id, again.id] },
    ]);
  });
});

describe("after approval", () => {
  it("keeps team and schedule editable while the plan's fields and scope are read-only", async () => {
    const { plan, units, targets } = await planOf("APPROVED");
    const member = await addMember({ planId: plan.id, userId: lead.id, role: "LEAD" }, ctx());
    const visit = await saveVisit(visitForm(plan.id, targets.a, [member.id]), ctx());
    expect(await db.planVisit.count({ where: { id: visit.id } })).toBe(1);

    const form = updatePlanSchema.parse({
      ...(await planForm(2051, { number: plan.number, title: "Đổi sau khi duyệt" })),
      id: plan.id,
      lockVersion: "0",
    });
    expect(await appError(updatePlan(form, ctx()))).toMatchObject({
      code: "FORBIDDEN",
      messageKey: "plans.errors.readOnly",
    });
    expect(await appError(setTarget(targetForm(plan.id, units.c.id, { onSite: "ENCOURAGED" }), ctx()))).toMatchObject({
      code: "FORBIDDEN",
      messageKey: "plans.errors.readOnly",
    });
    expect(await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      title: plan.title,
      lockVersion: 0,
    });
  });

  it("checks the plan's state inside the change: a cancellation committed while the change waits is seen, and nothing is added", async () => {
    const { plan } = await planOf("APPROVED");
    const { change } = await db.$transaction(async (tx) => {
      // Another administrator cancels the plan; the team change starts before that commits.
      await tx.$executeRaw`UPDATE inspection_plan SET status = 'CANCELLED' WHERE id = ${plan.id}::uuid`;
      const change = appError(addMember({ planId: plan.id, userId: partner.id, role: "MEMBER" }, ctx()));
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { change }; // wrapped, so the transaction commits without waiting for the change
    });
    expect(await change).toMatchObject({ code: "FORBIDDEN", messageKey: "plans.errors.readOnly" });
    expect(await db.planMember.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("closes team and schedule once the plan is cancelled", async () => {
    const { plan, targets } = await planOf("CANCELLED");
    expect(await appError(addMember({ planId: plan.id, userId: lead.id, role: "LEAD" }, ctx()))).toMatchObject({
      code: "FORBIDDEN",
      messageKey: "plans.errors.readOnly",
    });
    expect(await appError(saveVisit(visitForm(plan.id, targets.a, []), ctx()))).toMatchObject({
      code: "FORBIDDEN",
      messageKey: "plans.errors.readOnly",
    });
  });
});
