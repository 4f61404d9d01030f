import { beforeAll, describe, expect, it } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { Agency, InspectionPlan } from "@/lib/generated/prisma/client";
import { getPlan, listPlans } from "@/lib/plans/data";
import { setTarget } from "@/lib/plans/mutations";
import { setTargetSchema } from "@/lib/plans/schema";
import { createAgency } from "@/tests/factories/agencies";
import { createDraftPlan, insertPlan, targetForm } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

const ip = "198.51.100.23";
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
let admin: Actor;

beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
});

describe("the scope a new plan proposes", () => {
  const five = [
    "Ban Dân tộc",
    "Ban Thi đua - Khen thưởng",
    "Ban Tôn giáo",
    "Chi cục Quản lý Đất đai",
    "Chi cục Văn thư - Lưu trữ",
  ];

  it("takes each unit's QMS status on the plan date: a 2022 plan has the five bodies whose QMS dates from 02/2021, and the ⅓ rule counts 46", async () => {
    const { id } = await createDraftPlan(admin, 2022, { issuedOn: "14/02/2022" });
    const plan = (await getPlan(scopeFor(admin), id))!;
    const ofKind = (kind: string) => plan.targets.filter((t) => t.agency.kind.code === kind);
    expect([ofKind("co_quan_tinh").length, ofKind("ubnd_huyen").length, ofKind("ubnd_xa").length]).toEqual([
      35, 11, 156,
    ]);
    const names = new Set(ofKind("co_quan_tinh").map((t) => t.agency.name.normalize("NFC")));
    for (const name of five) expect(names.has(name.normalize("NFC")), name).toBe(true);
    expect(plan.summary!.rule).toEqual({ mandatoryInDossier: 46, required: 16, mandatoryOnSite: 0, ok: false });
  });

  it("leaves the five out of a plan dated before their QMS, by the registry's date alone", async () => {
    const bodies = await db.agency.findMany({
      where: { kind: { code: "co_quan_tinh" }, qmsSince: { not: null } },
      select: { name: true, qmsSince: true },
    });
    expect(bodies.map((b) => b.name.normalize("NFC")).sort()).toEqual(five.map((n) => n.normalize("NFC")).sort());
    expect(bodies.every((b) => b.qmsSince!.getTime() === utc(2021, 2, 28).getTime())).toBe(true);
    const { id } = await createDraftPlan(admin, 2021, { issuedOn: "27/02/2021" });
    const plan = (await getPlan(scopeFor(admin), id))!;
    expect(plan.targets.filter((t) => t.agency.kind.code === "co_quan_tinh")).toHaveLength(30);
    expect(plan.summary!.rule.mandatoryInDossier).toBe(41);
  });

  it("reads no note: a unit whose note says it is out of scope is proposed when it applies a QMS; one whose QMS comes later is not", async () => {
    const make = async (data: { note?: string; qmsSince?: Date; announcementDate?: Date }) => {
      const unit = await createAgency();
      return db.agency.update({ where: { id: unit.id }, data: { standardVersion: "ISO_9001_2015", ...data } });
    };
    const [noted, later, builtBeforeAnnounced, announcedLater] = await Promise.all([
      make({ note: "Xây dựng HTQLCL 12/2020–02/2021: không thuộc phạm vi kiểm tra năm 2021." }),
      make({ qmsSince: utc(2043, 3, 1) }),
      make({ qmsSince: utc(2042, 6, 1), announcementDate: utc(2043, 3, 1) }),
      make({ announcementDate: utc(2043, 3, 1) }),
    ]);
    const { id } = await createDraftPlan(admin, 2043, { issuedOn: "19/01/2043" });
    const ids = new Set(
      (await db.planTarget.findMany({ where: { planId: id }, select: { agencyId: true } })).map((t) => t.agencyId),
    );
    expect([noted, later, builtBeforeAnnounced, announcedLater].map((u) => ids.has(u.id))).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
});

describe("setTarget", () => {
  let planId: string;
  /** A seeded commune the registry proposed for the dossier. */
  let proposed: { id: string; agencyId: string };

  beforeAll(async () => {
    planId = (await createDraftPlan(admin, 2041, { issuedOn: "15/01/2041" })).id;
    proposed = await db.planTarget.findFirstOrThrow({
      where: { planId, agency: { kind: { code: "ubnd_xa" } } },
      select: { id: true, agencyId: true },
    });
  });

  const target = (agencyId: string) => db.planTarget.findUnique({ where: { planId_agencyId: { planId, agencyId } } });

  it("refuses to put in the dossier a unit not in force on the issue date", async () => {
    const [ended, notYet] = await Promise.all([
      createAgency({ validTo: utc(2041, 1, 14) }),
      createAgency({ validFrom: utc(2041, 1, 16) }),
    ]);
    for (const unit of [ended, notYet]) {
      const error = await appError(
        setTarget(targetForm(planId, unit.id, { reason: "Bổ sung theo đề nghị của Sở Nội vụ" }), {
          scope: scopeFor(admin),
          ip,
        }),
      );
      expect(error, unit.name).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { agencyId: ["plans.errors.unitInactive"] },
      });
      expect(await target(unit.id)).toBeNull();
    }
    // a unit ending on the issue date is still in force that day
    const lastDay = await createAgency({ validTo: utc(2041, 1, 15) });
    await setTarget(targetForm(planId, lastDay.id, { reason: "Bổ sung" }), { scope: scopeFor(admin), ip });
    expect(await target(lastDay.id)).toMatchObject({ inDossier: true });
  });

  it("needs a reason to leave out a proposed unit, and keeps it", async () => {
    const error = await appError(
      setTarget(targetForm(planId, proposed.agencyId, { inDossier: false }), { scope: scopeFor(admin), ip }),
    );
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { dossierReason: ["plans.errors.reason"] } });
    expect(await target(proposed.agencyId)).toMatchObject({ inDossier: true, dossierReason: null });

    const reason = "Đã kiểm tra tại trụ sở năm trước, kết quả đạt";
    expect(
      await setTarget(targetForm(planId, proposed.agencyId, { inDossier: false, reason }), {
        scope: scopeFor(admin),
        ip,
      }),
    ).toEqual({ id: proposed.id });
    expect(await target(proposed.agencyId)).toMatchObject({ inDossier: false, dossierReason: reason, onSite: false });
    const [row] = await auditRowsFor({ type: "plan", id: planId }, "plan.target_set").then((rows) =>
      rows.filter((r) => (r.data as { agencyId: string }).agencyId === proposed.agencyId),
    );
    expect(row).toMatchObject({
      actorId: admin.id,
      ip,
      data: {
        agencyId: proposed.agencyId,
        inDossier: false,
        dossierReason: reason,
        onSite: false,
        onSiteCategory: null,
        rationale: null,
      },
    });

    // taking it back needs no reason
    await setTarget(targetForm(planId, proposed.agencyId), { scope: scopeFor(admin), ip });
    expect(await target(proposed.agencyId)).toMatchObject({ inDossier: true });
  });

  it("needs a reason to add a unit the registry did not propose", async () => {
    const unit = await createAgency();
    expect(await appError(setTarget(targetForm(planId, unit.id), { scope: scopeFor(admin), ip }))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { dossierReason: ["plans.errors.reason"] },
    });
    expect(await target(unit.id)).toBeNull();
    await setTarget(targetForm(planId, unit.id, { reason: "Đơn vị mới công bố HTQLCL" }), {
      scope: scopeFor(admin),
      ip,
    });
    expect(await target(unit.id)).toMatchObject({ inDossier: true, dossierReason: "Đơn vị mới công bố HTQLCL" });
  });

  it("puts a unit on site with its category and rationale, and takes it off again with its visits", async () => {
    await setTarget(targetForm(planId, proposed.agencyId, { onSite: "ENCOURAGED" }), { scope: scopeFor(admin), ip });
    expect(await target(proposed.agencyId)).toMatchObject({
      inDossier: true,
      onSite: true,
      onSiteCategory: "ENCOURAGED",
      rationale: "Chưa được kiểm tra tại trụ sở trong 3 năm gần đây",
    });
    await db.planVisit.create({
      data: {
        planId,
        targetId: proposed.id,
        startsAt: new Date("2041-06-15T02:00:00Z"),
        endsAt: new Date("2041-06-15T04:00:00Z"),
      },
    });

    await setTarget(targetForm(planId, proposed.agencyId), { scope: scopeFor(admin), ip });
    expect(await target(proposed.agencyId)).toMatchObject({
      inDossier: true,
      onSite: false,
      onSiteCategory: null,
      rationale: null,
    });
    expect(await db.planVisit.count({ where: { targetId: proposed.id } })).toBe(0);
  });

  it("refuses on site without the dossier in the schema, before any use case runs", () => {
    const result = setTargetSchema.safeParse({
      planId,
      agencyId: proposed.agencyId,
      onSite: "on",
      onSiteCategory: "MANDATORY",
      rationale: "Kiểm tra",
      dossierReason: "",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["onSite", "plans.errors.onSiteNotInDossier"],
    ]);
  });

  it("refuses an unknown unit, and people outside DOST (FORBIDDEN when they see the draft, else NOT_FOUND)", async () => {
    expect(
      await appError(
        setTarget(targetForm(planId, "00000000-0000-4000-8000-000000000000", { reason: "x" }), {
          scope: scopeFor(admin),
          ip,
        }),
      ),
    ).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { agencyId: ["plans.errors.unitNotFound"] },
    });
    const refusal = async (actor: Actor) =>
      (
        await appError(
          setTarget(targetForm(planId, proposed.agencyId, { inDossier: false, reason: "x" }), {
            scope: scopeFor(actor),
            ip,
          }),
        )
      ).code;
    const [committee, partner, officer] = await Promise.all([
      createActor("COMMITTEE_VIEWER"),
      createActor("PARTNER_INSPECTOR"),
      createActor("AGENCY_OFFICER", { agencyId: proposed.agencyId }),
    ]);
    // Nobody outside DOST sees a draft never submitted, nor a partner off its team: its id does not leak.
    for (const { actor } of [committee, partner, officer]) expect(await refusal(actor), actor.role).toBe("NOT_FOUND");
    // Once the committee has seen it (submitted and returned) and the partner is on the team, they see it: refused.
    await db.inspectionPlan.update({ where: { id: planId }, data: { submittedAt: new Date() } });
    await db.planMember.create({ data: { planId, userId: partner.actor.id, role: "MEMBER" } });
    try {
      for (const { actor } of [committee, partner]) expect(await refusal(actor), actor.role).toBe("FORBIDDEN");
      // An officer never sees a draft, even of a plan their unit is in.
      expect(await refusal(officer.actor)).toBe("NOT_FOUND");
    } finally {
      await db.inspectionPlan.update({ where: { id: planId }, data: { submittedAt: null } });
      await db.planMember.deleteMany({ where: { planId, userId: partner.actor.id } });
    }
    expect(await target(proposed.agencyId)).toMatchObject({ inDossier: true });
  });
});

