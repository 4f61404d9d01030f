import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Scope } from "@/lib/auth/actor";
import { requireScope } from "@/lib/auth/scope";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import { getCompletenessPlan, listPlanKinds, planCompleteness } from "./completeness/data";
import { chooseCompletenessPlan } from "./completeness/rules";
import { getRecord, listRecordPlans, listRecordRequests, listRecords } from "./data";
import { canRecord, isReviewer, seesQueue } from "./policy";
import { completenessQuerySchema, recordListQuerySchema } from "./schema";

export type { AnnualReport } from "@/lib/generated/prisma/client";
export type { UnitCompleteness } from "./completeness/data";
export type { RecordDetail, RecordListItem } from "./data";

/**
 * The records page. DOST and the committee: the review queue of every unit. An officer: their unit's
 * records, and their unit's completeness in one plan (`?ke-hoach=`, else chooseCompletenessPlan) with
 * DOST's requests whose categories are still missing (the open ones).
 */
export async function loadRecordsPage(searchParams: Promise<Record<string, string | undefined>>) {
  const scope = await requireScope();
  const { actor } = scope;
  const query = recordListQuerySchema.parse(await searchParams);
  const queue = seesQueue(actor);
  const [list, plans] = await Promise.all([listRecords(scope, query), listRecordPlans(scope)]);
  const ownPlan = queue ? undefined : chooseCompletenessPlan(plans, query["ke-hoach"]);
  return {
    query,
    queue,
    ...list,
    plans,
    own: ownPlan ? await ownUnitSummary(scope, ownPlan) : null,
    canUpload: canRecord(actor, "upload"),
  };
}

async function ownUnitSummary(scope: Scope, plan: { id: string; year: number; number: string }) {
  const [[completeness], requests] = await Promise.all([
    planCompleteness(scope, plan),
    listRecordRequests(scope, { planId: plan.id }),
  ]);
  if (!completeness) return null;
  const open = requests.filter((r) => r.categories.some((c) => completeness.missing.includes(c)));
  return { plan, completeness, openRequests: open };
}
export type OwnUnitSummaryData = NonNullable<Awaited<ReturnType<typeof ownUnitSummary>>>;

/**
 * Completeness per unit of a plan's dossier scope, for those who see every unit (an officer's own view is on
 * /ho-so, where they are sent). `?plan=` must be a plan they see (404 otherwise); without it, the plan at work.
 */
export async function loadCompletenessPage(searchParams: Promise<Record<string, string | undefined>>) {
  const scope = await requireScope();
  if (!seesQueue(scope.actor)) redirect("/ho-so");
  const query = completenessQuerySchema.parse(await searchParams);
  const plans = await listRecordPlans(scope);
  const planId = query.plan ?? chooseCompletenessPlan(plans)?.id;
  const plan = planId ? await getCompletenessPlan(scope, planId) : null;
  if (query.plan && !plan) notFound();
  const [units, kinds] = plan
    ? await Promise.all([
        planCompleteness(scope, plan, { kind: query.kind, q: query.q, incomplete: query.incomplete === "1" }),
        listPlanKinds(scope, plan.id),
      ])
    : [[], []];
  return {
    query,
    plans,
    plan,
    units,
    kinds,
    complete: units.filter((u) => u.percent >= 100).length,
    canRequest: canRecord(scope.actor, "requestMissing"),
  };
}

/** The upload form of a new record: the officer's own unit only (404 for anyone else), with the plans it may answer. */
export async function loadNewRecordPage() {
  const scope = await requireScope();
  if (!canRecord(scope.actor, "upload")) notFound();
  return { plans: await listRecordPlans(scope) };
}

/** A record page's data: the record as the actor may see it (or 404), the version to show (latest by default), and what the actor may do. */
export async function loadRecordPage(
  params: Promise<{ id: string }>,
  searchParams?: Promise<Record<string, string | undefined>>,
) {
  const scope = await requireScope();
  const { actor } = scope;
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [record, t, locale] = await Promise.all([getRecord(scope, id.data), getTranslator(), getLocale()]);
  if (!record) notFound();
  const asked = Number((await searchParams)?.["phien-ban"]);
  const selected = record.versions.find((v) => v.number === asked) ?? record.versions[0];
  if (!selected) notFound();
  const report = record.versions.find((v) => v.annualReport)?.annualReport ?? null;
  const can = {
    addVersion: canRecord(actor, "addVersion", record),
    /** The annual report is resubmitted through its form, for its year. */
    resubmitReport: record.category === "ANNUAL_REPORT" && !!report && canRecord(actor, "submitAnnualReport"),
    review: isReviewer(actor),
  };
  return { record, selected, report, can, t, locale };
}

/** The officer's new version of a record (404 when they may not add one), with the revision DOST asked for, if any. */
export async function loadNewVersionPage(params: Promise<{ id: string }>) {
  const { record, can, t } = await loadRecordPage(params);
  if (!can.addVersion) notFound();
  const latest = record.versions[0]!;
  const revision = record.versions.find((v) => v.status === "REVISION_REQUESTED" && v.number === latest.number);
  return { record, latest, revision, t };
}
