import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit";
import { formatCalendarDate } from "@/lib/dates";
import { db, type Tx } from "@/lib/db";
import { uniquely } from "@/lib/db/unique";
import { isDostStaff } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recipients, resolveNotifications, tellUsers, translated } from "@/lib/notifications";
import { computeFigures, visibleReport } from "./data";
import {
  canCorrect,
  canCreate,
  canEditNarrative,
  canRefreshFigures,
  transitions,
  type YearReportAction,
} from "./policy";
import { narrativeOf, narrativeSections, type CreateYearReportInput, type SaveNarrativeInput } from "./schema";

type Ctx = { scope: Scope; ip: string | null };

const changed = () => new AppError("CONFLICT", "yearReports.errors.changed");
/** The same step taken twice (a double click, two tabs): the second is told it is done, not that something failed. */
const alreadyDone = () => new AppError("CONFLICT", "yearReports.errors.alreadyDone");
/** The status another transaction committed meanwhile (READ COMMITTED: this statement sees it). */
const statusNow = async (tx: Tx, id: string) =>
  (await tx.yearReport.findUnique({ where: { id }, select: { status: true } }))?.status;

/**
 * A new report (version 1) of a kind and year; one per kind and year (the unique index decides a race). Its
 * figures are computed once here, before the transaction (a read of the whole year), and stored with the time.
 */
export async function createYearReport(input: CreateYearReportInput, { scope, ip }: Ctx) {
  if (!canCreate(scope.actor)) throw new AppError("FORBIDDEN");
  const computedAt = new Date();
  const figures = await computeFigures(scope, input);
  return db.$transaction(async (tx) => {
    const report = await uniquely(
      tx.yearReport.create({
        data: {
          kind: input.kind,
          year: input.year,
          asOf: input.asOf,
          figures: figures as Prisma.InputJsonValue,
          figuresComputedAt: computedAt,
          createdById: scope.actor.id,
        },
        select: { id: true },
      }),
      new AppError("CONFLICT", "yearReports.errors.exists"),
    );
    await tx.yearReportEvent.create({ data: { reportId: report.id, action: "create", actorId: scope.actor.id } });
    await writeAudit(tx, {
      type: "yearReport.created",
      actorId: scope.actor.id,
      target: { type: "yearReport", id: report.id },
      data: { kind: input.kind, year: input.year, asOf: formatCalendarDate(input.asOf) },
      ip,
    });
    return report;
  });
}

/** Saves the narrative while DOST holds the report (draft or returned), named by the version the form opened. */
export async function saveNarrative(input: SaveNarrativeInput, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const report = await tx.yearReport.findFirst({ where: visibleReport(scope, { id: input.id }) });
    if (!report) throw new AppError("NOT_FOUND");
    if (!canEditNarrative(scope.actor, { status: "DRAFT" })) throw new AppError("FORBIDDEN");
    if (!canEditNarrative(scope.actor, report)) throw changed();
    const current = narrativeOf(report.kind, report.narrative);
    const keys: readonly string[] = narrativeSections[report.kind];
    const edited = Object.entries(input.sections).filter(([k, v]) => keys.includes(k) && current[k] !== v);
    const narrative = { ...current, ...Object.fromEntries(edited) };
    const { count } = await tx.yearReport.updateMany({
      where: { id: report.id, lockVersion: input.lockVersion, status: { in: ["DRAFT", "RETURNED"] } },
      data: { narrative, lockVersion: { increment: 1 } },
    });
    if (count === 0) throw changed();
    await tx.yearReportEvent.create({ data: { reportId: report.id, action: "save", actorId: scope.actor.id } });
    await writeAudit(tx, {
      type: "yearReport.narrative_saved",
      actorId: scope.actor.id,
      target: { type: "yearReport", id: report.id },
      data: { sections: edited.map(([k]) => k) },
      ip,
    });
    return { id: report.id, lockVersion: report.lockVersion + 1 };
  });
}

export type TransitionInput =
  | { action: "submit" | "send" | "acknowledge"; id: string }
  | { action: "approve" | "approveForMinistry"; id: string; number: string; date: Date }
  | { action: "return" | "returnByCommittee"; id: string; comment: string };

