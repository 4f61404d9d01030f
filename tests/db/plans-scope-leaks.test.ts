import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { assignInspections } from "@/lib/inspections/assignment/mutations";
import { setTarget, updatePlan } from "@/lib/plans/mutations";
import { updatePlanSchema, visitSchema } from "@/lib/plans/schema";
import { removeVisit, saveVisit } from "@/lib/plans/schedule/mutations";
import { addMember, removeMember } from "@/lib/plans/team/mutations";
import { amendPlan, copyPlan } from "@/lib/plans/versions/mutations";
import { transitionPlan } from "@/lib/plans/workflow/mutations";
import { createAgency } from "@/tests/factories/agencies";
import { approvedPlanWithInspections, qmsUnit } from "@/tests/factories/inspections";
import { insertPlan, planForm, targetForm, uniquePlanNumber } from "@/tests/factories/plans";
import { createActor, createUser } from "@/tests/factories/users";
import { appError } from "@/tests/support/errors";

/*
 * Every plan use case loads its plan through the caller's scope, before any policy is asked: a plan out of
 * sight answers NOT_FOUND (its id does not leak), even for a change the policy would refuse anyway. Each case
 * calls the mutation directly with another unit's officer's scope, as a forgotten check would.
 */

let admin: Actor;
let officer: Actor;
let otherUnitPlan: { id: string; memberId: string; targetId: string; visitId: string };
let ownUnitPlanId: string;

beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
  const [own, other] = await Promise.all([createAgency(), createAgency()]);
  officer = (await createActor("AGENCY_OFFICER", { agencyId: own.id })).actor;
  const inspector = await createUser({ role: "DOST_INSPECTOR" });
  const plan = await insertPlan({
    createdById: admin.id,
    year: 2052,
    status: "APPROVED",
    targets: [{ agencyId: other.id, onSite: "MANDATORY" }],
    members: [{ userId: inspector.id, role: "LEAD" }],
  });
  const [member, target] = await Promise.all([
    db.planMember.findFirstOrThrow({ where: { planId: plan.id } }),
    db.planTarget.findFirstOrThrow({ where: { planId: plan.id } }),
  ]);
  const visit = await db.planVisit.create({
    data: {
      planId: plan.id,
      targetId: target.id,
      startsAt: new Date("2052-06-15T02:00:00Z"),
      endsAt: new Date("2052-06-15T04:00:00Z"),
    },
  });
  otherUnitPlan = { id: plan.id, memberId: member.id, targetId: target.id, visitId: visit.id };
  ownUnitPlanId = (
    await insertPlan({ createdById: admin.id, year: 2052, status: "APPROVED", targets: [{ agencyId: own.id }] })
  ).id;
});

const asOfficer = () => ({ scope: scopeFor(officer), ip: null });

describe("a plan out of the scope's sight is NOT_FOUND to every plan use case", () => {
  it("content: updatePlan and setTarget", async () => {
    const fields = updatePlanSchema.parse({ ...(await planForm(2052)), id: otherUnitPlan.id, lockVersion: "0" });
    expect((await appError(updatePlan(fields, asOfficer()))).code).toBe("NOT_FOUND");
    const unit = await createAgency();
    expect((await appError(setTarget(targetForm(otherUnitPlan.id, unit.id), asOfficer()))).code).toBe("NOT_FOUND");
  });

  it("workflow, amendment and copy", async () => {
    expect(
      (await appError(transitionPlan({ action: "cancel", id: otherUnitPlan.id, reason: "Thử" }, asOfficer()))).code,
    ).toBe("NOT_FOUND");
    expect((await appError(amendPlan({ id: otherUnitPlan.id }, asOfficer()))).code).toBe("NOT_FOUND");
    // Copying is refused by the policy before any plan is read (an officer never creates a plan).
    const copy = { fromId: otherUnitPlan.id, year: 2053, number: uniquePlanNumber(), issuedOn: new Date() };
    expect((await appError(copyPlan(copy, asOfficer()))).code).toBe("FORBIDDEN");
  });

  it("team and schedule", async () => {
    const user = await createUser({ role: "DOST_INSPECTOR" });
    const cases = [
      () => addMember({ planId: otherUnitPlan.id, userId: user.id, role: "MEMBER" }, asOfficer()),
      () => removeMember({ planId: otherUnitPlan.id, memberId: otherUnitPlan.memberId }, asOfficer()),
      () =>
        saveVisit(
          visitSchema.parse({
            planId: otherUnitPlan.id,
            targetId: otherUnitPlan.targetId,
            memberIds: [otherUnitPlan.memberId],
            date: "16/06/2052",
            start: "09:00",
            end: "11:00",
            visitId: "",
            note: "",
          }),
          asOfficer(),
        ),
      () => removeVisit({ planId: otherUnitPlan.id, visitId: otherUnitPlan.visitId }, asOfficer()),
    ];
    for (const change of cases) expect((await appError(change())).code).toBe("NOT_FOUND");
    // Nothing changed behind the refusals.
    expect(await db.planVisit.count({ where: { id: otherUnitPlan.visitId } })).toBe(1);
    expect(await db.planMember.count({ where: { planId: otherUnitPlan.id } })).toBe(1);
  });

  it("a plan the officer's unit is in is visible, and the policy refuses the change (FORBIDDEN)", async () => {
    expect(
      (await appError(transitionPlan({ action: "cancel", id: ownUnitPlanId, reason: "Thử" }, asOfficer()))).code,
    ).toBe("FORBIDDEN");
    expect((await appError(amendPlan({ id: ownUnitPlanId }, asOfficer()))).code).toBe("FORBIDDEN");
  });

  it("a partner inspector off the team, and the committee before submission, do not see the plan either", async () => {
    const partner = (await createActor("PARTNER_INSPECTOR")).actor;
    const committee = (await createActor("COMMITTEE_VIEWER")).actor;
    const draft = await insertPlan({ createdById: admin.id, year: 2052, status: "DRAFT" });
    expect(
      (
        await appError(
          addMember(
            { planId: otherUnitPlan.id, userId: partner.id, role: "MEMBER" },
            {
              scope: scopeFor(partner),
              ip: null,
            },
          ),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await appError(
          transitionPlan(
            { action: "return", id: draft.id, comment: "Thử" },
            {
              scope: scopeFor(committee),
              ip: null,
            },
          ),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });
});

describe("assigning inspections in bulk within the scope", () => {
  it("another unit's inspections are refused as not in the plan, whatever the caller's role on the team", async () => {
    const unit = await qmsUnit();
    const { plan } = await approvedPlanWithInspections({ createdById: admin.id, units: [{ agencyId: unit.id }] });
    const inspections = await db.inspection.findMany({ where: { planId: plan.id }, select: { id: true } });
    const error = await appError(
      assignInspections({ planId: plan.id, inspectionIds: inspections.map((i) => i.id), memberIds: [] }, asOfficer()),
    );
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { inspectionIds: ["inspections.errors.notInPlan"] },
    });
    expect(await db.inspectionAssignee.count({ where: { inspectionId: { in: inspections.map((i) => i.id) } } })).toBe(
      0,
    );
  });
});
