import { beforeAll, describe, expect, it } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { saveInspectionItem } from "@/lib/inspections/checklist/mutations";
import { listProposals } from "@/lib/plans/proposal/data";
import { acceptAllProposals, decideProposal, proposeOnSiteList } from "@/lib/plans/proposal/mutations";
import { decideProposalSchema } from "@/lib/plans/schema";
import { approvedPlanWithInspections, inspectionOf, qmsUnit } from "@/tests/factories/inspections";
import { createDraftPlan, insertPlan } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

const ip = "198.51.100.63";
let admin: Actor;
let lead: Actor;

beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
  lead = (await createActor("DOST_INSPECTOR")).actor;
});

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const ctx = () => ({ scope: scopeFor(admin), ip });

/**
 * Three mandatory units inspected under a 2024 plan: the first left a major nonconformity open and overdue
 * after a dossier review; the two others were visited on site and found conforming. Then a 2025 draft.
 */
async function setup() {
  const [risky, calm1, calm2] = await Promise.all([qmsUnit(), qmsUnit(), qmsUnit()]);
  // Provincial bodies: ISO 9001 is mandatory for them, so they are proposed in the mandatory category.
  await db.agency.updateMany({
    where: { id: { in: [risky.id, calm1.id, calm2.id] } },
    // In force from 2024 only, so that no other file's 2021 plan proposes them (its one-third counts).
    data: { isoRequirement: "MANDATORY", validFrom: utc(2024, 1, 1) },
  });
  const { plan: previous } = await approvedPlanWithInspections({
    createdById: admin.id,
    year: 2024,
    units: [
      { agencyId: risky.id },
      { agencyId: calm1.id, onSite: "MANDATORY" },
      { agencyId: calm2.id, onSite: "MANDATORY" },
    ],
    members: [{ userId: lead.id, role: "LEAD" }],
  });
  const dossier = await inspectionOf(previous.id, risky.id, "DOSSIER");
  const item = dossier.items.find((i) => i.checklistItem.clause === "8.5")!;
  const saved = await saveInspectionItem(
    { inspectionId: dossier.id, itemId: item.id, version: 0, result: "MAJOR_NC", note: "" },
    { scope: scopeFor(lead), ip },
  );
  await db.finding.update({ where: { id: saved.finding!.id }, data: { dueDate: utc(2024, 8, 1) } });
  for (const unit of [calm1, calm2]) {
    const onSite = await inspectionOf(previous.id, unit.id, "ON_SITE");
    await db.inspectionItem.updateMany({ where: { inspectionId: onSite.id }, data: { result: "CONFORM" } });
    await db.inspection.update({
      where: { id: onSite.id },
      data: {
        status: "SIGNED_OFF",
        overallResult: "CONFORMING",
        startedAt: utc(2024, 5, 1),
        signedOffAt: utc(2024, 5, 2),
      },
    });
  }
  const draft = await insertPlan({
    createdById: admin.id,
    year: 2025,
    targets: [{ agencyId: risky.id }, { agencyId: calm1.id }, { agencyId: calm2.id }],
  });
  return { draft, risky, calm1, calm2 };
}

const target = (planId: string, agencyId: string) =>
  db.planTarget.findUniqueOrThrow({ where: { planId_agencyId: { planId, agencyId } } });

