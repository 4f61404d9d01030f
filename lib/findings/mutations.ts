import "server-only";
import { writeAudit } from "@/lib/audit";
import { agencyIdFilter, type Scope } from "@/lib/auth/actor";
import { isOfficer } from "@/lib/auth/roles";
import { db, type Tx } from "@/lib/db";
import { uniquely } from "@/lib/db/unique";
import { isoDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findingVisibility } from "@/lib/inspections/policy";
import { recipients, tellUsers, translated } from "@/lib/notifications";
import { formatCalendarDate } from "@/lib/text/dates";
import { canCorrective, findingStatusAfter, type CorrectiveAction } from "./policy";
import {
  awaitingUnit,
  type AnswerFields,
  type DecideExtensionInput,
  type RequestExtensionInput,
  type VerifyInput,
} from "./schema";

export type Ctx = { scope: Scope; ip: string | null };

/** A file already in storage (the upload route stored it), to be recorded as evidence of an answer. */
export type AnswerFile = { key: string; name: string; size: number; contentType: string; sha256: string };
export type AnswerInput = AnswerFields & { files: AnswerFile[] };

const findingLink = (id: string) => `/phat-hien/${id}`;

const findingSelect = {
  id: true,
  number: true,
  clause: true,
  severity: true,
  status: true,
  dueDate: true,
  agencyId: true,
  inspectionId: true,
  agency: { select: { name: true } },
  inspection: { select: { status: true, planId: true, plan: { select: { number: true, year: true } } } },
  extensions: { where: { status: "REQUESTED" }, select: { id: true } },
} satisfies Prisma.FindingSelect;
type LoadedFinding = Prisma.FindingGetPayload<{ select: typeof findingSelect }>;

/** The finding as the actor may see it (another unit's finding is NOT_FOUND: ids do not leak). */
async function findingInScope(tx: Tx, scope: Scope, id: string): Promise<LoadedFinding> {
  const [finding] = await findingsInScope(tx, scope, [id]);
  return finding!;
}

/** Several findings in one read, in the order of `ids`; NOT_FOUND when any is missing or out of scope. */
async function findingsInScope(tx: Tx, scope: Scope, ids: string[]): Promise<LoadedFinding[]> {
  const found = await tx.finding.findMany({
    where: { AND: [{ id: { in: ids } }, findingVisibility(scope.actor), { agencyId: agencyIdFilter(scope) }] },
    select: findingSelect,
  });
  const byId = new Map(found.map((finding) => [finding.id, finding]));
  return ids.map((id) => {
    const finding = byId.get(id);
    if (!finding) throw new AppError("NOT_FOUND");
    return finding;
  });
}

const stateOf = (finding: LoadedFinding) => ({
  status: finding.status,
  severity: finding.severity,
  agencyId: finding.agencyId,
  inspectionSignedOff: finding.inspection.status === "SIGNED_OFF",
  extensionWaiting: finding.extensions.length > 0,
});

/**
 * The policy's answer for a finding, or the reason why not: an actor who could never do it is FORBIDDEN (an
 * officer verifying), one who could in another state meets a CONFLICT saying what the state is now.
 */
function authorise(scope: Scope, action: CorrectiveAction, finding: LoadedFinding) {
  const state = stateOf(finding);
  if (canCorrective(scope.actor, action, state)) return;
  // Could this actor do it in some state of the finding? Then the state is the reason.
  const anyState = (["OPEN", "ANSWERED"] as const).some((status) =>
    canCorrective(scope.actor, action, {
      ...state,
      status,
      inspectionSignedOff: true,
      extensionWaiting: action === "decideExtension",
    }),
  );
  if (!anyState) {
    if (action === "verify" || action === "decideExtension")
      throw new AppError("FORBIDDEN", "corrective.errors.dostOnly");
    if (finding.severity === "RECOMMENDATION" && action !== "acknowledge" && isOfficer(scope.actor))
      throw new AppError("VALIDATION", "corrective.errors.recommendation");
    if (finding.severity !== "RECOMMENDATION" && action === "acknowledge")
      throw new AppError("VALIDATION", "corrective.errors.notRecommendation");
    throw new AppError("FORBIDDEN", "corrective.errors.unitOnly");
  }
  if (!state.inspectionSignedOff) throw new AppError("CONFLICT", "corrective.errors.notSignedOff");
  if (action === "requestExtension" && state.extensionWaiting)
    throw new AppError("CONFLICT", "corrective.errors.extensionWaiting");
  if (action === "verify") throw new AppError("CONFLICT", "corrective.errors.alreadyVerified");
  if (action === "decideExtension") throw new AppError("CONFLICT", "corrective.errors.alreadyDecided");
  throw new AppError("CONFLICT", "corrective.errors.notAwaiting");
}

