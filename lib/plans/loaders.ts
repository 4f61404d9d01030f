import "server-only";
import { notFound } from "next/navigation";
import { scopeFor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { recordId as uuid } from "@/lib/ids";
import { getPlan } from "./data";

/** A plan page's data: the actor and the plan as they may see it, or 404. */
export async function loadPlanPage(params: Promise<{ id: string }>) {
  const actor = await requireActor();
  const id = uuid.safeParse((await params).id);
  if (!id.success) notFound();
  const [plan, t] = await Promise.all([getPlan(scopeFor(actor), id.data), getTranslator()]);
  if (!plan) notFound();
  return { actor, plan, t };
}

/** The tabs of a plan page, for the actor. */
export function planTabs(
  t: Awaited<ReturnType<typeof getTranslator>>,
  actor: { role: string },
  plan: { previous: unknown },
) {
  const staffish = actor.role !== "AGENCY_OFFICER";
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
  ];
}