describe("who sees which plan", () => {
  let own: Agency;
  let other: Agency;
  let partner: Actor;
  let plans: Record<"draft" | "submitted" | "returned" | "approved" | "elsewhere", InspectionPlan>;
  let ownVisitId: string;
  let otherVisitId: string;

  beforeAll(async () => {
    [own, other] = await Promise.all([createAgency(), createAgency()]);
    partner = (await createActor("PARTNER_INSPECTOR")).actor;
    const both = [
      { agencyId: own.id, onSite: "MANDATORY" as const },
      { agencyId: other.id, onSite: "MANDATORY" as const },
    ];
    const team = [{ userId: partner.id, role: "MEMBER" as const }];
    const [draft, submitted, returned, approved, elsewhere] = await Promise.all([
      insertPlan({ createdById: admin.id, year: 2042, targets: both, members: team }),
      insertPlan({ createdById: admin.id, year: 2042, status: "SUBMITTED", targets: both }),
      insertPlan({ createdById: admin.id, year: 2042, submittedAt: utc(2042, 1, 20), targets: both }),
      insertPlan({ createdById: admin.id, year: 2042, status: "APPROVED", targets: both, members: team }),
      insertPlan({ createdById: admin.id, year: 2042, status: "APPROVED", targets: [{ agencyId: other.id }] }),
    ]);
    plans = { draft, submitted, returned, approved, elsewhere };
    const targets = await db.planTarget.findMany({ where: { planId: approved.id } });
    const member = await db.planMember.findFirstOrThrow({ where: { planId: approved.id } });
    const visit = (agencyId: string, day: number) =>
      db.planVisit.create({
        data: {
          planId: approved.id,
          targetId: targets.find((t) => t.agencyId === agencyId)!.id,
          startsAt: utc(2042, 6, day),
          endsAt: utc(2042, 6, day),
          members: { create: [{ memberId: member.id }] },
        },
      });
    [ownVisitId, otherVisitId] = await Promise.all([
      visit(own.id, 15).then((v) => v.id),
      visit(other.id, 16).then((v) => v.id),
    ]);
  });

  /** Which of this file's plans the actor's list shows (the list also holds other files' plans). */
  async function listed(actor: Actor) {
    const ids = new Set((await listPlans(scopeFor(actor))).map((p) => p.id));
    return Object.entries(plans)
      .filter(([, plan]) => ids.has(plan.id))
      .map(([name]) => name);
  }

  it.each(["DOST_ADMIN", "DOST_INSPECTOR"] as const)("%s sees every plan, drafts included", async (role) => {
    const { actor } = await createActor(role);
    expect(await listed(actor)).toEqual(["draft", "submitted", "returned", "approved", "elsewhere"]);
    expect((await getPlan(scopeFor(actor), plans.draft.id))?.targets).toHaveLength(2);
  });

  it("the committee sees plans once submitted, returned ones included, but not a draft never submitted", async () => {
    const { actor } = await createActor("COMMITTEE_VIEWER");
    expect(await listed(actor)).toEqual(["submitted", "returned", "approved", "elsewhere"]);
    expect(await getPlan(scopeFor(actor), plans.draft.id)).toBeNull();
    const returned = await getPlan(scopeFor(actor), plans.returned.id);
    expect(returned?.targets).toHaveLength(2);
    expect(returned?.summary?.rule).toEqual({ mandatoryInDossier: 0, required: 0, mandatoryOnSite: 0, ok: true });
  });

  it("a partner inspector sees only the plans whose team they are on", async () => {
    expect(await listed(partner)).toEqual(["draft", "approved"]);
    expect((await getPlan(scopeFor(partner), plans.approved.id))?.targets).toHaveLength(2);
    expect(await getPlan(scopeFor(partner), plans.submitted.id)).toBeNull();
    const { actor: stranger } = await createActor("PARTNER_INSPECTOR");
    expect(await listed(stranger)).toEqual([]);
  });

  it("an agency officer sees approved plans that target their unit, and only their own part of them", async () => {
    const { actor } = await createActor("AGENCY_OFFICER", { agencyId: own.id });
    expect(await listed(actor)).toEqual(["approved"]);

    const plan = (await getPlan(scopeFor(actor), plans.approved.id))!;
    expect(plan.targets.map((t) => t.agencyId)).toEqual([own.id]);
    const otherTarget = await db.planTarget.findFirstOrThrow({
      where: { planId: plans.approved.id, agencyId: other.id },
    });
    expect(JSON.stringify(plan)).not.toContain(otherTarget.id);
    expect(JSON.stringify(plan)).not.toContain(other.id);
    expect(plan.visits.map((v) => v.id)).toEqual([ownVisitId]);
    expect(JSON.stringify(plan)).not.toContain(otherVisitId);
    expect(plan.members).toEqual([]);
    expect(plan.events).toEqual([]);
    expect(plan.summary).toBeNull();
    expect(plan.conflicts).toEqual([]);

    for (const name of ["draft", "submitted", "returned", "elsewhere"] as const)
      expect(await getPlan(scopeFor(actor), plans[name].id), name).toBeNull();
  });

  it("an agency officer of another unit, or of none, sees none of them", async () => {
    const { actor: stranger } = await createActor("AGENCY_OFFICER");
    expect(await listed(stranger)).toEqual([]);
    expect(await getPlan(scopeFor(stranger), plans.approved.id)).toBeNull();
    const { actor: homeless } = await createActor("AGENCY_OFFICER", { agencyId: null });
    expect(await listed(homeless)).toEqual([]);
  });
});
