import { beforeAll, describe, expect, it } from "vitest";
import { messageText, type ErrorMessage } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { roles } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { User } from "@/lib/generated/prisma/client";
import { getPlan } from "@/lib/plans/data";
import { createPlan, setTarget, updatePlan } from "@/lib/plans/mutations";
import { transitionPlan } from "@/lib/plans/workflow/mutations";
import { planFieldsSchema, updatePlanSchema } from "@/lib/plans/schema";
import { createAgency } from "@/tests/factories/agencies";
import { createDraftPlan, insertPlan, planForm, targetForm, uniquePlanNumber } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";
import { renderedEmailsTo, renderedNotifications } from "@/tests/support/messages";

/** A use case's message as each reader sees it. */
const inVi = (m: ErrorMessage) => messageText(createTranslator("vi").raw, m);
const inEn = (m: ErrorMessage) => messageText(createTranslator("en").raw, m);

const ip = "198.51.100.21";
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const seededKinds = ["co_quan_tinh", "ubnd_huyen", "ubnd_xa"];
let admin: Actor;
let inspector: Actor;
let committee: { user: User; actor: Actor };
let committee2: Actor;

beforeAll(async () => {
  [admin, inspector, committee, committee2] = await Promise.all([
    createActor("DOST_ADMIN").then((a) => a.actor),
    createActor("DOST_INSPECTOR").then((a) => a.actor),
    createActor("COMMITTEE_VIEWER"),
    createActor("COMMITTEE_VIEWER").then((a) => a.actor),
  ]);
});

const planTarget = (id: string) => ({ type: "plan", id });
const status = async (id: string) => (await db.inspectionPlan.findUniqueOrThrow({ where: { id } })).status;

/** A unit of the test kind that applies ISO 9001:2015, in force only on the given days. */
async function qmsUnit(
  from: Date,
  to: Date,
  data: { standardVersion?: "ISO_9001_2015" | "NONE"; announcementDate?: Date } = {},
) {
  const unit = await createAgency({ validFrom: from, validTo: to });
  return db.agency.update({
    where: { id: unit.id },
    data: { standardVersion: data.standardVersion ?? "ISO_9001_2015", announcementDate: data.announcementDate ?? null },
  });
}

