import { db } from "@/lib/db";

/** Audit rows about one target, oldest first. */
export function auditRowsFor(target: { type: string; id: string }, type?: string) {
  return db.auditEvent.findMany({
    where: { targetType: target.type, targetId: target.id, ...(type ? { type } : {}) },
    orderBy: { id: "asc" },
  });
}

/** Audit rows of one type whose data names this e-mail address, oldest first (sign-in rows of unknown addresses have no target). */
export function auditRowsForEmail(type: string, email: string) {
  return db.auditEvent.findMany({ where: { type, data: { path: ["email"], equals: email } }, orderBy: { id: "asc" } });
}
