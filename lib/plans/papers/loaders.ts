import "server-only";
import { notFound } from "next/navigation";
import { requireScope } from "@/lib/auth/scope";
import { getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import { planTabs } from "../loaders";
import { getPlanPapers } from "./data";
import { paperList } from "./list";

/** The papers tab: what the actor may read of the plan's papers, with the forms DOST may use; 404 when out of sight. */
export async function loadPlanPapersPage(params: Promise<{ id: string }>) {
  const scope = await requireScope();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [papers, t] = await Promise.all([getPlanPapers(scope, id.data), getTranslator()]);
  if (!papers) notFound();
  return {
    t,
    plan: papers.plan,
    whole: papers.whole,
    tabs: planTabs(t, scope.actor, { previous: papers.previousId }),
    items: paperList(scope.actor, papers),
  };
}
