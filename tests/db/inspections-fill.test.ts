import { beforeAll, describe, expect, it } from "vitest";
import { messageText, type ErrorMessage } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { getInspection } from "@/lib/inspections/data";
import { saveFinding } from "@/lib/inspections/findings/mutations";
import { saveInspectionItem } from "@/lib/inspections/checklist/mutations";
import { saveConclusion, signOffProblems } from "@/lib/inspections/mutations";
import { conclusionSchema, saveFindingSchema } from "@/lib/inspections/schema";
import { approvedPlanWithInspections, assign, inspectionOf, qmsUnit } from "@/tests/factories/inspections";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

/** A use case's message as each reader sees it. */
const inVi = (m: ErrorMessage) => messageText(createTranslator("vi").raw, m);
const inEn = (m: ErrorMessage) => messageText(createTranslator("en").raw, m);

const ip = "198.51.100.41";
let admin: Actor;

beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
});

/** A plan with one on-site unit, a lead, an assigned member and a member not assigned to it. */
async function setup() {
  const [lead, member, bystander] = await Promise.all([
    createActor("DOST_INSPECTOR"),
    createActor("PARTNER_INSPECTOR"),
    createActor("DOST_INSPECTOR"),
  ]);
  const unit = await qmsUnit();
  const { plan } = await approvedPlanWithInspections({
    createdById: admin.id,
    units: [{ agencyId: unit.id, onSite: "MANDATORY" }],
    members: [
      { userId: lead.user.id, role: "LEAD" },
      { userId: member.user.id, role: "MEMBER" },
      { userId: bystander.user.id, role: "MEMBER" },
    ],
  });
  const inspection = await inspectionOf(plan.id, unit.id);
  await assign(inspection.id, [member.user.id]);
  return { plan, unit, inspection, lead: lead.actor, member: member.actor, bystander: bystander.actor };
}

const save = (
  actor: Actor,
  inspectionId: string,
  itemId: string,
  version: number,
  result: "CONFORM" | "MINOR_NC" | "MAJOR_NC" | "RECOMMENDATION" | "NOT_APPLICABLE" | null,
  note = "",
) => saveInspectionItem({ inspectionId, itemId, version, result, note }, { scope: scopeFor(actor), ip });

describe("getInspection", () => {
  it("tells each reader their place on the team: the lead, an assigned member, a member not assigned, DOST outside the team", async () => {
    const { inspection, lead, member, bystander } = await setup();
    const place = async (actor: Actor) => (await getInspection(scopeFor(actor), inspection.id))?.membership;
    expect(await place(lead)).toEqual({ role: "LEAD", assigned: false });
    expect(await place(member)).toEqual({ role: "MEMBER", assigned: true });
    expect(await place(bystander)).toEqual({ role: "MEMBER", assigned: false });
    expect(await place(admin)).toBeNull();
  });
});

