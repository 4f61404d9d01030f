import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  acknowledgeRecommendation,
  decideExtension,
  requestExtension,
  submitCorrectiveReport,
  verifyAnswer,
  type AnswerInput,
} from "@/lib/findings/mutations";
import { answerFieldsSchema, decideExtensionSchema, requestExtensionSchema, verifySchema } from "@/lib/findings/schema";
import type { Finding, InspectionPlan } from "@/lib/generated/prisma/client";
import { createTranslator } from "@/lib/i18n";
import { createAgency } from "@/tests/factories/agencies";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { createRecordFor } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { samples } from "@/tests/support/files";

// Only the session edge is replaced: the route handlers read the actor from here.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentActor: async () => session.actor,
  requestIp: async () => "198.51.100.7",
}));
const { POST } = await import("@/app/api/khac-phuc/bao-cao/route");
const { GET } = await import("@/app/api/phat-hien/[id]/minh-chung/[evidenceId]/route");

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-corrective-"));
process.env.DATA_DIR = dataDir;
const maxBytes = 256 * 1024;
process.env.UPLOAD_MAX_BYTES = String(maxBytes);
const storedFiles = () =>
  existsSync(path.join(dataDir, "files"))
    ? readdirSync(path.join(dataDir, "files"), { recursive: true }).filter((f) => /\/[0-9a-f-]{36}$/.test(String(f)))
    : [];
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const vi_ = createTranslator("vi");
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const ctx = (actor: Actor) => ({ scope: scopeFor(actor), ip: "198.51.100.7" });

let admin: Actor;
let inspector: Actor;
let lead: Actor;
let partner: Actor;
let committee: Actor;
beforeAll(async () => {
  const actors = await Promise.all(
    (["DOST_ADMIN", "DOST_INSPECTOR", "DOST_INSPECTOR", "PARTNER_INSPECTOR", "COMMITTEE_VIEWER"] as const).map(
      async (role) => (await createActor(role)).actor,
    ),
  );
  [admin, inspector, lead, partner, committee] = actors as [Actor, Actor, Actor, Actor, Actor];
});

/** A signed-off on-site inspection of a new unit: 1 major, 2 minor, 3 recommendation; an officer of the unit and of another. */
async function setup(status: "SIGNED_OFF" | "IN_PROGRESS" = "SIGNED_OFF") {
  const [unit, otherUnit] = await Promise.all([createAgency(), createAgency()]);
  const plan: InspectionPlan = await insertPlan({
    createdById: admin.id,
    year: 2052,
    status: "IN_PROGRESS",
    members: [
      { userId: lead.id, role: "LEAD" },
      { userId: partner.id, role: "MEMBER" },
    ],
  });
  const { inspection, findings } = await insertInspection({
    planId: plan.id,
    agencyId: unit.id,
    status,
    items: [
      { code: "N-8.5", result: "MAJOR_NC" },
      { code: "QD-02", result: "MINOR_NC" },
      { code: "N-4.1", result: "RECOMMENDATION" },
    ],
    findings: [
      { code: "N-8.5", severity: "MAJOR", dueDate: utc(2052, 8, 1) },
      { code: "QD-02", severity: "MINOR", dueDate: utc(2052, 8, 1) },
      { code: "N-4.1", severity: "RECOMMENDATION", dueDate: null },
    ],
  });
  const officer = (await createActor("AGENCY_OFFICER", { agencyId: unit.id })).actor;
  const stranger = (await createActor("AGENCY_OFFICER", { agencyId: otherUnit.id })).actor;
  const [major, minor, recommendation] = findings as [Finding, Finding, Finding];
  return { plan, inspection, unit, officer, stranger, major, minor, recommendation };
}

const answerOf = (findingId: string, changes: Record<string, unknown> = {}): AnswerInput => ({
  ...answerFieldsSchema.parse({
    findingId,
    cause: "Chưa phân công người theo dõi việc công khai thủ tục",
    correction: "Đã niêm yết lại danh mục",
    action: "Ban hành quy chế phân công và kiểm tra hằng quý",
    plannedDate: "30/06/2052",
    responsible: "Chánh Văn phòng",
    ...changes,
  }),
  files: [],
});

async function expectError(work: Promise<unknown>, code: string, message?: string) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect(vi_.raw((error as AppError).messageKey)).toBe(message);
  return error as AppError;
}

const statusOf = async (id: string) => (await db.finding.findUniqueOrThrow({ where: { id } })).status;
const notices = (userId: string, type: string) => db.notification.count({ where: { userId, type } });
const mails = (email: string, link: string) => db.emailOutbox.count({ where: { to: email, link } });

