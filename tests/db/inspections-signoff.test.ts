import { beforeAll, describe, expect, it } from "vitest";
import { messageText, type ErrorMessage } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { getInspection, listInspections } from "@/lib/inspections/data";
import { saveInspectionItem } from "@/lib/inspections/checklist/mutations";
import { reopenInspection, saveConclusion, signOffInspection } from "@/lib/inspections/mutations";
import { conclusionSchema, inspectionListQuerySchema } from "@/lib/inspections/schema";
import { approvedPlanWithInspections, assessAll, inspectionOf, qmsUnit } from "@/tests/factories/inspections";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

/** A use case's message as each reader sees it. */
const inVi = (m: ErrorMessage) => messageText(createTranslator("vi").raw, m);
const inEn = (m: ErrorMessage) => messageText(createTranslator("en").raw, m);

const ip = "198.51.100.42";
let admin: Actor;

beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
});

/** A plan whose only inspection is a dossier review of one unit, led by `lead`. */
async function setup() {
  const lead = await createActor("DOST_INSPECTOR");
  const unit = await qmsUnit();
  const { plan } = await approvedPlanWithInspections({
    createdById: admin.id,
    units: [{ agencyId: unit.id }],
    members: [{ userId: lead.user.id, role: "LEAD" }],
  });
  const inspection = await inspectionOf(plan.id, unit.id, "DOSSIER");
  const officer = (await createActor("AGENCY_OFFICER", { agencyId: unit.id })).actor;
  return { plan, unit, inspection, lead: lead.actor, officer };
}

async function conclude(
  actor: Actor,
  inspectionId: string,
  fields: Record<string, string> = { recordDate: "20/06/2031", overallResult: "CONFORMING" },
) {
  const { lockVersion } = await db.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
  return saveConclusion(conclusionSchema.parse({ inspectionId, lockVersion: String(lockVersion), ...fields }), {
    scope: scopeFor(actor),
    ip,
  });
}
const lockVersion = async (id: string) => (await db.inspection.findUniqueOrThrow({ where: { id } })).lockVersion;