describe("saveInspectionItem", () => {
  it("of two saves from the same version one wins; the other gets CONFLICT with the current value and changes nothing", async () => {
    const { inspection, lead, member } = await setup();
    const item = inspection.items[0]!;
    const outcomes = await Promise.allSettled([
      save(lead, inspection.id, item.id, 0, "CONFORM", "Trưởng đoàn"),
      save(member, inspection.id, item.id, 0, "MINOR_NC", "Thành viên"),
    ]);
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason);
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(lost[0]).toMatchObject({ code: "CONFLICT", messageKey: "inspections.errors.stale" });
    const saved = await db.inspectionItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(saved.version).toBe(1);
    expect(lost[0].details.current).toMatchObject({ result: saved.result, note: saved.note, version: 1 });
    expect(lost[0].details.current.by).toBeTruthy();
    // Keeping mine: saved again on top of the version now current.
    const loser = saved.result === "CONFORM" ? member : lead;
    expect(await save(loser, inspection.id, item.id, 1, "NOT_APPLICABLE")).toMatchObject({
      version: 2,
      result: "NOT_APPLICABLE",
    });
  });

  it("starts the inspection and the plan on the first save, once, with audit rows", async () => {
    const { plan, inspection, member } = await setup();
    expect(await save(member, inspection.id, inspection.items[0]!.id, 0, "CONFORM")).toMatchObject({ started: true });
    expect(await save(member, inspection.id, inspection.items[1]!.id, 0, "CONFORM")).toMatchObject({ started: false });
    expect(await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).toMatchObject({
      status: "IN_PROGRESS",
      startedAt: expect.any(Date),
    });
    expect((await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("IN_PROGRESS");
    const [row] = await auditRowsFor({ type: "plan", id: plan.id }, "plan.transition");
    expect(row!.data).toMatchObject({ action: "start", from: "APPROVED", to: "IN_PROGRESS" });
    expect(await db.planEvent.count({ where: { planId: plan.id, action: "start" } })).toBe(1);
    expect(await auditRowsFor({ type: "inspection", id: inspection.id }, "inspection.item_saved")).toHaveLength(2);
  });

  it("creates the item's finding for a nonconformity, updates its severity, and deletes it when the item conforms again", async () => {
    const { inspection, member } = await setup();
    const [first, second] = [inspection.items[1]!, inspection.items[0]!];
    const raised = await save(member, inspection.id, first.id, 0, "MINOR_NC");
    expect(raised.finding).toMatchObject({ number: 1, severity: "MINOR", dueDate: "" });
    const row = await db.finding.findUniqueOrThrow({ where: { itemId: first.id } });
    const standard = first.checklistItem.template.standard;
    expect(row).toMatchObject({
      agencyId: inspection.agencyId,
      clause: first.checklistItem.clause,
      legalBasis:
        standard === "QD19_2014"
          ? first.checklistItem.clause
          : expect.stringMatching(/^TCVN ISO 9001:20(08|15), điều /),
    });
    // A finding on an earlier item takes number 1: findings follow checklist order.
    await save(member, inspection.id, second.id, 0, "RECOMMENDATION");
    expect((await db.finding.findUniqueOrThrow({ where: { itemId: first.id } })).number).toBe(2);
    expect(await save(member, inspection.id, first.id, 1, "MAJOR_NC")).toMatchObject({
      finding: { severity: "MAJOR", number: 2 },
    });
    await save(member, inspection.id, first.id, 2, "CONFORM");
    expect(await db.finding.count({ where: { itemId: first.id } })).toBe(0);
    expect((await db.finding.findUniqueOrThrow({ where: { itemId: second.id } })).number).toBe(1);
    const types = (
      await db.auditEvent.findMany({
        where: { type: { startsWith: "finding." }, data: { path: ["inspectionId"], equals: inspection.id } },
        orderBy: { id: "asc" },
      })
    ).map((r) => r.type);
    expect(types).toEqual(["finding.created", "finding.created", "finding.updated", "finding.deleted"]);
  });

  it("refuses an item of another inspection, and a team member not assigned to it", async () => {
    const a = await setup();
    const b = await setup();
    expect(await appError(save(a.lead, a.inspection.id, b.inspection.items[0]!.id, 0, "CONFORM"))).toMatchObject({
      code: "VALIDATION",
      messageKey: "inspections.errors.itemNotInChecklist",
    });
    expect(await appError(save(a.bystander, a.inspection.id, a.inspection.items[0]!.id, 0, "CONFORM"))).toMatchObject({
      code: "FORBIDDEN",
    });
    // Another unit's officer does not even learn that the inspection exists.
    const officer = (await createActor("AGENCY_OFFICER", { agencyId: a.unit.id })).actor;
    expect(await appError(save(officer, a.inspection.id, a.inspection.items[0]!.id, 0, "CONFORM"))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await db.inspectionItem.count({
        where: { inspectionId: { in: [a.inspection.id, b.inspection.id] }, version: { gt: 0 } },
      }),
    ).toBe(0);
  });
});

describe("findings' due dates", () => {
  it("default to two months after the record date, fill in when the record date is set, and are refused before it", async () => {
    const { inspection, lead } = await setup();
    const { finding } = await save(lead, inspection.id, inspection.items[0]!.id, 0, "MAJOR_NC");
    const fresh = await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } });
    const conclusion = conclusionSchema.parse({
      inspectionId: inspection.id,
      lockVersion: String(fresh.lockVersion),
      recordDate: "31/12/2031",
      overallResult: "NOT_CONFORMING",
    });
    expect(await saveConclusion(conclusion, { scope: scopeFor(lead), ip })).toMatchObject({ dueDatesFilled: 1 });
    expect((await db.finding.findUniqueOrThrow({ where: { id: finding!.id } })).dueDate).toEqual(
      new Date(Date.UTC(2032, 1, 29)),
    );
    const before = await db.finding.findUniqueOrThrow({ where: { id: finding!.id } });
    const early = saveFindingSchema.parse({
      findingId: finding!.id,
      version: String(before.version),
      description: "Thiếu quy trình",
      requiredAction: "",
      legalBasis: before.legalBasis,
      dueDate: "30/12/2031",
    });
    const error = await appError(saveFinding(early, { scope: scopeFor(lead), ip }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.dueDate?.map(inVi)).toEqual([
      "Hạn khắc phục không được trước ngày lập biên bản (31/12/2031).",
    ]);
    expect(error.fieldErrors?.dueDate?.map(inEn)).toEqual([expect.stringContaining("31/12/2031")]);
    expect(error.fieldErrors?.dueDate?.map(inEn)).not.toEqual(error.fieldErrors?.dueDate?.map(inVi));
    expect(await db.finding.findUniqueOrThrow({ where: { id: finding!.id } })).toEqual(before);
    const ok = await saveFinding({ ...early, dueDate: new Date(Date.UTC(2032, 0, 15)) }, { scope: scopeFor(lead), ip });
    expect(ok).toMatchObject({ version: before.version + 1, dueDate: "15/01/2032" });
    // The same version again is stale: the current content comes back.
    expect(await appError(saveFinding({ ...early, dueDate: null }, { scope: scopeFor(lead), ip }))).toMatchObject({
      code: "CONFLICT",
      details: { current: { description: "Thiếu quy trình", dueDate: "15/01/2032" } },
    });
  });

  it("of a finding raised after the record date reach the form as dd/MM/yyyy, which saves back unchanged", async () => {
    const { inspection, lead } = await setup();
    const fresh = await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } });
    await saveConclusion(
      conclusionSchema.parse({
        inspectionId: inspection.id,
        lockVersion: String(fresh.lockVersion),
        recordDate: "16/03/2031",
        overallResult: "NOT_CONFORMING",
      }),
      { scope: scopeFor(lead), ip },
    );
    const { finding } = await save(lead, inspection.id, inspection.items[1]!.id, 0, "MINOR_NC");
    // The item-save reply is what the checklist puts in the finding form's date field.
    expect(finding!.dueDate).toBe("16/05/2031");
    const form = saveFindingSchema.parse({
      findingId: finding!.id,
      version: String(finding!.version),
      description: "Chưa cập nhật văn bản pháp luật",
      requiredAction: "Cập nhật danh mục",
      legalBasis: finding!.legalBasis,
      dueDate: finding!.dueDate,
    });
    expect(await saveFinding(form, { scope: scopeFor(lead), ip })).toMatchObject({
      version: finding!.version + 1,
      dueDate: "16/05/2031",
    });
  });
});

