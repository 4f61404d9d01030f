import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { AuditEvent, Prisma } from "@/lib/generated/prisma/client";
import { canReadAuditLog } from "./policy";

export const auditPageSize = 50;

/** A page of the audit log, newest first, for whoever may read it (canReadAuditLog); an empty page for anyone else. */
export async function listAuditEvents(
  scope: Scope,
  query: { type?: string; target?: { type: string; id: string }; page?: number; take?: number },
) {
  if (!canReadAuditLog(scope.actor)) return { events: [], total: 0, pages: 1 };
  const take = query.take ?? auditPageSize;
  const page = query.page ?? 1;
  const where: Prisma.AuditEventWhereInput = {
    ...(query.type ? { type: query.type } : {}),
    ...(query.target ? { targetType: query.target.type, targetId: query.target.id } : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (page - 1) * take, take }),
    db.auditEvent.count({ where }),
  ]);
  return { events: await withActors(rows), total, pages: Math.max(1, Math.ceil(total / take)) };
}

/** The newest audit rows with their actors' names (the administrator's home page: no count, no page); empty for anyone who may not read the audit log. */
export async function listRecentAuditEvents(scope: Scope, take: number): Promise<AuditEventView[]> {
  if (!canReadAuditLog(scope.actor)) return [];
  return withActors(await db.auditEvent.findMany({ orderBy: { id: "desc" }, take }));
}

/**
 * Audit rows with their actor's name, for display. The caller read the rows in its scope (the audit log, or
 * the history of a row it found visible); only the names of the actors are added.
 */
export async function withActors(rows: AuditEvent[]) {
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
  const actors = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })).map(
      (u) => [u.id, u],
    ),
  );
  return rows.map((r) => ({ ...r, id: r.id.toString(), actor: r.actorId ? (actors.get(r.actorId) ?? null) : null }));
}

export type AuditEventView = Awaited<ReturnType<typeof withActors>>[number];
