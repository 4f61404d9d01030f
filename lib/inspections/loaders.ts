import "server-only";
import { notFound } from "next/navigation";
import { scopeFor } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import { getInspection } from "./data";
import { canInspection } from "./policy";

/** An inspection page's data: the actor, the inspection as they may see it (or 404), and what they may do. */
export async function loadInspectionPage(params: Promise<{ id: string }>) {
  const actor = await requireActor();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [inspection, t] = await Promise.all([getInspection(scopeFor(actor), id.data), getTranslator()]);
  if (!inspection) notFound();
  const may = (action: Parameters<typeof canInspection>[1]) =>
    canInspection(actor, action, inspection, inspection.membership);
  return {
    actor,
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