/** DOST's side of an answer: the administrators and the team lead of the inspection's plan. */
async function dostRecipients(tx: Tx, planId: string) {
  const leads = await tx.planMember.findMany({ where: { planId, role: "LEAD" }, select: { userId: true } });
  return recipients(tx, { roles: ["DOST_ADMIN"], userIds: leads.map((l) => l.userId) });
}

/** The evidence records: versions of the unit's own corrective-action records; anything else is refused. */
async function recordVersionsOf(tx: Tx, agencyId: string, ids: string[]) {
  if (!ids.length) return [];
  const versions = await tx.recordVersion.findMany({
    where: { id: { in: ids }, record: { agencyId, category: "CORRECTIVE_ACTION" } },
    select: { id: true },
  });
  if (versions.length !== new Set(ids).size)
    throw new AppError("VALIDATION", "errors.VALIDATION", {
      recordVersionIds: ["corrective.errors.recordNotFound"],
    });
  return versions.map((v) => v.id);
}

/**
 * The unit's corrective-action report (TT26 Đ37) for one inspection: one answer per finding, in one
 * transaction, all of them or none. One finding answered alone is a report of one answer. Each finding
 * must await the unit (OPEN or REJECTED; checked inside its write) and goes to ANSWERED; the answer is the
 * finding's next round, so a rejected answer stays in the thread. The caller removes stored files if this throws.
 */
export async function submitCorrectiveReport(
  input: { inspectionId?: string; note: string; answers: AnswerInput[] },
  { scope, ip }: Ctx,
) {
  if (!input.answers.length)
    throw new AppError("VALIDATION", "corrective.errors.noAnswer", { _form: ["corrective.errors.noAnswer"] });
  if (new Set(input.answers.map((a) => a.findingId)).size !== input.answers.length)
    throw new AppError("VALIDATION", "errors.VALIDATION");
  return uniquely(
    db.$transaction(async (tx) => {
      const findings = await findingsInScope(
        tx,
        scope,
        input.answers.map((answer) => answer.findingId),
      );
      for (const finding of findings) {
        if (input.inspectionId && finding.inspectionId !== input.inspectionId) throw new AppError("NOT_FOUND");
        authorise(scope, "answer", finding);
      }
      const inspectionId = findings[0]!.inspectionId;
      if (findings.some((f) => f.inspectionId !== inspectionId))
        throw new AppError("VALIDATION", "corrective.errors.oneInspection");
      const report = await tx.correctiveReport.create({
        data: { inspectionId, agencyId: findings[0]!.agencyId, note: input.note, submittedById: scope.actor.id },
      });
      const answerIds: string[] = [];
      for (const [index, answer] of input.answers.entries()) {
        const finding = findings[index]!;
        const versions = await recordVersionsOf(tx, finding.agencyId, answer.recordVersionIds);
        const moved = await tx.finding.updateMany({
          where: { id: finding.id, status: { in: [...awaitingUnit] } },
          data: { status: "ANSWERED", version: { increment: 1 } },
        });
        if (moved.count === 0) throw new AppError("CONFLICT", "corrective.errors.notAwaiting");
        const created = await createAnswer(tx, scope, {
          findingId: finding.id,
          reportId: report.id,
          kind: "CORRECTIVE_ACTION",
          status: "SUBMITTED",
          fields: answer,
        });
        await tx.correctiveEvidence.createMany({
          data: [
            ...versions.map((versionId) => ({
              answerId: created.id,
              kind: "RECORD" as const,
              recordVersionId: versionId,
              createdById: scope.actor.id,
            })),
            ...answer.files
              .filter((f) => f.key)
              .map((file) => ({
                answerId: created.id,
                kind: "FILE" as const,
                fileKey: file.key,
                fileName: file.name,
                fileSize: file.size,
                contentType: file.contentType,
                sha256: file.sha256,
                createdById: scope.actor.id,
              })),
          ],
        });
        await tx.findingEvent.create({
          data: {
            findingId: finding.id,
            action: "answered",
            actorId: scope.actor.id,
            data: { answerId: created.id, round: created.round, reportId: report.id },
          },
        });
        await writeAudit(tx, {
          type: "finding.answered",
          actorId: scope.actor.id,
          target: { type: "finding", id: finding.id },
          data: {
            answerId: created.id,
            reportId: report.id,
            round: created.round,
            evidence: versions.length + answer.files.length,
          },
          ip,
        });
        answerIds.push(created.id);
      }
      const first = findings[0]!;
      await tellUsers(
        tx,
        await dostRecipients(tx, first.inspection.planId),
        {
          type: "finding.answered",
          key: "corrective.notify.answered",
          params: {
            unit: first.agency.name,
            count: findings.length,
            plan: `${first.inspection.plan.number} (${first.inspection.plan.year})`,
          },
          link: findings.length === 1 ? findingLink(first.id) : `/khac-phuc/bao-cao/${inspectionId}`,
        },
        scope.actor.id,
      );
      return { reportId: report.id, answerIds };
    }),
    new AppError("CONFLICT", "corrective.errors.answerWaiting"),
  );
}

