import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { isInspectorRole } from "@/lib/auth/roles";
import { requireScope } from "@/lib/auth/scope";
import { getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import { compareToPrevious } from "./compare/data";
import { getInspection, listInspections, listUnitRecordVersions } from "./data";
import { listFollowUps } from "./follow-up/data";
import { getInspectionMinutes, nextRecordNumber } from "./minutes/data";
import { canInspection } from "./policy";
import { inspectionListQuerySchema } from "./schema";
import { scoreInspection } from "./scoring/score";

// The shapes pages and components draw, re-exported so that they never import data or mutations modules.
export type { ItemConflict } from "./checklist/mutations";
export type { InspectionComparison, PreviousInspection } from "./compare/data";
export type { InspectionDetail, InspectionRow } from "./data";
export type { FollowUpView } from "./follow-up/data";
export type { InspectionMinutes } from "./minutes/data";

/**
 * The inspections list, filtered and paged as in the URL, with the plans to filter by. `team`: the actor works on
 * the inspection side (DOST staff, partner inspectors) and may narrow the list to their own assignments.
 */
export async function loadInspectionList(searchParams: Promise<Record<string, string | undefined>>) {
  const scope = await requireScope();
  const query = inspectionListQuerySchema.parse(await searchParams);
  const [t, list] = await Promise.all([getTranslator(), listInspections(scope, query, { withPlans: true })]);
  return { t, query, ...list, team: isInspectorRole(scope.actor) };
}

/** An inspection page's data: the actor, the inspection as they may see it (or 404), and what they may do. */
export async function loadInspectionPage(params: Promise<{ id: string }>) {
  const scope = await requireScope();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [inspection, t] = await Promise.all([getInspection(scope, id.data), getTranslator()]);
  if (!inspection) notFound();
  const { actor } = scope;
  const may = (action: Parameters<typeof canInspection>[1]) =>
    canInspection(actor, action, inspection, inspection.membership);
  return {
    actor,
    scope,
    inspection,
    t,
    can: {
      fill: may("fill"),
      conclude: may("conclude"),
      signOff: may("signOff"),
      reopen: may("reopen"),
      assign: may("assign"),
    },
  };
}

/**
 * The checklist page: the inspection, the unit's QMS records that may be linked as evidence (only for those who
 * fill it in), and whether the actor is on the inspection side (told why they cannot fill it in).
 */
export async function loadInspectionChecklist(params: Promise<{ id: string }>) {
  const page = await loadInspectionPage(params);
  const [records, followUps] = await Promise.all([
    page.can.fill ? listUnitRecordVersions(page.scope, page.inspection.agencyId) : [],
    listFollowUps(page.scope, page.inspection.id),
  ]);
  return { ...page, records, followUps, inspectionSide: isInspectorRole(page.actor) };
}

/** The conclusion page: the inspection, its score, and its results beside the unit's previous inspection. */
export async function loadInspectionConclusion(params: Promise<{ id: string }>) {
  const page = await loadInspectionPage(params);
  // The next free record number is offered only to whoever may still write the conclusion.
  const [comparison, suggestedNumber] = await Promise.all([
    compareToPrevious(page.scope, page.inspection),
    page.can.conclude ? nextRecordNumber(page.inspection) : null,
  ]);
  const score = scoreInspection(
    page.inspection.items.map(({ result, checklistItem: c }) => ({
      standard: c.template.standard,
      clauseGroup: c.clauseGroup,
      clause: c.clause,
      result,
    })),
  );
  return { ...page, comparison, score, suggestedNumber };
}

/**
 * The inspection minutes (biên bản) as the actor may see them, or 404 (also for an officer before sign-off and for
 * another unit). Once per request: the page and its metadata share it.
 */
export const loadInspectionMinutes = cache(async (rawId: string) => {
  const scope = await requireScope();
  const id = idSchema.safeParse(rawId);
  if (!id.success) notFound();
  const minutes = await getInspectionMinutes(scope, id.data);
  if (!minutes) notFound();
  return minutes;
});
