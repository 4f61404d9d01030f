import "server-only";
import { notFound } from "next/navigation";
import { scopeFor } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import { getRecord } from "./data";

/** A record page's data: the actor, the record as they may see it (or 404), and the version to show (latest by default). */
export async function loadRecordPage(
  params: Promise<{ id: string }>,
  searchParams?: Promise<Record<string, string | undefined>>,
) {
  const actor = await requireActor();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [record, t, locale] = await Promise.all([getRecord(scopeFor(actor), id.data), getTranslator(), getLocale()]);
  if (!record) notFound();
  const asked = Number((await searchParams)?.["phien-ban"]);
  const selected = record.versions.find((v) => v.number === asked) ?? record.versions[0];
  if (!selected) notFound();
  return { actor, record, selected, t, locale };
}