async function createAnswer(
  tx: Tx,
  scope: Scope,
  input: {
    findingId: string;
    reportId: string;
    kind: "CORRECTIVE_ACTION" | "ACKNOWLEDGEMENT";
    status: "SUBMITTED" | "ACCEPTED";
    fields: Partial<AnswerFields>;
  },
) {
  const last = await tx.correctiveAnswer.aggregate({ where: { findingId: input.findingId }, _max: { round: true } });
  return tx.correctiveAnswer.create({
    data: {
      findingId: input.findingId,
      reportId: input.reportId,
      round: (last._max.round ?? 0) + 1,
      kind: input.kind,
      status: input.status,
      cause: input.fields.cause ?? "",
      correction: input.fields.correction ?? "",
      action: input.fields.action ?? "",
      plannedDate: input.fields.plannedDate ?? null,
      responsible: input.fields.responsible ?? "",
      submittedById: scope.actor.id,
    },
    select: { id: true, round: true },
  });
}

/**
 * The unit takes note of a recommendation: an acknowledgement (its own one-answer report) closes it with
 * resolution ACKNOWLEDGED. A recommendation has no deadline and never goes overdue.
 */
export async function acknowledgeRecommendation(input: { findingId: string; comment: string }, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const finding = await findingInScope(tx, scope, input.findingId);
    authorise(scope, "acknowledge", finding);
    const closedAt = new Date();
    const moved = await tx.finding.updateMany({
      where: { id: finding.id, status: { in: [...awaitingUnit] } },
      data: { status: "CLOSED", resolution: "ACKNOWLEDGED", closedAt, version: { increment: 1 } },
    });
    if (moved.count === 0) throw new AppError("CONFLICT", "corrective.errors.notAwaiting");
    const report = await tx.correctiveReport.create({
      data: { inspectionId: finding.inspectionId, agencyId: finding.agencyId, submittedById: scope.actor.id },
    });
    const answer = await createAnswer(tx, scope, {
      findingId: finding.id,
      reportId: report.id,
      kind: "ACKNOWLEDGEMENT",
      status: "ACCEPTED",
      fields: { cause: "", action: input.comment },
    });
    await tx.findingEvent.create({
      data: {
        findingId: finding.id,
        action: "acknowledged",
        comment: input.comment || null,
        actorId: scope.actor.id,
        data: { answerId: answer.id },
      },
    });
    await writeAudit(tx, {
      type: "finding.acknowledged",
      actorId: scope.actor.id,
      target: { type: "finding", id: finding.id },
      data: { answerId: answer.id, reportId: report.id },
      ip,
    });
    await tellUsers(
      tx,
      await dostRecipients(tx, finding.inspection.planId),
      {
        type: "finding.acknowledged",
        key: "corrective.notify.acknowledged",
        params: { unit: finding.agency.name, number: finding.number },
        link: findingLink(finding.id),
      },
      scope.actor.id,
    );
    return { answerId: answer.id };
  });
}

