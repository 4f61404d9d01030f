import "server-only";
import { notFound } from "next/navigation";
import { requireScope } from "@/lib/auth/scope";
import { isAdmin } from "@/lib/auth/roles";
import type { EmailStatus } from "@/lib/generated/prisma/enums";
import { listOutbox } from "@/lib/mail/outbox";
import { listAuditEvents, listRecentAuditEvents } from "./data";
import { canReadAuditLog } from "./policy";
import { auditEventSchemas } from "./schema";

export type { AuditEventView } from "./data";

/** The event types the audit log can be filtered by. */
export const auditEventTypes = Object.keys(auditEventSchemas);

/** The audit log page (administrators; 404 for anyone else): `?type=` when it is a known type, `?page=` from 1. */
export async function loadAuditLogPage(searchParams: Promise<{ type?: string; page?: string }>) {
  const scope = await requireScope();
  if (!canReadAuditLog(scope.actor)) notFound();
  const params = await searchParams;
  const type = params.type && auditEventTypes.includes(params.type) ? params.type : undefined;
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  const { events, pages } = await listAuditEvents(scope, { type, page });
  return { type, page, events, pages };
}

export const outboxStatuses: EmailStatus[] = ["PENDING", "SENT", "FAILED"];

/**
 * The outbox page (administrators; 404 for anyone else), filtered by `?status=` when it is one. It sits with
 * the audit log: both are the administrators' record of what the app did.
 */
export async function loadOutboxPage(searchParams: Promise<{ status?: string }>) {
  const scope = await requireScope();
  if (!isAdmin(scope.actor)) notFound();
  const query = await searchParams;
  const status = outboxStatuses.find((s) => s === query.status);
  return { status, rows: await listOutbox(scope, { status }) };
}

/** The newest audit rows for the home page: administrators only (null for everyone else). */
export async function loadRecentActivity(take: number) {
  const scope = await requireScope();
  if (!isAdmin(scope.actor)) return null;
  return { events: await listRecentAuditEvents(scope, take) };
}
