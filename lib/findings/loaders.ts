import "server-only";
import { notFound } from "next/navigation";
import { isOfficer } from "@/lib/auth/roles";
import { requireScope } from "@/lib/auth/scope";
import { getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import { todayInVietnam } from "@/lib/text/dates";
import {
  getFinding,
  getFindingThread,
  getInspectionCorrective,
  listCorrectiveQueue,
  listCorrectiveRecordVersions,
  listFindingPlans,
  listFindings,
  type FindingListItem,
} from "./data";
import { canCorrective, verifiesCorrectiveActions } from "./policy";
import { awaitingUnit, findingListQuerySchema, type FindingListQuery, type FindingStatusValue } from "./schema";

export type { FindingListItem, FindingThread } from "./data";

type Translator = Awaited<ReturnType<typeof getTranslator>>;
type Scope = Awaited<ReturnType<typeof requireScope>>;
type Listed = { findings: FindingListItem[]; total: number; pages: number };

/**
 * What the findings list and the corrective-action queue share: the URL's filters parsed, one page from
 * `list`, the plans the filter offers (labelled) and today.
 */
async function findingsListing(
  searchParams: Promise<Record<string, string | undefined>>,
  list: (scope: Scope, query: FindingListQuery, today: Date) => Promise<Listed>,
) {
  const scope = await requireScope();
  const query = findingListQuerySchema.parse(await searchParams);
  const today = todayInVietnam();
  const [t, listed, plans] = await Promise.all([getTranslator(), list(scope, query, today), listFindingPlans(scope)]);
  const { page: _page, ...filters } = query;
  return { scope, t, query, filters, today, ...listed, plans: planOptions(t, plans) };
}

/**
 * The findings list: one page of the findings the actor may read under the URL's filters, the plans the
 * filter offers (labelled), and the lead for the actor (an officer reads their own unit's only).
 */
export async function loadFindingsPage(searchParams: Promise<Record<string, string | undefined>>) {
  const { scope, ...page } = await findingsListing(searchParams, listFindings);
  return { ...page, lead: isOfficer(scope.actor) ? ("findings.leadOfficer" as const) : ("findings.lead" as const) };
}

/** The plan filter's options, labelled "05/KH-SKHCN (2021)" and the version of an amendment. */
function planOptions(t: Translator, plans: Awaited<ReturnType<typeof listFindingPlans>>) {
  return plans.map((p) => ({
    id: p.id,
    label: `${p.number} (${p.year})${p.version > 1 ? ` — ${t("plans.version", { version: p.version })}` : ""}`,
  }));
}

/**
 * The corrective-action queue: the findings list's filters, unresolved findings unless a status is asked,
 * the actor's own work first (an officer: findings awaiting the unit; DOST: answers to verify).
 */
export async function loadCorrectivePage(searchParams: Promise<Record<string, string | undefined>>) {
  const { scope, ...page } = await findingsListing(searchParams, (scope, query, today) =>
    listCorrectiveQueue(scope, query, queuePriority(scope), today),
  );
  const { t, findings } = page;
  return {
    ...page,
    lead: isOfficer(scope.actor) ? ("corrective.leadOfficer" as const) : ("corrective.lead" as const),
    /** An officer's records on this page with nonconformities awaiting the unit: each can be answered at once. */
    reportable: isOfficer(scope.actor)
      ? [
          ...new Map(
            findings
              .filter((f) => f.severity !== "RECOMMENDATION" && (awaitingUnit as readonly string[]).includes(f.status))
              .map((f) => [
                f.inspection.id,
                {
                  id: f.inspection.id,
                  label: `${f.inspection.plan.number} (${f.inspection.plan.year}) — ${t(`findings.kinds.${f.inspection.kind}`)}`,
                },
              ]),
          ).values(),
        ]
      : [],
  };
}

/** The statuses the queue lists first for the actor: an officer's to answer, DOST's to verify. */
function queuePriority(scope: Scope): readonly FindingStatusValue[] {
  if (isOfficer(scope.actor)) return awaitingUnit;
  return verifiesCorrectiveActions(scope.actor) ? ["ANSWERED"] : [];
}

/** The finding the URL names as the actor may see it; 404 for a malformed id or one out of scope. */
async function findingOr404(scope: Scope, params: Promise<{ id: string }>) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const finding = await getFinding(scope, id.data);
  if (!finding) notFound();
  return finding;
}

/** What the actor may do on a finding page (the policy's table over the finding's state). */
function permissionsOn(scope: Scope, finding: NonNullable<Awaited<ReturnType<typeof getFinding>>>) {
  const state = {
    status: finding.status,
    severity: finding.severity,
    agencyId: finding.agencyId,
    inspectionSignedOff: finding.inspection.status === "SIGNED_OFF",
    extensionWaiting: finding.extensions.length > 0,
  };
  return {
    answer: canCorrective(scope.actor, "answer", state),
    acknowledge: canCorrective(scope.actor, "acknowledge", state),
    requestExtension: canCorrective(scope.actor, "requestExtension", state) && finding.dueDate !== null,
    verify: canCorrective(scope.actor, "verify", state),
    decideExtension: canCorrective(scope.actor, "decideExtension", state),
  };
}

/** A finding page with its corrective-action thread and the forms the actor may use; 404 when out of scope. */
export async function loadFindingThreadPage(params: Promise<{ id: string }>) {
  const scope = await requireScope();
  const finding = await findingOr404(scope, params);
  const can = permissionsOn(scope, finding);
  const [thread, records] = await Promise.all([
    getFindingThread(scope, finding.id),
    can.answer ? listCorrectiveRecordVersions(scope, finding.agencyId) : Promise.resolve([]),
  ]);
  return { finding, thread, records, can, today: todayInVietnam() };
}

/** The all-at-once report page of one inspection: its findings awaiting the unit and the reports sent; 404 when out of scope. */
export async function loadCorrectiveReportPage(params: Promise<{ inspectionId: string }>) {
  const scope = await requireScope();
  const id = idSchema.safeParse((await params).inspectionId);
  if (!id.success) notFound();
  const data = await getInspectionCorrective(scope, id.data);
  if (!data) notFound();
  const signedOff = data.inspection.status === "SIGNED_OFF";
  const answerable = data.awaiting.filter((f) =>
    canCorrective(scope.actor, "answer", {
      status: f.status,
      severity: f.severity,
      agencyId: data.inspection.agencyId,
      inspectionSignedOff: signedOff,
    }),
  );
  const records = answerable.length ? await listCorrectiveRecordVersions(scope, data.inspection.agencyId) : [];
  return { ...data, answerable, records, today: todayInVietnam() };
}