describe("the corrective-action loop", () => {
  it("answer → reject with a reason → answer again → accept: rounds, events, audit rows and notices at each step", async () => {
    const { officer, major } = await setup();
    const first = await submitCorrectiveReport({ note: "Số 12/BC-UBND", answers: [answerOf(major.id)] }, ctx(officer));
    expect(await statusOf(major.id)).toBe("ANSWERED");
    expect(await notices(lead.id, "finding.answered")).toBeGreaterThan(0);
    expect(await notices(admin.id, "finding.answered")).toBeGreaterThan(0);
    expect(await mails(admin.email, `/phat-hien/${major.id}`)).toBeGreaterThan(0);
    const report = await db.correctiveReport.findUniqueOrThrow({ where: { id: first.reportId } });
    expect(report).toMatchObject({ note: "Số 12/BC-UBND", agencyId: major.agencyId, submittedById: officer.id });

    await verifyAnswer(
      verifySchema.parse({ answerId: first.answerIds[0], verdict: "REJECTED", note: "Chưa có bằng chứng thực hiện" }),
      ctx(inspector),
    );
    expect(await statusOf(major.id)).toBe("REJECTED");
    expect(await notices(officer.id, "finding.verified")).toBe(1);

    const second = await submitCorrectiveReport(
      { note: "", answers: [answerOf(major.id, { cause: "Phân tích lại nguyên nhân" })] },
      ctx(officer),
    );
    await verifyAnswer(verifySchema.parse({ answerId: second.answerIds[0], verdict: "ACCEPTED" }), ctx(admin));
    const closed = await db.finding.findUniqueOrThrow({ where: { id: major.id } });
    expect(closed).toMatchObject({ status: "CLOSED", resolution: "ACCEPTED" });
    expect(closed.closedAt).toBeInstanceOf(Date);

    const answers = await db.correctiveAnswer.findMany({ where: { findingId: major.id }, orderBy: { round: "asc" } });
    expect(answers.map((a) => [a.round, a.status, a.verdictNote])).toEqual([
      [1, "REJECTED", "Chưa có bằng chứng thực hiện"],
      [2, "ACCEPTED", null],
    ]);
    const events = await db.findingEvent.findMany({ where: { findingId: major.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["answered", "verified.REJECTED", "answered", "verified.ACCEPTED"]);
    const audits = await auditRowsFor({ type: "finding", id: major.id });
    expect(audits.map((a) => a.type)).toEqual([
      "finding.answered",
      "finding.verified",
      "finding.answered",
      "finding.verified",
    ]);
    expect(await notices(officer.id, "finding.verified")).toBe(2);
  });

  it("check next time leaves the finding for the next inspection", async () => {
    const { officer, minor } = await setup();
    const { answerIds } = await submitCorrectiveReport({ note: "", answers: [answerOf(minor.id)] }, ctx(officer));
    await verifyAnswer(verifySchema.parse({ answerId: answerIds[0], verdict: "CHECK_NEXT_TIME" }), ctx(inspector));
    expect(await statusOf(minor.id)).toBe("CHECK_NEXT_TIME");
    await expectError(
      submitCorrectiveReport({ note: "", answers: [answerOf(minor.id)] }, ctx(officer)),
      "CONFLICT",
      "Phát hiện này không còn chờ đơn vị trả lời (đã trả lời, đã đóng hoặc chờ kiểm tra lần sau).",
    );
  });

  it("a recommendation is acknowledged (closed, ACKNOWLEDGED), never answered nor extended", async () => {
    const { officer, recommendation } = await setup();
    await expectError(
      submitCorrectiveReport({ note: "", answers: [answerOf(recommendation.id)] }, ctx(officer)),
      "VALIDATION",
    );
    await expectError(
      requestExtension(
        requestExtensionSchema.parse({ findingId: recommendation.id, reason: "x", requestedDate: "01/01/2053" }),
        ctx(officer),
      ),
      "VALIDATION",
    );
    await acknowledgeRecommendation({ findingId: recommendation.id, comment: "Đơn vị tiếp thu" }, ctx(officer));
    expect(await db.finding.findUniqueOrThrow({ where: { id: recommendation.id } })).toMatchObject({
      status: "CLOSED",
      resolution: "ACKNOWLEDGED",
    });
    expect((await auditRowsFor({ type: "finding", id: recommendation.id })).map((a) => a.type)).toEqual([
      "finding.acknowledged",
    ]);
  });

  it("extension: a date before the due date is refused; granted moves the due date; a refusal needs a note", async () => {
    const { officer, major, minor } = await setup();
    const tooEarly = await expectError(
      requestExtension(
        requestExtensionSchema.parse({ findingId: major.id, reason: "Chờ kinh phí", requestedDate: "15/07/2052" }),
        ctx(officer),
      ),
      "VALIDATION",
    );
    const message = tooEarly.fieldErrors?.requestedDate?.[0] as { key: string; params: Record<string, string> };
    expect(vi_(message.key as never, message.params)).toBe("Ngày gia hạn phải sau thời hạn hiện tại (01/08/2052).");
    expect(await db.dueDateExtension.count({ where: { findingId: major.id } })).toBe(0);

    const { extensionId } = await requestExtension(
      requestExtensionSchema.parse({ findingId: major.id, reason: "Chờ kinh phí", requestedDate: "01/10/2052" }),
      ctx(officer),
    );
    await expectError(
      requestExtension(
        requestExtensionSchema.parse({ findingId: major.id, reason: "Lần nữa", requestedDate: "01/11/2052" }),
        ctx(officer),
      ),
      "CONFLICT",
      "Phát hiện này đã có một đề nghị gia hạn đang chờ quyết định.",
    );
    await expectError(
      decideExtension(decideExtensionSchema.parse({ extensionId, decision: "GRANTED" }), ctx(officer)),
      "FORBIDDEN",
    );
    await decideExtension(decideExtensionSchema.parse({ extensionId, decision: "GRANTED" }), ctx(inspector));
    expect((await db.finding.findUniqueOrThrow({ where: { id: major.id } })).dueDate).toEqual(utc(2052, 10, 1));
    expect(await notices(officer.id, "finding.extension_granted")).toBe(1);
    await expectError(
      decideExtension(decideExtensionSchema.parse({ extensionId, decision: "REFUSED", note: "Không" }), ctx(admin)),
      "CONFLICT",
      "Đề nghị gia hạn này đã được quyết định rồi.",
    );

    const refused = await requestExtension(
      requestExtensionSchema.parse({ findingId: minor.id, reason: "Thiếu người", requestedDate: "01/09/2052" }),
      ctx(officer),
    );
    await decideExtension(
      decideExtensionSchema.parse({ extensionId: refused.extensionId, decision: "REFUSED", note: "Đủ thời gian" }),
      ctx(admin),
    );
    expect((await db.finding.findUniqueOrThrow({ where: { id: minor.id } })).dueDate).toEqual(utc(2052, 8, 1));
    const events = await db.findingEvent.findMany({ where: { findingId: major.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["extension.requested", "extension.GRANTED"]);
    expect((await auditRowsFor({ type: "finding", id: minor.id })).map((a) => a.type)).toEqual([
      "finding.extension_requested",
      "finding.extension_decided",
    ]);
  });
});

describe("bad input: a clear message, nothing stored", () => {
  it("another unit's finding is NOT_FOUND for answer, extension and acknowledgement", async () => {
    const { stranger, major, recommendation } = await setup();
    await expectError(submitCorrectiveReport({ note: "", answers: [answerOf(major.id)] }, ctx(stranger)), "NOT_FOUND");
    await expectError(
      requestExtension(
        requestExtensionSchema.parse({ findingId: major.id, reason: "x", requestedDate: "01/12/2052" }),
        ctx(stranger),
      ),
      "NOT_FOUND",
    );
    await expectError(
      acknowledgeRecommendation({ findingId: recommendation.id, comment: "" }, ctx(stranger)),
      "NOT_FOUND",
    );
    expect(await db.correctiveReport.count({ where: { agencyId: major.agencyId } })).toBe(0);
  });

  it("a finding of an inspection not signed off is NOT_FOUND for the officer (not yet theirs to see)", async () => {
    const { officer, major } = await setup("IN_PROGRESS");
    await expectError(submitCorrectiveReport({ note: "", answers: [answerOf(major.id)] }, ctx(officer)), "NOT_FOUND");
  });

  it("a closed finding cannot be answered; DOST, partners and the committee do not answer", async () => {
    const { officer, major, minor } = await setup();
    await db.finding.update({ where: { id: major.id }, data: { status: "CLOSED", resolution: "ACCEPTED" } });
    await expectError(
      submitCorrectiveReport({ note: "", answers: [answerOf(major.id)] }, ctx(officer)),
      "CONFLICT",
      "Phát hiện này không còn chờ đơn vị trả lời (đã trả lời, đã đóng hoặc chờ kiểm tra lần sau).",
    );
    for (const actor of [admin, partner, committee])
      await expectError(submitCorrectiveReport({ note: "", answers: [answerOf(minor.id)] }, ctx(actor)), "FORBIDDEN");
    expect(await db.correctiveAnswer.count({ where: { findingId: { in: [major.id, minor.id] } } })).toBe(0);
  });

  it("an officer (or a partner) verifying is FORBIDDEN; a second verification of the same answer is a CONFLICT", async () => {
    const { officer, major } = await setup();
    const { answerIds } = await submitCorrectiveReport({ note: "", answers: [answerOf(major.id)] }, ctx(officer));
    const accept = verifySchema.parse({ answerId: answerIds[0], verdict: "ACCEPTED" });
    await expectError(
      verifyAnswer(accept, ctx(officer)),
      "FORBIDDEN",
      "Chỉ cán bộ Sở Khoa học và Công nghệ được xác minh và quyết định gia hạn.",
    );
    await expectError(verifyAnswer(accept, ctx(partner)), "FORBIDDEN");
    expect(await statusOf(major.id)).toBe("ANSWERED");
    await verifyAnswer(accept, ctx(admin));
    await expectError(
      verifyAnswer(verifySchema.parse({ answerId: answerIds[0], verdict: "REJECTED", note: "Muộn" }), ctx(inspector)),
      "CONFLICT",
      "Báo cáo khắc phục này đã được xác minh rồi.",
    );
    expect((await auditRowsFor({ type: "finding", id: major.id }, "finding.verified")).length).toBe(1);
  });

  it("two verifications of the same answer at once: exactly one wins", async () => {
    const { officer, major } = await setup();
    const { answerIds } = await submitCorrectiveReport({ note: "", answers: [answerOf(major.id)] }, ctx(officer));
    const results = await Promise.allSettled([
      verifyAnswer(verifySchema.parse({ answerId: answerIds[0], verdict: "ACCEPTED" }), ctx(admin)),
      verifyAnswer(verifySchema.parse({ answerId: answerIds[0], verdict: "REJECTED", note: "Thiếu" }), ctx(inspector)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as AppError).code).toBe("CONFLICT");
    expect((lost.reason as AppError).messageKey).toBe("corrective.errors.alreadyVerified");
    expect((await auditRowsFor({ type: "finding", id: major.id }, "finding.verified")).length).toBe(1);
    expect(await db.findingEvent.count({ where: { findingId: major.id, action: { startsWith: "verified" } } })).toBe(1);
  });

  it("two answers to the same finding at once: one waits for verification, the other is told", async () => {
    const { officer, major } = await setup();
    const results = await Promise.allSettled([
      submitCorrectiveReport({ note: "", answers: [answerOf(major.id)] }, ctx(officer)),
      submitCorrectiveReport({ note: "", answers: [answerOf(major.id)] }, ctx(officer)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as AppError).code).toBe(
      "CONFLICT",
    );
    expect(await db.correctiveAnswer.count({ where: { findingId: major.id } })).toBe(1);
  });

  it("evidence records must be the unit's own corrective-action records", async () => {
    const { officer, stranger, major } = await setup();
    const foreign = await createRecordFor(stranger, { category: "CORRECTIVE_ACTION" });
    const wrongCategory = await createRecordFor(officer);
    for (const record of [foreign, wrongCategory]) {
      const version = await db.recordVersion.findFirstOrThrow({ where: { recordId: record.id } });
      const error = await expectError(
        submitCorrectiveReport(
          { note: "", answers: [answerOf(major.id, { recordVersionIds: [version.id] })] },
          ctx(officer),
        ),
        "VALIDATION",
      );
      expect(error.fieldErrors?.recordVersionIds).toEqual(["corrective.errors.recordNotFound"]);
    }
    const own = await createRecordFor(officer, { category: "CORRECTIVE_ACTION" });
    const version = await db.recordVersion.findFirstOrThrow({ where: { recordId: own.id } });
    const { answerIds } = await submitCorrectiveReport(
      { note: "", answers: [answerOf(major.id, { recordVersionIds: [version.id] })] },
      ctx(officer),
    );
    expect(await db.correctiveEvidence.findMany({ where: { answerId: answerIds[0] } })).toMatchObject([
      { kind: "RECORD", recordVersionId: version.id },
    ]);
  });
});

describe("the Đ37 report: all at once, all or nothing", () => {
  it("answers every finding in one report", async () => {
    const { officer, major, minor, inspection } = await setup();
    const { reportId, answerIds } = await submitCorrectiveReport(
      { inspectionId: inspection.id, note: "", answers: [answerOf(major.id), answerOf(minor.id)] },
      ctx(officer),
    );
    expect(answerIds).toHaveLength(2);
    expect(await db.correctiveAnswer.count({ where: { reportId } })).toBe(2);
    expect([await statusOf(major.id), await statusOf(minor.id)]).toEqual(["ANSWERED", "ANSWERED"]);
  });

  it("one finding that cannot be answered stores nothing of the others", async () => {
    const { officer, major, minor, inspection } = await setup();
    await db.finding.update({ where: { id: minor.id }, data: { status: "CLOSED" } });
    await expectError(
      submitCorrectiveReport(
        { inspectionId: inspection.id, note: "", answers: [answerOf(major.id), answerOf(minor.id)] },
        ctx(officer),
      ),
      "CONFLICT",
    );
    expect(await statusOf(major.id)).toBe("OPEN");
    expect(await db.correctiveReport.count({ where: { inspectionId: inspection.id } })).toBe(0);
    expect(await db.correctiveAnswer.count({ where: { findingId: major.id } })).toBe(0);
  });
});

type Part = [content: Buffer, name: string, type?: string];
function post(actor: Actor, findingIds: string[], fields: Record<string, string>, files: [string, Part][] = []) {
  session.actor = actor;
  const form = new FormData();
  for (const id of findingIds) form.append("findingId", id);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [field, [content, name, type]] of files)
    form.append(field, new File([new Uint8Array(content)], name, { type: type ?? "application/octet-stream" }));
  return POST(
    new Request(`http://localhost/api/khac-phuc/bao-cao?finding=${findingIds[0]}`, { method: "POST", body: form }),
    {
      params: Promise.resolve({}),
    },
  );
}
const answerFields = (id: string) => ({
  [`${id}:cause`]: "Chưa phân công",
  [`${id}:action`]: "Phân công và kiểm tra",
  [`${id}:plannedDate`]: "30/06/2052",
  [`${id}:responsible`]: "Chánh Văn phòng",
});

describe("POST /api/khac-phuc/bao-cao (the answer with evidence files)", () => {
  it("stores the answer with its file; the file downloads for the unit and DOST, 404 for another unit", async () => {
    const { officer, stranger, major } = await setup();
    const response = await post(officer, [major.id], answerFields(major.id), [
      [`${major.id}:files`, [samples.pdf(), "Quyết định phân công.pdf", "application/pdf"]],
    ]);
    expect(response.status).toBe(201);
    const evidence = await db.correctiveEvidence.findFirstOrThrow({ where: { answer: { findingId: major.id } } });
    expect(evidence).toMatchObject({
      kind: "FILE",
      fileName: "Quyết định phân công.pdf",
      contentType: "application/pdf",
    });
    const read = (actor: Actor) => {
      session.actor = actor;
      return GET(new Request(`http://localhost/api/phat-hien/${major.id}/minh-chung/${evidence.id}`), {
        params: Promise.resolve({ id: major.id, evidenceId: evidence.id }),
      });
    };
    expect((await read(officer)).status).toBe(200);
    expect((await read(admin)).status).toBe(200);
    expect((await read(stranger)).status).toBe(404);
  });

  it("refuses a disallowed type or a file too large with a clear message; stores neither row nor file", async () => {
    const { officer, major } = await setup();
    const before = storedFiles().length;
    const exe = await post(officer, [major.id], answerFields(major.id), [
      [`${major.id}:files`, [samples.exe(), "bằng chứng.pdf", "application/pdf"]],
    ]);
    expect(exe.status).toBe(415);
    expect(((await exe.json()) as { message: string }).message).toContain("bằng chứng.pdf");
    const big = await post(officer, [major.id], answerFields(major.id), [
      [`${major.id}:files`, [Buffer.concat([samples.pdf(), Buffer.alloc(maxBytes)]), "lớn.pdf", "application/pdf"]],
    ]);
    expect(big.status).toBe(413);
    expect(await db.correctiveAnswer.count({ where: { findingId: major.id } })).toBe(0);
    expect(await statusOf(major.id)).toBe("OPEN");
    expect(storedFiles().length).toBe(before);
  });

  it("answers 400 with field errors under each finding when a required field is missing; 404 for another unit", async () => {
    const { officer, stranger, major } = await setup();
    const response = await post(officer, [major.id], { ...answerFields(major.id), [`${major.id}:cause`]: "" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fieldErrors: Record<string, string[]> };
    expect(Object.keys(body.fieldErrors)).toEqual([`${major.id}:cause`]);
    expect((await post(stranger, [major.id], answerFields(major.id))).status).toBe(404);
  });
});
