import "server-only";
import { notFound } from "next/navigation";
import { scopeFor } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { idSchema } from "@/lib/ids";
import { getFinding } from "./data";

/** A finding page's data: the actor and the finding as they may see it, or 404. */
export async function loadFindingPage(params: Promise<{ id: string }>) {
  const actor = await requireActor();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const finding = await getFinding(scopeFor(actor), id.data);
  if (!finding) notFound();
  return { actor, finding };
}
