import "server-only";
import { notFound } from "next/navigation";
import { scopeFor } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { seesAllUnits, type Role } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import { getPlan } from "./data";

/** A plan page's data: the actor and the plan as they may see it, or 404. */
export async function loadPlanPage(params: Promise<{ id: string }>) {
  const actor = await requireActor();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [plan, t] = await Promise.all([getPlan(scopeFor(actor), id.data), getTranslator()]);
  if (!plan) notFound();
  return { actor, plan, t };
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
  ];
}