/**
 * DOST's verdict on the waiting answer: ACCEPTED closes the finding (effective), REJECTED sends it back to the
 * unit with the written reason (a new round), CHECK_NEXT_TIME leaves it for the next inspection. Of two
 * verifications of the same answer at once, the first write wins; the other is told it is already verified.
 */
export async function verifyAnswer(input: VerifyInput, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const answer = await tx.correctiveAnswer.findFirst({
      where: {
        id: input.answerId,
        finding: { AND: [findingVisibility(scope.actor), { agencyId: agencyIdFilter(scope) }] },
      },
      select: { id: true, findingId: true, round: true, status: true },
    });
    if (!answer) throw new AppError("NOT_FOUND");
    const finding = await findingInScope(tx, scope, answer.findingId);
    if (
      answer.status !== "SUBMITTED" &&
      canCorrective(scope.actor, "verify", { ...stateOf(finding), status: "ANSWERED" })
    )
      throw new AppError("CONFLICT", "corrective.errors.alreadyVerified");
    authorise(scope, "verify", finding);
    const now = new Date();
    const verdict = await tx.correctiveAnswer.updateMany({
      where: { id: answer.id, status: "SUBMITTED" },
      data: { status: input.verdict, verifiedById: scope.actor.id, verifiedAt: now, verdictNote: input.note || null },
    });
    if (verdict.count === 0) throw new AppError("CONFLICT", "corrective.errors.alreadyVerified");
    const accepted = input.verdict === "ACCEPTED";
    const moved = await tx.finding.updateMany({
      where: { id: finding.id, status: "ANSWERED" },
      data: {
        status: findingStatusAfter[input.verdict],
        ...(accepted ? { resolution: "ACCEPTED" as const, closedAt: now } : {}),
        version: { increment: 1 },
      },
    });
    if (moved.count === 0) throw new AppError("CONFLICT", "corrective.errors.alreadyVerified");
    await tx.findingEvent.create({
      data: {
        findingId: finding.id,
        action: `verified.${input.verdict}`,
        comment: input.note || null,
        actorId: scope.actor.id,
        data: { answerId: answer.id, round: answer.round },
      },
    });
    await writeAudit(tx, {
      type: "finding.verified",
      actorId: scope.actor.id,
      target: { type: "finding", id: finding.id },
      data: { answerId: answer.id, verdict: input.verdict, note: input.note },
      ip,
    });
    await tellUsers(
      tx,
      await recipients(tx, { agencyIds: [finding.agencyId] }),
      {
        type: "finding.verified",
        key: "corrective.notify.verified",
        params: {
          number: finding.number,
          plan: `${finding.inspection.plan.number} (${finding.inspection.plan.year})`,
          verdict: translated(`corrective.verdicts.${input.verdict}`),
          note: input.note || "—",
        },
        link: findingLink(finding.id),
      },
      scope.actor.id,
    );
    return { findingId: finding.id, status: findingStatusAfter[input.verdict] };
  });
}

/**
 * The unit asks for more time on a nonconformity that awaits it, with a reason and a date after the current
 * due date; one waiting request per finding (the partial unique index settles a race).
 */
export async function requestExtension(input: RequestExtensionInput, { scope, ip }: Ctx) {
  return uniquely(
    db.$transaction(async (tx) => {
      const finding = await findingInScope(tx, scope, input.findingId);
      authorise(scope, "requestExtension", finding);
      if (!finding.dueDate) throw new AppError("VALIDATION", "corrective.errors.noDueDate");
      if (input.requestedDate.getTime() <= finding.dueDate.getTime())
        throw new AppError("VALIDATION", "errors.VALIDATION", {
          requestedDate: [
            { key: "corrective.errors.extensionNotLater", params: { date: formatCalendarDate(finding.dueDate) } },
          ],
        });
      // The state precondition in a write: the finding still awaits the unit (and is locked until commit).
      const held = await tx.finding.updateMany({
        where: { id: finding.id, status: { in: [...awaitingUnit] } },
        data: { version: { increment: 1 } },
      });
      if (held.count === 0) throw new AppError("CONFLICT", "corrective.errors.notAwaiting");
      const extension = await tx.dueDateExtension.create({
        data: {
          findingId: finding.id,
          reason: input.reason,
          previousDueDate: finding.dueDate,
          requestedDate: input.requestedDate,
          requestedById: scope.actor.id,
        },
        select: { id: true },
      });
      await tx.findingEvent.create({
        data: {
          findingId: finding.id,
          action: "extension.requested",
          comment: input.reason,
          actorId: scope.actor.id,
          data: { extensionId: extension.id, requestedDate: isoDay(input.requestedDate) },
        },
      });
      await writeAudit(tx, {
        type: "finding.extension_requested",
        actorId: scope.actor.id,
        target: { type: "finding", id: finding.id },
        data: { extensionId: extension.id, from: isoDay(finding.dueDate), to: isoDay(input.requestedDate) },
        ip,
      });
      await tellUsers(
        tx,
        await dostRecipients(tx, finding.inspection.planId),
        {
          type: "finding.extension_requested",
          key: "corrective.notify.extensionRequested",
          params: { unit: finding.agency.name, number: finding.number, date: formatCalendarDate(input.requestedDate) },
          link: findingLink(finding.id),
        },
        scope.actor.id,
      );
      return { extensionId: extension.id };
    }),
    new AppError("CONFLICT", "corrective.errors.extensionWaiting"),
  );
}

