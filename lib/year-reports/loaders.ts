import "server-only";
import { notFound } from "next/navigation";
import { requireScope } from "@/lib/auth/scope";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import { actorNames, figuresOf, getYearReport, listYearReports } from "./data";
import { diffFigures, diffNarrative } from "./diff";
import {
  availableActions,
  canCorrect,
  canCreate,
  canEditNarrative,
  canReadYearReports,
  canRefreshFigures,
  sentStatuses,
} from "./policy";
import { narrativeOf } from "./schema";
import { figureTables } from "./tables";

/** /bao-cao: the reports the actor sees and whether they may start one; 404 for officers and partners. */
export async function loadYearReportList() {
  const scope = await requireScope();
  if (!canReadYearReports(scope.actor)) notFound();
  const [t, reports] = await Promise.all([getTranslator(), listYearReports(scope)]);
  return { t, reports, canCreate: canCreate(scope.actor), committee: !canCreate(scope.actor) };
}

/** /bao-cao/<id>: the report, its figures as tables in the reader's language, its buttons, history and diff. */
export async function loadYearReportPage(params: Promise<{ id: string }>) {
  const scope = await requireScope();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const report = await getYearReport(scope, id.data);
  if (!report) notFound();
  const [t, locale, figures, names] = await Promise.all([
    getTranslator(),
    getLocale(),
    figuresOf(scope, report),
    actorNames(report.events.map((e) => e.actorId)),
  ]);
  const tables = figureTables(figures, t.raw);
  const narrative = narrativeOf(report.kind, report.narrative);
  let diff = null;
  if (report.previous) {
    const previousFigures = await figuresOf(scope, report.previous);
    diff = {
      version: report.previous.version,
      narrative: diffNarrative(narrativeOf(report.kind, report.previous.narrative), narrative),
      figures: diffFigures(figureTables(previousFigures, t.raw), tables),
    };
  }
  return {
    t,
    locale,
    report,
    figures,
    tables,
    narrative,
    diff,
    names,
    actions: availableActions(scope.actor.role, report),
    editable: canEditNarrative(scope.actor, report),
    refreshable: canRefreshFigures(scope.actor, report),
    sent: (sentStatuses as readonly string[]).includes(report.status),
    correctable: canCorrect(scope.actor, { status: report.status, hasCorrection: report.correction !== null }),
  };
}
