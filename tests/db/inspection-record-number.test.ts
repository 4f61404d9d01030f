import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { MinutesHeader } from "@/components/inspections/minutes/minutes-header";
import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { messageText } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n";
import { getInspectionMinutes, nextRecordNumber } from "@/lib/inspections/minutes/data";
import { saveConclusion, signOffInspection } from "@/lib/inspections/mutations";
import { conclusionSchema } from "@/lib/inspections/schema";
import { approvedPlanWithInspections, assessAll, inspectionOf, qmsUnit } from "@/tests/factories/inspections";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";
import { openDocx } from "@/tests/support/official-files";

// Only the session edge is replaced: the record's file route reads the actor from here.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentActor: async () => session.actor,
  requestIp: async () => "198.51.100.9",
}));
const { GET } = await import("@/app/api/kiem-tra/[id]/bien-ban/[file]/route");

const ip = "198.51.100.9";
const vi_ = createTranslator("vi");
let admin: Actor;

beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
});

/** A plan with two units' dossier reviews, led by `lead`. */
async function setup() {
  const lead = (await createActor("DOST_INSPECTOR")).actor;
  const [first, second] = await Promise.all([qmsUnit(), qmsUnit()]);
  const { plan } = await approvedPlanWithInspections({
    createdById: admin.id,
    units: [{ agencyId: first.id }, { agencyId: second.id }],
    members: [{ userId: lead.id, role: "LEAD" }],
  });
  const a = await inspectionOf(plan.id, first.id, "DOSSIER");
  const b = await inspectionOf(plan.id, second.id, "DOSSIER");
  return { plan, lead, a, b };
}

const row = (id: string) => db.inspection.findUniqueOrThrow({ where: { id } });

async function conclude(actor: Actor, inspectionId: string, fields: Record<string, string>) {
  const { lockVersion } = await row(inspectionId);
  return saveConclusion(conclusionSchema.parse({ inspectionId, lockVersion: String(lockVersion), ...fields }), {
    scope: scopeFor(actor),
    ip,
  });
}

describe("the inspection record's number", () => {
  it("is saved with the conclusion, audited, and suggested as the plan's next free number", async () => {
    const { lead, a, b } = await setup();
    expect(await nextRecordNumber(a)).toBe("1/BB-ĐKT");
    await conclude(lead, a.id, { recordNumber: " 12/BB-ĐKT ", representativeName: "Võ Thị Ký" });
    expect(await row(a.id)).toMatchObject({
      recordNumber: "12/BB-ĐKT",
      representativeName: "Võ Thị Ký",
      lockVersion: 1,
    });
    const audit = await auditRowsFor({ type: "inspection", id: a.id }, "inspection.concluded");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: lead.id, ip });
    expect((audit[0]!.data as { fields: string[] }).fields).toEqual(
      expect.arrayContaining(["recordNumber", "representativeName"]),
    );
    // One more than the plan's highest number, whatever the other records' suffix.
    await conclude(lead, b.id, { recordNumber: "3/BB-SKHCN" });
    expect(await nextRecordNumber(b)).toBe("13/BB-ĐKT");
    // Emptying the field takes the number off (the paper keeps the blank), and frees it.
    await conclude(lead, b.id, { recordNumber: "" });
    expect((await row(b.id)).recordNumber).toBeNull();
  });

  it("refuses a number another record of the plan has, with a Vietnamese field error, and changes nothing", async () => {
    const { lead, a, b } = await setup();
    await conclude(lead, a.id, { recordNumber: "12/BB-ĐKT" });
    const before = await row(b.id);
    const auditBefore = await auditRowsFor({ type: "inspection", id: b.id });
    const error = await appError(
      conclude(lead, b.id, {
        recordNumber: "12/BB-ĐKT",
        representativeName: "Không Được Lưu",
        recordDate: "20/06/2031",
      }),
    );
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect(error.fieldErrors?.recordNumber?.map((m) => messageText(vi_.raw, m))).toEqual([
      "Số biên bản 12/BB-ĐKT đã dùng cho một biên bản khác của kế hoạch này.",
    ]);
    expect(await row(b.id)).toEqual(before);
    expect(await auditRowsFor({ type: "inspection", id: b.id })).toEqual(auditBefore);
    // The same number in another plan is free.
    const other = await setup();
    await conclude(other.lead, other.a.id, { recordNumber: "12/BB-ĐKT" });
    expect((await row(other.a.id)).recordNumber).toBe("12/BB-ĐKT");
  });

  it("of two records saved at once with the same number, keeps one and refuses the other", async () => {
    const { lead, a, b } = await setup();
    const results = await Promise.allSettled([
      conclude(lead, a.id, { recordNumber: "7/BB-ĐKT" }),
      conclude(lead, b.id, { recordNumber: "7/BB-ĐKT" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(refused.reason).toMatchObject({ code: "VALIDATION", fieldErrors: { recordNumber: expect.any(Array) } });
    const numbers = [(await row(a.id)).recordNumber, (await row(b.id)).recordNumber];
    expect(numbers.filter((n) => n === "7/BB-ĐKT")).toHaveLength(1);
  });

  it("is read-only once the record is signed off, and printed in the HTML record and the DOCX", async () => {
    const { lead, a } = await setup();
    await assessAll(lead, a.id);
    await conclude(lead, a.id, { recordNumber: "12/BB-ĐKT", recordDate: "20/06/2031", overallResult: "CONFORMING" });
    await signOffInspection(
      { inspectionId: a.id, lockVersion: (await row(a.id)).lockVersion },
      { scope: scopeFor(lead), ip },
    );
    const signed = await row(a.id);
    expect(await appError(conclude(lead, a.id, { recordNumber: "13/BB-ĐKT" }))).toMatchObject({
      code: "CONFLICT",
      messageKey: "inspections.errors.locked",
    });
    expect(await row(a.id)).toEqual(signed);

    const minutes = (await getInspectionMinutes(scopeFor(admin), a.id))!;
    const html = renderToStaticMarkup(createElement(MinutesHeader, { minutes, t: vi_ }));
    expect(html).toContain("Số: 12/BB-ĐKT");

    session.actor = admin;
    const response = await GET(new Request(`http://localhost/api/kiem-tra/${a.id}/bien-ban/bien-ban.docx`), {
      params: Promise.resolve({ id: a.id, file: "bien-ban.docx" }),
    });
    expect(response.status).toBe(200);
    const { paragraphs } = await openDocx(Buffer.from(await response.arrayBuffer()));
    expect(paragraphs).toContain("Số: 12/BB-ĐKT");
  });

  it("leaves the blank to fill in by hand in a record without a number", async () => {
    const { a } = await setup();
    const minutes = (await getInspectionMinutes(scopeFor(admin), a.id))!;
    const html = renderToStaticMarkup(createElement(MinutesHeader, { minutes, t: vi_ }));
    expect(html).toMatch(/Số:\s+\/BB-ĐKT/);
  });
});