describe("the risk-based on-site proposal", () => {
  it("proposes the unit with an overdue major nonconformity from the previous year, with that reason; not the calm ones", async () => {
    const { draft, risky, calm1, calm2 } = await setup();
    expect(await proposeOnSiteList({ planId: draft.id }, ctx())).toEqual({ units: 3, proposed: 1 });
    const stored = await db.onSiteProposal.findMany({ where: { planId: draft.id } });
    const of = (id: string) => stored.find((p) => p.agencyId === id)!;
    expect(of(risky.id)).toMatchObject({ proposed: true, category: "MANDATORY", decision: null });
    // One nonconformity overdue 15, never on site 15, no record of the 2024 plan accepted 10.
    expect(of(risky.id).reasons).toEqual([
      { key: "overdue", params: { count: 1 } },
      { key: "neverOnSite" },
      { key: "recordsIncomplete", params: { percent: 0 } },
    ]);
    expect(of(risky.id).score).toBe(40);
    // Visited on site in 2024 and conforming: only the missing records count, short of the threshold.
    expect(of(calm1.id)).toMatchObject({
      proposed: false,
      score: 10,
      reasons: [{ key: "recordsIncomplete", params: { percent: 0 } }],
    });
    expect(of(calm2.id)).toMatchObject({ proposed: false, score: 10 });
    // Nothing in the plan changes until DOST decides.
    expect((await target(draft.id, risky.id)).onSite).toBe(false);
    const list = await listProposals(scopeFor(admin), draft.id);
    expect(list.total).toBe(3);
    expect(list.rows.map((r) => r.agencyId)).toEqual([risky.id]);
    expect(await auditRowsFor({ type: "plan", id: draft.id }, "plan.proposal_made")).toHaveLength(1);
  });

  it("is made when a plan is drafted, one row per unit of the proposed dossier scope", async () => {
    const { id } = await createDraftPlan(admin, 2026);
    const targets = await db.planTarget.count({ where: { planId: id, inDossier: true } });
    expect(targets).toBeGreaterThan(0);
    expect(await db.onSiteProposal.count({ where: { planId: id } })).toBe(targets);
  });

  it("accepts or changes unit by unit, then accepts the rest; audited", async () => {
    const { draft, risky, calm1, calm2 } = await setup();
    await proposeOnSiteList({ planId: draft.id }, ctx());
    await decideProposal(
      decideProposalSchema.parse({ planId: draft.id, agencyId: risky.id, decision: "ACCEPTED" }),
      ctx(),
    );
    expect(await target(draft.id, risky.id)).toMatchObject({ onSite: true, onSiteCategory: "MANDATORY" });

    const noReason = decideProposalSchema.safeParse({
      planId: draft.id,
      agencyId: calm1.id,
      decision: "CHANGED",
      onSite: "true",
      onSiteCategory: "MANDATORY",
    });
    expect(noReason.success).toBe(false);
    expect(noReason.error!.issues.map((i) => i.message)).toContain("plans.proposal.errors.note");
    await decideProposal(
      decideProposalSchema.parse({
        planId: draft.id,
        agencyId: calm1.id,
        decision: "CHANGED",
        onSite: "true",
        onSiteCategory: "MANDATORY",
        note: "Đơn vị mới sáp nhập, cần kiểm tra thực tế",
      }),
      ctx(),
    );
    expect(await target(draft.id, calm1.id)).toMatchObject({ onSite: true, onSiteCategory: "MANDATORY" });
    expect(
      await db.onSiteProposal.findUniqueOrThrow({
        where: { planId_agencyId: { planId: draft.id, agencyId: calm1.id } },
      }),
    ).toMatchObject({
      decision: "CHANGED",
      decisionNote: "Đơn vị mới sáp nhập, cần kiểm tra thực tế",
      decidedById: admin.id,
    });

    expect(await acceptAllProposals({ planId: draft.id }, ctx())).toEqual({ units: 1, proposed: 0 });
    expect(await target(draft.id, calm2.id)).toMatchObject({ onSite: false, onSiteCategory: null });
    expect(await db.onSiteProposal.count({ where: { planId: draft.id, decision: null } })).toBe(0);
    const audit = await auditRowsFor({ type: "plan", id: draft.id });
    expect(audit.map((a) => a.type)).toEqual(
      expect.arrayContaining(["plan.proposal_decided", "plan.proposal_decided", "plan.proposal_accepted_all"]),
    );
  });

  it("is refused once the plan is submitted, and changes nothing", async () => {
    const { draft, risky } = await setup();
    await proposeOnSiteList({ planId: draft.id }, ctx());
    await db.inspectionPlan.update({ where: { id: draft.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    const decided = await appError(
      decideProposal(decideProposalSchema.parse({ planId: draft.id, agencyId: risky.id, decision: "ACCEPTED" }), ctx()),
    );
    expect([decided.code, decided.message]).toEqual(["CONFLICT", "plans.proposal.errors.notDraft"]);
    expect((await appError(acceptAllProposals({ planId: draft.id }, ctx()))).code).toBe("CONFLICT");
    expect((await appError(proposeOnSiteList({ planId: draft.id }, ctx()))).code).toBe("CONFLICT");
    expect((await target(draft.id, risky.id)).onSite).toBe(false);
    expect(await db.onSiteProposal.count({ where: { planId: draft.id, decision: { not: null } } })).toBe(0);
  });

  it("is not for the inspectors' or the units' hands", async () => {
    const { draft, risky } = await setup();
    const officer = (await createActor("AGENCY_OFFICER", { agencyId: risky.id })).actor;
    const refused = await appError(proposeOnSiteList({ planId: draft.id }, { scope: scopeFor(officer), ip }));
    expect(["NOT_FOUND", "FORBIDDEN"]).toContain(refused.code);
    expect(await db.onSiteProposal.count({ where: { planId: draft.id } })).toBe(0);
  });
});
