import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** The checklist templates with their item counts. Reference data: every signed-in role may read it. */
export async function listChecklistTemplates(_scope: Scope) {
  return db.checklistTemplate.findMany({
    orderBy: [{ standard: "asc" }, { version: "desc" }],
    select: { id: true, standard: true, version: true, title: true, _count: { select: { items: true } } },
  });
}