/** DOST grants (the finding's due date becomes the date granted, by default the one asked) or refuses with a note. */
export async function decideExtension(input: DecideExtensionInput, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const extension = await tx.dueDateExtension.findFirst({
      where: {
        id: input.extensionId,
        finding: { AND: [findingVisibility(scope.actor), { agencyId: agencyIdFilter(scope) }] },
      },
      select: { id: true, findingId: true, status: true, previousDueDate: true, requestedDate: true },
    });
    if (!extension) throw new AppError("NOT_FOUND");
    const finding = await findingInScope(tx, scope, extension.findingId);
    if (
      extension.status !== "REQUESTED" &&
      canCorrective(scope.actor, "decideExtension", { ...stateOf(finding), extensionWaiting: true })
    )
      throw new AppError("CONFLICT", "corrective.errors.alreadyDecided");
    authorise(scope, "decideExtension", finding);
    const granted = input.decision === "GRANTED";
    const grantedDate = granted ? (input.grantedDate ?? extension.requestedDate) : null;
    if (grantedDate && grantedDate.getTime() <= extension.previousDueDate.getTime())
      throw new AppError("VALIDATION", "errors.VALIDATION", {
        grantedDate: [
          {
            key: "corrective.errors.extensionNotLater",
            params: { date: formatCalendarDate(extension.previousDueDate) },
          },
        ],
      });
    const decided = await tx.dueDateExtension.updateMany({
      where: { id: extension.id, status: "REQUESTED" },
      data: {
        status: input.decision,
        decidedById: scope.actor.id,
        decidedAt: new Date(),
        grantedDate,
        decisionNote: input.note || null,
      },
    });
    if (decided.count === 0) throw new AppError("CONFLICT", "corrective.errors.alreadyDecided");
    if (grantedDate)
      await tx.finding.update({
        where: { id: finding.id },
        data: { dueDate: grantedDate, version: { increment: 1 } },
      });
    await tx.findingEvent.create({
      data: {
        findingId: finding.id,
        action: `extension.${input.decision}`,
        comment: input.note || null,
        actorId: scope.actor.id,
        data: {
          extensionId: extension.id,
          ...(grantedDate ? { from: isoDay(extension.previousDueDate), to: isoDay(grantedDate) } : {}),
        },
      },
    });
    await writeAudit(tx, {
      type: "finding.extension_decided",
      actorId: scope.actor.id,
      target: { type: "finding", id: finding.id },
      data: {
        extensionId: extension.id,
        decision: input.decision,
        grantedDate: grantedDate ? isoDay(grantedDate) : null,
        note: input.note,
      },
      ip,
    });
    await tellUsers(
      tx,
      await recipients(tx, { agencyIds: [finding.agencyId] }),
      granted
        ? {
            type: "finding.extension_granted",
            key: "corrective.notify.extensionGranted",
            params: { number: finding.number, date: formatCalendarDate(grantedDate!) },
            link: findingLink(finding.id),
          }
        : {
            type: "finding.extension_refused",
            key: "corrective.notify.extensionRefused",
            params: { number: finding.number, note: input.note },
            link: findingLink(finding.id),
          },
      scope.actor.id,
    );
    return { findingId: finding.id, decision: input.decision };
  });
}