describe("createPlan", () => {
  it("proposes the dossier scope from the registry on the issue date: the 197 seeded units of 2021", async () => {
    // Units of the test kind in force only around 19/01/2021: proposed only when they apply a QMS announced by then.
    const january = [utc(2021, 1, 1), utc(2021, 1, 31)] as const;
    const [inForce, ended, later, noQms, announcedLater] = await Promise.all([
      qmsUnit(...january),
      qmsUnit(utc(2021, 1, 1), utc(2021, 1, 18)),
      qmsUnit(utc(2021, 1, 20), utc(2021, 1, 31)),
      qmsUnit(...january, { standardVersion: "NONE" }),
      qmsUnit(...january, { announcementDate: utc(2021, 1, 20) }),
    ]);

    const { id, fields } = await createDraftPlan(admin, 2021);
    const plan = (await getPlan(scopeFor(admin), id))!;
    expect(plan).toMatchObject({
      year: 2021,
      number: fields.number,
      version: 1,
      status: "DRAFT",
      issuedOn: utc(2021, 1, 19),
      createdById: admin.id,
      submittedAt: null,
    });

    const seeded = plan.targets.filter((t) => seededKinds.includes(t.agency.kind.code));
    const byKind = Object.fromEntries(
      seededKinds.map((kind) => [kind, seeded.filter((t) => t.agency.kind.code === kind).length]),
    );
    expect(byKind).toEqual({ co_quan_tinh: 30, ubnd_huyen: 11, ubnd_xa: 156 });
    expect(seeded.every((t) => t.inDossier && !t.onSite && t.onSiteCategory === null && t.dossierReason === null)).toBe(
      true,
    );
    // The five provincial bodies whose QMS dates from after the plan date are left out, by that date alone.
    const later2021 = await db.agency.findMany({
      where: { qmsSince: { gt: utc(2021, 1, 19) }, kind: { code: "co_quan_tinh" } },
      select: { id: true },
    });
    expect(later2021).toHaveLength(5);
    const ids = new Set(plan.targets.map((t) => t.agencyId));
    expect(later2021.filter((n) => ids.has(n.id))).toEqual([]);

    expect(ids.has(inForce.id)).toBe(true);
    for (const unit of [ended, later, noQms, announcedLater]) expect(ids.has(unit.id), unit.name).toBe(false);

    expect(plan.summary!.rule).toEqual({ mandatoryInDossier: 41, required: 14, mandatoryOnSite: 0, ok: false });
    expect(plan.events.map((e) => [e.action, e.actorId])).toEqual([["created", admin.id]]);
    const rows = await auditRowsFor(planTarget(id));
    // The risk-based on-site proposal is made with the draft (issue 14), in the same transaction.
    expect(rows.map((r) => [r.type, r.actorId, r.ip])).toEqual([
      ["plan.created", admin.id, null],
      ["plan.proposal_made", admin.id, null],
    ]);
    expect(rows[0]!.data).toEqual({ year: 2021, number: fields.number, targets: plan.targets.length });
    expect(rows[1]!.data).toMatchObject({ units: plan.targets.length });
  });

  it("refuses a number already taken in the same year, and takes it in another year", async () => {
    const number = uniquePlanNumber(14);
    await createDraftPlan(admin, 2021, { number });
    const duplicate = planFieldsSchema.parse(await planForm(2021, { number, issuedOn: "14/02/2021" }));
    const error = await appError(createPlan(duplicate, { scope: scopeFor(admin), ip }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { number: ["plans.errors.numberTaken"] } });
    expect(await db.inspectionPlan.count({ where: { number, year: 2021 } })).toBe(1);

    const { id } = await createDraftPlan(admin, 2022, { number, issuedOn: "14/02/2022" });
    expect(await db.inspectionPlan.findUniqueOrThrow({ where: { id } })).toMatchObject({ year: 2022, number });
  });

  it.each(roles.filter((r) => r !== "DOST_ADMIN" && r !== "DOST_INSPECTOR"))(
    "refuses %s as FORBIDDEN and creates nothing",
    async (role) => {
      const { actor } = await createActor(role);
      const fields = planFieldsSchema.parse(await planForm(2023));
      expect((await appError(createPlan(fields, { scope: scopeFor(actor), ip }))).code).toBe("FORBIDDEN");
      expect(await db.inspectionPlan.count({ where: { number: fields.number } })).toBe(0);
    },
  );
});