describe("signOffInspection", () => {
  it("is refused, listing what is missing, while items are unassessed or the record date and overall result are missing", async () => {
    const { inspection, lead } = await setup();
    await saveInspectionItem(
      { inspectionId: inspection.id, itemId: inspection.items[0]!.id, version: 0, result: "MINOR_NC", note: "" },
      { scope: scopeFor(lead), ip },
    );
    const error = await appError(
      signOffInspection(
        { inspectionId: inspection.id, lockVersion: await lockVersion(inspection.id) },
        { scope: scopeFor(lead), ip },
      ),
    );
    expect(error).toMatchObject({ code: "VALIDATION", messageKey: "inspections.signOff.cannot" });
    expect(error.fieldErrors?._form?.map(inVi)).toEqual([
      `Còn ${inspection.items.length - 1} mục chưa đánh giá.`,
      "Chưa có ngày lập biên bản.",
      "Chưa chọn kết quả chung.",
      "Phát hiện số 1 chưa có mô tả.",
    ]);
    // The same refusal reads in English for an English reader, its count a plural.
    expect(error.fieldErrors?._form?.map(inEn).slice(1, 2)).toEqual(["The record date is missing."]);
    expect(error.fieldErrors?._form?.map(inEn)[0]).toMatch(/^\d+ items? (is|are) not assessed\.$/);
    expect((await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).status).toBe("IN_PROGRESS");
  });

  it("locks the inspection, tells the unit, completes the plan; reopening needs a reason, is audited and resumes the plan", async () => {
    const { plan, inspection, lead, officer } = await setup();
    await assessAll(lead, inspection.id);
    await conclude(lead, inspection.id);
    const signed = await signOffInspection(
      { inspectionId: inspection.id, lockVersion: await lockVersion(inspection.id) },
      { scope: scopeFor(lead), ip },
    );
    expect(signed).toMatchObject({ planCompleted: true });
    expect(await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).toMatchObject({
      status: "SIGNED_OFF",
      signedOffById: lead.id,
      signedOffAt: expect.any(Date),
    });
    expect((await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("COMPLETED");
    expect(
      await db.notification.count({
        where: { userId: officer.id, type: "inspection.signed_off", link: `/kiem-tra/${inspection.id}` },
      }),
    ).toBe(1);
    expect(await auditRowsFor({ type: "inspection", id: inspection.id }, "inspection.signed_off")).toHaveLength(1);

    // Locked: a save, a conclusion edit and a second sign-off are refused and change nothing.
    const item = await db.inspectionItem.findUniqueOrThrow({ where: { id: inspection.items[0]!.id } });
    expect(
      await appError(
        saveInspectionItem(
          { inspectionId: inspection.id, itemId: item.id, version: item.version, result: "MAJOR_NC", note: "" },
          { scope: scopeFor(lead), ip },
        ),
      ),
    ).toMatchObject({ code: "CONFLICT", messageKey: "inspections.errors.locked" });
    expect(await appError(conclude(lead, inspection.id, { overallResult: "NOT_CONFORMING" }))).toMatchObject({
      code: "CONFLICT",
      messageKey: "inspections.errors.locked",
    });
    expect(await db.inspectionItem.findUniqueOrThrow({ where: { id: item.id } })).toEqual(item);

    const member = (await createActor("DOST_INSPECTOR")).actor;
    expect(
      await appError(
        reopenInspection(
          { inspectionId: inspection.id, reason: "Cần bổ sung bằng chứng" },
          { scope: scopeFor(member), ip },
        ),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await reopenInspection(
        { inspectionId: inspection.id, reason: "Đơn vị gửi thêm hồ sơ đánh giá nội bộ" },
        { scope: scopeFor(admin), ip },
      ),
    ).toMatchObject({ planResumed: true });
    expect(await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).toMatchObject({
      status: "IN_PROGRESS",
      signedOffAt: null,
    });
    expect((await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("IN_PROGRESS");
    const [reopened] = await auditRowsFor({ type: "inspection", id: inspection.id }, "inspection.reopened");
    expect(reopened).toMatchObject({ actorId: admin.id, data: { reason: "Đơn vị gửi thêm hồ sơ đánh giá nội bộ" } });
    expect(
      await db.inspectionEvent.findMany({
        where: { inspectionId: inspection.id },
        orderBy: { at: "asc" },
        select: { action: true, comment: true },
      }),
    ).toEqual([
      { action: "started", comment: null },
      { action: "signed_off", comment: null },
      { action: "reopened", comment: "Đơn vị gửi thêm hồ sơ đánh giá nội bộ" },
    ]);
    expect(
      (await auditRowsFor({ type: "plan", id: plan.id }, "plan.transition")).map(
        (r) => (r.data as { action: string }).action,
      ),
    ).toEqual(["start", "complete", "resume"]);
  });

  it("is the team lead's alone", async () => {
    const { inspection, lead } = await setup();
    await assessAll(lead, inspection.id);
    await conclude(lead, inspection.id);
    expect(
      await appError(
        signOffInspection(
          { inspectionId: inspection.id, lockVersion: await lockVersion(inspection.id) },
          { scope: scopeFor(admin), ip },
        ),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("who reads an inspection", () => {
  it("its unit's officer only after sign-off, another unit's officer never; the committee every signed-off one", async () => {
    const { inspection, lead, officer } = await setup();
    const other = (await createActor("AGENCY_OFFICER")).actor;
    const committee = (await createActor("COMMITTEE_VIEWER")).actor;
    const query = inspectionListQuerySchema.parse({});
    expect(await getInspection(scopeFor(officer), inspection.id)).toBeNull();
    expect(await getInspection(scopeFor(committee), inspection.id)).toBeNull();
    expect(await getInspection(scopeFor(lead), inspection.id)).not.toBeNull();
    await assessAll(lead, inspection.id);
    await conclude(lead, inspection.id);
    await signOffInspection(
      { inspectionId: inspection.id, lockVersion: await lockVersion(inspection.id) },
      { scope: scopeFor(lead), ip },
    );
    expect((await getInspection(scopeFor(officer), inspection.id))?.id).toBe(inspection.id);
    expect((await getInspection(scopeFor(committee), inspection.id))?.id).toBe(inspection.id);
    expect(await getInspection(scopeFor(other), inspection.id)).toBeNull();
    expect((await listInspections(scopeFor(officer), query)).inspections.map((i) => i.id)).toEqual([inspection.id]);
    expect((await listInspections(scopeFor(other), query)).total).toBe(0);
  });
});