/**
 * One step of the workflow. The state precondition is in the UPDATE, so of two people acting at once one wins
 * and the other is told the report changed. Submission freezes the figures as of the report's date.
 */
export async function transitionYearReport(input: TransitionInput, { scope, ip }: Ctx) {
  const t = transitions[input.action];
  const computed = input.action === "submit" ? await figuresNow(scope, input.id) : undefined;
  return db.$transaction(async (tx) => {
    const report = await tx.yearReport.findFirst({ where: visibleReport(scope, { id: input.id }) });
    if (!report) throw new AppError("NOT_FOUND");
    if (!t.roles.includes(scope.actor.role) || (t.kinds && !t.kinds.includes(report.kind)))
      throw new AppError("FORBIDDEN");
    if (!t.from.includes(report.status)) throw report.status === t.to ? alreadyDone() : changed();
    if ("date" in input && input.date < report.asOf)
      throw new AppError("VALIDATION", "errors.VALIDATION", { date: ["yearReports.errors.dateBeforeSubmit"] });
    const now = new Date();
    const actorId = scope.actor.id;
    const data: Prisma.YearReportUpdateManyMutationInput = { status: t.to, lockVersion: { increment: 1 } };
    if (input.action === "submit")
      Object.assign(data, {
        figures: computed?.figures as Prisma.InputJsonValue,
        figuresComputedAt: computed?.computedAt,
        frozenAt: now,
        submittedAt: now,
        submittedById: actorId,
      });
    if (input.action === "approve")
      Object.assign(data, {
        approvalNumber: input.number,
        approvalDate: input.date,
        approvedAt: now,
        approvedById: actorId,
      });
    if (input.action === "return" || input.action === "returnByCommittee") data.returnComment = input.comment;
    if (input.action === "send") Object.assign(data, { sentAt: now, sentById: actorId });
    if (input.action === "acknowledge" || input.action === "approveForMinistry" || input.action === "returnByCommittee")
      Object.assign(data, { committeeAt: now, committeeById: actorId });
    if (input.action === "approveForMinistry")
      Object.assign(data, { committeeNumber: input.number, committeeDate: input.date });
    const { count } = await tx.yearReport.updateMany({ where: { id: report.id, status: report.status }, data });
    if (count === 0) throw (await statusNow(tx, report.id)) === t.to ? alreadyDone() : changed();
    const comment =
      "comment" in input
        ? input.comment
        : "number" in input
          ? `${input.number}, ${formatCalendarDate(input.date)}`
          : null;
    await tx.yearReportEvent.create({ data: { reportId: report.id, action: input.action, comment, actorId } });
    await writeAudit(tx, {
      type: "yearReport.transition",
      actorId,
      target: { type: "yearReport", id: report.id },
      data: { action: input.action, from: report.status, to: t.to, comment },
      ip,
    });
    await announce(tx, input.action, report, actorId, comment ?? "");
    return { id: report.id, status: t.to };
  });
}

/** The figures a submission freezes or a refresh stores, computed before its transaction (a read of the whole year). */
async function figuresNow(scope: Scope, id: string) {
  const report = await db.yearReport.findFirst({ where: visibleReport(scope, { id }) });
  if (!report) return undefined;
  const computedAt = new Date();
  return { figures: await computeFigures(scope, report), computedAt };
}

/** The step whose notice a decision answers: the director decides a submission, the Committee a sending. */
const answeredBy: Partial<Record<YearReportAction, YearReportAction>> = {
  approve: "submit",
  return: "submit",
  acknowledge: "send",
  approveForMinistry: "send",
  returnByCommittee: "send",
};

