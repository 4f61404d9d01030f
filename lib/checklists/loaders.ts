import "server-only";
import { notFound } from "next/navigation";
import { scopeFor } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import { getChecklistTemplate, listKindOptions } from "./data";
import { canChecklist } from "./policy";

/** A checklist version's page: the actor, the version with its items, and what the actor may do; or 404. */
export async function loadChecklistPage(params: Promise<{ id: string }>) {
  const actor = await requireActor();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [template, t, locale] = await Promise.all([
    getChecklistTemplate(scopeFor(actor), id.data),
    getTranslator(),
    getLocale(),
  ]);
  if (!template || !canChecklist(actor, "read", template)) notFound();
  const editable = canChecklist(actor, "edit", template);
  return {
    actor,
    template,
    t,
    locale,
    editable,
    canCopy: canChecklist(actor, "copy", template),
    kinds: await listKindOptions(),
  };
}
