import "server-only";
import { notFound } from "next/navigation";
import { requireScope } from "@/lib/auth/scope";
import { seesAllUnits, type Role } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import { listPlanInspections } from "@/lib/inspections";
import { canInspection } from "@/lib/inspections/policy";
import { planInspectionsQuerySchema } from "@/lib/inspections/schema";
import { userNames } from "@/lib/users";
import { getPlan, listCandidateUnits, listPlans, listProvincialAgencies, listTeamCandidates } from "./data";
import { editPlanForm, newPlanForm } from "./form/values";
import { canEditPlan, readOnlyNotice, seesWholePlan } from "./policy";
import { listProposals } from "./proposal/data";
import { filterTargets, type TargetQuery } from "./targets/filter";
import { diffPlans } from "./versions/diff";
import { availableActions } from "./workflow/state";

export type { PlanDetail } from "./data";
export type { ProposalList } from "./proposal/data";

/** The plans list: the plans the actor may see, and whether they may start a new one. */
export async function loadPlanList() {
  const scope = await requireScope();
  const [t, plans] = await Promise.all([getTranslator(), listPlans(scope)]);
  // An officer sees only their own unit's part of a plan, not its size.
  return { t, plans, canCreate: canEditPlan(scope.actor, "create"), whole: seesWholePlan(scope.actor) };
}

/** The new-plan form with DOST as the lead unit and the partner departments as coordinators; 404 for those who may not create. */
export async function loadNewPlanPage() {
  const scope = await requireScope();
  if (!canEditPlan(scope.actor, "create")) notFound();
  const [t, agencies] = await Promise.all([getTranslator(), listProvincialAgencies(scope)]);
  return { t, form: newPlanForm(agencies) };
}

/** A plan page's data: the actor and the plan as they may see it, or 404. */
export async function loadPlanPage(params: Promise<{ id: string }>) {
  const scope = await requireScope();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [plan, t] = await Promise.all([getPlan(scope, id.data), getTranslator()]);
  if (!plan) notFound();
  return { actor: scope.actor, scope, plan, t };
}

/** The overview: the plan, the workflow buttons the actor has, why it is read-only, and who took each step. */
export async function loadPlanOverview(params: Promise<{ id: string }>) {
  const { actor, plan, t } = await loadPlanPage(params);
  const whole = seesWholePlan(actor);
  const actors = whole ? await userNames(plan.events.map((e) => e.actorId)) : new Map<string, string>();
  return {
    actor,
    plan,
    t,
    whole,
    actors,
    actions: availableActions(actor.role, plan.status).filter((a) => !(a === "amend" && plan.amendment)),
    notice: readOnlyNotice(actor, plan),
    canEdit: canEditPlan(actor, "edit", plan),
  };
}

/** The edit form of a draft; 404 for anyone who may not edit it now. */
export async function loadEditPlanPage(params: Promise<{ id: string }>) {
  const { scope, plan, t } = await loadPlanPage(params);
  if (!canEditPlan(scope.actor, "edit", plan)) notFound();
  return { plan, t, form: editPlanForm(plan, await listProvincialAgencies(scope)) };
}

/** An amendment beside the version it amends; 404 for an officer or a first version. */
export async function loadPlanDiffPage(params: Promise<{ id: string }>) {
  const { actor, scope, plan, t } = await loadPlanPage(params);
  if (!seesWholePlan(actor) || !plan.previous) notFound();
  const previous = await getPlan(scope, plan.previous.id);
  if (!previous) notFound();
  return { actor, plan, previous, t, diff: diffPlans(previous, plan) };
}

/** The team tab: the members, and the people who may still join while the team is editable. */
export async function loadPlanTeamPage(params: Promise<{ id: string }>) {
  const { actor, scope, plan, t } = await loadPlanPage(params);
  if (!seesWholePlan(actor)) notFound();
  const editable = canEditPlan(actor, "editTeam", plan);
  const onTeam = new Set(plan.members.map((m) => m.userId));
  const candidates = editable ? (await listTeamCandidates(scope)).filter((u) => !onTeam.has(u.id)) : [];
  return { actor, plan, t, editable, candidates };
}

/** The scope tab: the plan's targets filtered and paged as in the URL, and the units that may still be added. */
export async function loadPlanScopePage(params: Promise<{ id: string }>, searchParams: Promise<TargetQuery>) {
  const { actor, scope, plan, t } = await loadPlanPage(params);
  if (!seesWholePlan(actor) || !plan.summary) notFound();
  const query = await searchParams;
  const editable = canEditPlan(actor, "editScope", plan);
  const inPlan = new Set(plan.targets.map((target) => target.agencyId));
  const [candidates, proposals] = await Promise.all([
    editable ? listCandidateUnits(scope, plan.issuedOn) : [],
    listProposals(scope, plan.id),
  ]);
  const others = candidates.filter((u) => !inPlan.has(u.id));
  return {
    actor,
    plan,
    proposals,
    proposalEditable: editable && plan.status === "DRAFT",
    summary: plan.summary,
    t,
    editable,
    notice: readOnlyNotice(actor, plan),
    query,
    ...filterTargets(plan.targets, query),
    others,
    adding: others.find((u) => u.id === query.add) ?? null,
  };
}

/** The plan's inspections tab, filtered as in the URL, and whether the actor may assign members in bulk. */
export async function loadPlanInspectionsPage(
  params: Promise<{ id: string }>,
  searchParams: Promise<Record<string, string | undefined>>,
) {
  const { actor, scope, plan, t } = await loadPlanPage(params);
  if (!seesWholePlan(actor)) notFound();
  const query = planInspectionsQuerySchema.parse(await searchParams);
  const list = await listPlanInspections(scope, plan.id, query);
  const lead = plan.members.find((m) => m.userId === actor.id);
  const mayAssign =
    canInspection(actor, "assign", { status: "IN_PROGRESS" }, lead ? { role: lead.role, assigned: false } : null) &&
    list.inspections.length > 0;
  return { actor, plan, t, query, ...list, mayAssign };
}

/** The tabs of a plan page, for the actor. */
export function planTabs(
  t: Awaited<ReturnType<typeof getTranslator>>,
  actor: { role: Role },
  plan: { previous: unknown },
) {
  const staffish = seesAllUnits(actor);
  return [
    { slug: "", label: t("plans.overview") },
    ...(staffish
      ? [
          { slug: "pham-vi", label: t("plans.scope.title") },
          { slug: "doan", label: t("plans.team.title") },
        ]
      : []),
    { slug: "lich", label: t("plans.schedule.title") },
    ...(staffish ? [{ slug: "kiem-tra", label: t("inspections.planTab.title") }] : []),
    ...(staffish && plan.previous ? [{ slug: "so-sanh", label: t("plans.workflow.compare") }] : []),
    // Everyone who sees the plan: what each may read there is the papers page's business (lib/plans/papers).
    { slug: "van-ban", label: t("planPapers.tab") },
  ];
}