/** Who is told of each step: the director of a submission, the drafter of a decision, the Committee of a sending. */
async function announce(
  tx: Tx,
  action: YearReportAction,
  report: { id: string; kind: string; year: number; version: number; createdById: string },
  actorId: string,
  comment: string,
) {
  // The step answers the notice that asked for it: read for everyone who had it (as the plan's approval does).
  const asked = answeredBy[action];
  if (asked) await resolveNotifications(tx, { type: `yearReport.${asked}`, link: `/bao-cao/${report.id}` });
  const to =
    action === "submit" || action === "acknowledge" || action === "approveForMinistry" || action === "returnByCommittee"
      ? await recipients(tx, { roles: ["DOST_ADMIN"] })
      : action === "send"
        ? await recipients(tx, { roles: ["COMMITTEE_VIEWER"] })
        : await recipients(tx, { userIds: [report.createdById] });
  await tellUsers(
    tx,
    to,
    {
      type: `yearReport.${action}`,
      key: `yearReports.notify.${action}`,
      params: {
        report: translated(`yearReports.kinds.${report.kind}`),
        year: report.year,
        version: report.version,
        comment,
      },
      link: `/bao-cao/${report.id}`,
    },
    actorId,
  );
}

/** A correction of a sent report: a new draft version with its narrative, the figures computed afresh. */
export async function correctYearReport(input: { id: string }, { scope, ip }: Ctx) {
  const computed = isDostStaff(scope.actor) ? await figuresNow(scope, input.id) : undefined;
  return db.$transaction(async (tx) => {
    const report = await tx.yearReport.findFirst({
      where: visibleReport(scope, { id: input.id }),
      include: { correction: { select: { id: true } } },
    });
    if (!report) throw new AppError("NOT_FOUND");
    if (!canCorrect(scope.actor, { status: "SENT", hasCorrection: false })) throw new AppError("FORBIDDEN");
    if (!canCorrect(scope.actor, { status: report.status, hasCorrection: report.correction !== null }))
      throw new AppError("CONFLICT", "yearReports.errors.correctionExists");
    const next = await uniquely(
      tx.yearReport.create({
        data: {
          kind: report.kind,
          year: report.year,
          asOf: report.asOf,
          version: report.version + 1,
          previousId: report.id,
          narrative: report.narrative as Prisma.InputJsonValue,
          figures: computed?.figures as Prisma.InputJsonValue | undefined,
          figuresComputedAt: computed?.computedAt,
          createdById: scope.actor.id,
        },
        select: { id: true, version: true },
      }),
      new AppError("CONFLICT", "yearReports.errors.correctionExists"),
    );
    await tx.yearReportEvent.create({
      data: { reportId: next.id, action: "correct", comment: `v${report.version}`, actorId: scope.actor.id },
    });
    await writeAudit(tx, {
      type: "yearReport.corrected",
      actorId: scope.actor.id,
      target: { type: "yearReport", id: next.id },
      data: { from: report.id, version: next.version },
      ip,
    });
    return next;
  });
}

/**
 * Computes a draft's figures again as of its date and stores them with the time ("Cập nhật số liệu"), by DOST
 * staff. The figures are read before the transaction; the UPDATE stores them only while the report is still a
 * draft, so a report submitted meanwhile keeps the figures its submission froze.
 */
export async function refreshYearReportFigures(input: { id: string }, { scope, ip }: Ctx) {
  const allowed = canRefreshFigures(scope.actor, { status: "DRAFT" });
  const computed = allowed ? await figuresNow(scope, input.id) : undefined;
  return db.$transaction(async (tx) => {
    const report = await tx.yearReport.findFirst({ where: visibleReport(scope, { id: input.id }) });
    if (!report) throw new AppError("NOT_FOUND");
    if (!allowed) throw new AppError("FORBIDDEN");
    if (!computed || !canRefreshFigures(scope.actor, report))
      throw new AppError("CONFLICT", "yearReports.errors.notDraft");
    const { count } = await tx.yearReport.updateMany({
      where: { id: report.id, status: "DRAFT" },
      data: { figures: computed.figures as Prisma.InputJsonValue, figuresComputedAt: computed.computedAt },
    });
    if (count === 0) throw new AppError("CONFLICT", "yearReports.errors.notDraft");
    await tx.yearReportEvent.create({
      data: { reportId: report.id, action: "refreshFigures", actorId: scope.actor.id },
    });
    await writeAudit(tx, {
      type: "yearReport.figures_refreshed",
      actorId: scope.actor.id,
      target: { type: "yearReport", id: report.id },
      data: { asOf: formatCalendarDate(report.asOf), computedAt: computed.computedAt.toISOString() },
      ip,
    });
    return { id: report.id, computedAt: computed.computedAt };
  });
}