describe("recommendations (khuyến nghị)", () => {
  it("have no deadline: none when raised or concluded, none kept from the form, and one comes or goes with a change of severity", async () => {
    const { inspection, lead } = await setup();
    const [first, second] = inspection.items;
    const raised = await save(lead, inspection.id, first!.id, 0, "RECOMMENDATION");
    expect(raised.finding).toMatchObject({ severity: "RECOMMENDATION", dueDate: "" });
    const fresh = await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } });
    await saveConclusion(
      conclusionSchema.parse({
        inspectionId: inspection.id,
        lockVersion: String(fresh.lockVersion),
        recordDate: "10/06/2031",
        overallResult: "CONFORMING_WITH_FINDINGS",
      }),
      { scope: scopeFor(lead), ip },
    );
    expect((await db.finding.findUniqueOrThrow({ where: { itemId: first!.id } })).dueDate).toBeNull();

    // A date typed into a recommendation is not kept.
    const form = saveFindingSchema.parse({
      findingId: raised.finding!.id,
      version: String(raised.finding!.version),
      description: "",
      requiredAction: "",
      legalBasis: raised.finding!.legalBasis,
      dueDate: "10/08/2031",
    });
    expect(await saveFinding(form, { scope: scopeFor(lead), ip })).toMatchObject({ dueDate: "" });
    expect((await db.finding.findUniqueOrThrow({ where: { itemId: first!.id } })).dueDate).toBeNull();

    // Recommendation → nonconformity: the default deadline; and back: none.
    expect((await save(lead, inspection.id, first!.id, 1, "MINOR_NC")).finding).toMatchObject({
      severity: "MINOR",
      dueDate: "10/08/2031",
    });
    expect((await save(lead, inspection.id, first!.id, 2, "RECOMMENDATION")).finding).toMatchObject({
      severity: "RECOMMENDATION",
      dueDate: "",
    });
    // Raised after the record date: a nonconformity gets its deadline, a recommendation none.
    expect((await save(lead, inspection.id, second!.id, 0, "RECOMMENDATION")).finding!.dueDate).toBe("");
  });

  it("need no description before sign-off; a nonconformity does", async () => {
    const { inspection, lead } = await setup();
    const [first, second] = inspection.items;
    await save(lead, inspection.id, first!.id, 0, "RECOMMENDATION");
    await save(lead, inspection.id, second!.id, 0, "MINOR_NC");
    const current = await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } });
    const problems = await db.$transaction((tx) => signOffProblems(tx, current));
    expect(problems.map(inVi).filter((p) => p.includes("chưa có mô tả"))).toEqual(["Phát hiện số 2 chưa có mô tả."]);
  });
});