describe("the workflow of a plan", () => {
  it("goes from draft to approved through the committee, enforcing the one-third rule, notifying and auditing each step", async () => {
    const { id, fields } = await createDraftPlan(admin, 2021);
    const name = `${fields.number} (2021)`;
    const before = await getPlan(scopeFor(admin), id);
    const byCode = (kind: string) =>
      before!.targets
        .filter((t) => t.agency.kind.code === kind)
        .sort((a, b) => (a.agency.code < b.agency.code ? -1 : 1));
    // 10 provincial + 4 district units on site, as in 2021; and one commune on top.
    const mandatory = [...byCode("co_quan_tinh").slice(0, 10), ...byCode("ubnd_huyen").slice(0, 4)];
    const commune = byCode("ubnd_xa")[0]!;

    for (const t of mandatory.slice(0, 13))
      await setTarget(targetForm(id, t.agencyId, { onSite: "MANDATORY" }), { scope: scopeFor(admin), ip });
    await setTarget(targetForm(id, commune.agencyId, { onSite: "ENCOURAGED" }), { scope: scopeFor(inspector), ip });

    const refused = await appError(transitionPlan({ action: "submit", id }, { scope: scopeFor(admin), ip }));
    expect(refused).toMatchObject({ code: "VALIDATION", messageKey: "plans.workflow.cannotSubmit" });
    expect(refused.fieldErrors?._form?.map(inVi)).toEqual([
      "Kiểm tra tại trụ sở phải có ít nhất 14 đơn vị bắt buộc (1/3 của 41); hiện có 13.",
    ]);
    expect(refused.fieldErrors?._form?.map(inEn)).toEqual([
      "At least 14 mandatory units (one third of 41) must be checked on site; now 13.",
    ]);
    expect(await status(id)).toBe("DRAFT");

    await setTarget(targetForm(id, mandatory[13]!.agencyId, { onSite: "MANDATORY" }), { scope: scopeFor(admin), ip });
    expect((await getPlan(scopeFor(admin), id))!.summary!.rule).toEqual({
      mandatoryInDossier: 41,
      required: 14,
      mandatoryOnSite: 14,
      ok: true,
    });

    // submit: the committee hears of it, in the app and by e-mail
    expect(await transitionPlan({ action: "submit", id }, { scope: scopeFor(admin), ip })).toEqual({
      id,
      status: "SUBMITTED",
    });
    expect((await db.inspectionPlan.findUniqueOrThrow({ where: { id } })).submittedAt).toBeInstanceOf(Date);
    const submitted = await renderedNotifications({ userId: committee.user.id, link: `/ke-hoach/${id}` });
    expect(submitted.map((n) => [n.type, n.title])).toEqual([["plan.submit", `Kế hoạch ${name} chờ phê duyệt`]]);
    expect(
      (await renderedEmailsTo(committee.user.email)).filter((m) => m.subject === `Kế hoạch ${name} chờ phê duyệt`),
    ).toHaveLength(1);
    expect(await db.notification.count({ where: { userId: admin.id, link: `/ke-hoach/${id}` } })).toBe(0);

    // return: DOST staff hear of it, with the committee's comment
    const comment = "Đề nghị bổ sung kinh phí và thời gian kiểm tra tại trụ sở.";
    expect(await transitionPlan({ action: "return", id, comment }, { scope: scopeFor(committee.actor), ip })).toEqual({
      id,
      status: "DRAFT",
    });
    const returned = await renderedNotifications({
      userId: { in: [admin.id, inspector.id] },
      type: "plan.return",
      link: `/ke-hoach/${id}`,
    });
    expect(returned.map((n) => n.userId).sort()).toEqual([admin.id, inspector.id].sort());
    expect(returned[0]!.body).toBe(`UBND tỉnh trả lại kế hoạch ${name}: ${comment}`);
    expect(
      (await renderedEmailsTo(admin.email)).filter((m) => m.subject === `Kế hoạch ${name} bị trả lại`),
    ).toHaveLength(1);

    // resubmit, then approve: a decision dated before the plan is refused
    await transitionPlan({ action: "submit", id }, { scope: scopeFor(admin), ip });
    const early = await appError(
      transitionPlan(
        { action: "approve", id, approvalNumber: "346/QĐ-UBND", approvalDate: utc(2021, 1, 18) },
        { scope: scopeFor(committee.actor), ip },
      ),
    );
    expect(early).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { approvalDate: ["plans.errors.approvalBeforePlan"] },
    });
    expect(await status(id)).toBe("SUBMITTED");

    expect(
      await transitionPlan(
        { action: "approve", id, approvalNumber: "346/QĐ-UBND", approvalDate: utc(2021, 2, 25) },
        { scope: scopeFor(committee.actor), ip },
      ),
    ).toEqual({ id, status: "APPROVED" });
    const approved = await db.inspectionPlan.findUniqueOrThrow({
      where: { id },
      include: { events: { orderBy: { at: "asc" } } },
    });
    expect(approved).toMatchObject({
      status: "APPROVED",
      approvalNumber: "346/QĐ-UBND",
      approvalDate: utc(2021, 2, 25),
      approvedById: committee.actor.id,
      lockVersion: 4,
    });
    expect(approved.approvedAt).toBeInstanceOf(Date);
    expect(approved.events.map((e) => [e.action, e.comment, e.actorId])).toEqual([
      ["created", null, admin.id],
      ["submit", null, admin.id],
      ["return", comment, committee.actor.id],
      ["submit", null, admin.id],
      ["approve", "346/QĐ-UBND, 25/02/2021", committee.actor.id],
    ]);
    expect(
      await db.notification.count({ where: { userId: admin.id, type: "plan.approve", link: `/ke-hoach/${id}` } }),
    ).toBe(1);

    const transitions = await auditRowsFor(planTarget(id), "plan.transition");
    expect(transitions.map((r) => [r.actorId, r.data, r.ip])).toEqual([
      [admin.id, { action: "submit", from: "DRAFT", to: "SUBMITTED", comment: null }, ip],
      [committee.actor.id, { action: "return", from: "SUBMITTED", to: "DRAFT", comment }, ip],
      [admin.id, { action: "submit", from: "DRAFT", to: "SUBMITTED", comment: null }, ip],
      [
        committee.actor.id,
        { action: "approve", from: "SUBMITTED", to: "APPROVED", comment: "346/QĐ-UBND, 25/02/2021" },
        ip,
      ],
    ]);
    expect(await auditRowsFor(planTarget(id), "plan.target_set")).toHaveLength(15);

    // an approved plan is read-only: it changes through an amendment
    const edit = updatePlanSchema.parse({
      ...(await planForm(2021, { number: fields.number, title: "Đổi tên sau khi duyệt" })),
      id,
      lockVersion: String(approved.lockVersion),
    });
    expect(await appError(updatePlan(edit, { scope: scopeFor(admin), ip }))).toMatchObject({
      code: "FORBIDDEN",
      messageKey: "plans.errors.readOnly",
    });
    expect(await appError(setTarget(targetForm(id, commune.agencyId), { scope: scopeFor(admin), ip }))).toMatchObject({
      code: "FORBIDDEN",
      messageKey: "plans.errors.readOnly",
    });
    expect((await db.inspectionPlan.findUniqueOrThrow({ where: { id } })).title).toBe(fields.title);
  });

  it("leaves each committee member one pending notice per submission, resolved (read) once the committee returns or approves the plan", async () => {
    const unit = await createAgency();
    const plan = await insertPlan({ createdById: admin.id, year: 2044, targets: [{ agencyId: unit.id }] });
    const link = `/ke-hoach/${plan.id}`;
    const notices = async (userId: string) => {
      const rows = await db.notification.findMany({ where: { userId, type: "plan.submit", link } });
      return { all: rows.length, unread: rows.filter((n) => n.readAt === null).length };
    };
    const committeeIds = [committee.user.id, committee2.id];

    await transitionPlan({ action: "submit", id: plan.id }, { scope: scopeFor(admin), ip });
    for (const userId of committeeIds) expect(await notices(userId)).toEqual({ all: 1, unread: 1 });
    await transitionPlan(
      { action: "return", id: plan.id, comment: "Bổ sung căn cứ." },
      { scope: scopeFor(committee2), ip },
    );
    for (const userId of committeeIds) expect(await notices(userId)).toEqual({ all: 1, unread: 0 });

    // Submitted again: one notice waits, not two.
    await transitionPlan({ action: "submit", id: plan.id }, { scope: scopeFor(admin), ip });
    for (const userId of committeeIds) expect(await notices(userId)).toEqual({ all: 2, unread: 1 });
    await transitionPlan(
      { action: "approve", id: plan.id, approvalNumber: "12/QĐ-UBND", approvalDate: utc(2044, 2, 1) },
      { scope: scopeFor(committee.actor), ip },
    );
    // Approved by one member: the notice is resolved for every member of the committee.
    for (const userId of committeeIds) expect(await notices(userId)).toEqual({ all: 2, unread: 0 });
    expect(await db.notification.count({ where: { userId: admin.id, type: "plan.approve", link, readAt: null } })).toBe(
      1,
    );
  });

  it("lets exactly one of two simultaneous approvals through; the other is told the plan changed", async () => {
    const unit = await createAgency();
    const plan = await insertPlan({
      createdById: admin.id,
      year: 2023,
      status: "SUBMITTED",
      targets: [{ agencyId: unit.id }],
    });
    const approve = (actor: Actor, n: number) =>
      transitionPlan(
        { action: "approve", id: plan.id, approvalNumber: `${n}/QĐ-UBND`, approvalDate: utc(2023, 2, 25) },
        { scope: scopeFor(actor), ip },
      );

    const results = await Promise.allSettled([approve(committee.actor, 346), approve(committee2, 347)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(AppError);
    expect(rejected[0]!.reason).toMatchObject({ code: "CONFLICT", messageKey: "plans.errors.changed" });

    const rows = await auditRowsFor(planTarget(plan.id), "plan.transition");
    expect(rows.map((r) => (r.data as { action: string }).action)).toEqual(["approve"]);
    const after = await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id }, include: { events: true } });
    expect(after).toMatchObject({ status: "APPROVED", lockVersion: 1 });
    expect(after.approvedById).toBe(rows[0]!.actorId);
    expect(after.events.map((e) => e.action)).toEqual(["approve"]);
  });
});

describe("who may move a plan", () => {
  it("refuses a DOST inspector submitting as FORBIDDEN", async () => {
    const unit = await createAgency();
    const plan = await insertPlan({ createdById: admin.id, year: 2023, targets: [{ agencyId: unit.id }] });
    expect(
      (await appError(transitionPlan({ action: "submit", id: plan.id }, { scope: scopeFor(inspector), ip }))).code,
    ).toBe("FORBIDDEN");
    expect(await status(plan.id)).toBe("DRAFT");
    expect(await auditRowsFor(planTarget(plan.id))).toEqual([]);
  });

  it("refuses the committee approving a returned draft as CONFLICT, and one never submitted as NOT_FOUND (out of their sight)", async () => {
    const approve = (id: string) =>
      appError(
        transitionPlan(
          { action: "approve", id, approvalNumber: "346/QĐ-UBND", approvalDate: utc(2023, 2, 25) },
          { scope: scopeFor(committee.actor), ip },
        ),
      );
    const returned = await insertPlan({ createdById: admin.id, year: 2023, submittedAt: utc(2023, 1, 20) });
    expect(await approve(returned.id)).toMatchObject({ code: "CONFLICT", messageKey: "plans.errors.changed" });
    const never = await insertPlan({ createdById: admin.id, year: 2023 });
    expect(await approve(never.id)).toMatchObject({ code: "NOT_FOUND" });
    expect([await status(returned.id), await status(never.id)]).toEqual(["DRAFT", "DRAFT"]);
  });

  it("answers NOT_FOUND for an unknown plan", async () => {
    expect(
      (
        await appError(
          transitionPlan(
            { action: "submit", id: "00000000-0000-4000-8000-000000000000" },
            { scope: scopeFor(admin), ip },
          ),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });

  it("lets only a DOST administrator cancel, from APPROVED, keeping the reason; a cancelled plan stays cancelled", async () => {
    const plan = await insertPlan({ createdById: admin.id, year: 2023, status: "APPROVED" });
    const reason = "UBND tỉnh thay kế hoạch bằng kế hoạch kiểm tra liên ngành.";
    for (const actor of [inspector, committee.actor]) {
      expect(
        (await appError(transitionPlan({ action: "cancel", id: plan.id, reason }, { scope: scopeFor(actor), ip })))
          .code,
      ).toBe("FORBIDDEN");
    }
    expect(await transitionPlan({ action: "cancel", id: plan.id, reason }, { scope: scopeFor(admin), ip })).toEqual({
      id: plan.id,
      status: "CANCELLED",
    });
    const after = await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id }, include: { events: true } });
    expect(after).toMatchObject({ status: "CANCELLED", cancelReason: reason });
    expect(after.cancelledAt).toBeInstanceOf(Date);
    expect(after.events.map((e) => [e.action, e.comment])).toEqual([["cancel", reason]]);
    // the committee hears of a cancellation too
    expect(
      await db.notification.count({
        where: { userId: committee.user.id, type: "plan.cancel", link: `/ke-hoach/${plan.id}` },
      }),
    ).toBe(1);

    expect(
      await appError(transitionPlan({ action: "cancel", id: plan.id, reason }, { scope: scopeFor(admin), ip })),
    ).toMatchObject({ code: "CONFLICT", messageKey: "plans.errors.changed" });
  });
});
