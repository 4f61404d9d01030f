import "server-only";
import { notFound } from "next/navigation";
import { listAgencyOptions } from "@/lib/agencies";
import { listAuditEvents } from "@/lib/audit";
import { requireScope } from "@/lib/auth/scope";
import { countUserSessions, countUsersByStatus, getUser, listUsers } from "./data";
import { canManageUser } from "./policy";
import { userId, userListQuerySchema } from "./schema";

/** The accounts page (administrators; 404 for anyone else): one page of users and the units to assign. */
export async function loadUsersPage(searchParams: Promise<Record<string, string | undefined>>) {
  const scope = await requireScope();
  if (!canManageUser(scope.actor, "list")) notFound();
  const query = userListQuerySchema.parse(await searchParams);
  const [list, agencies] = await Promise.all([listUsers(scope, query), listAgencyOptions(scope)]);
  return { query, ...list, agencies };
}

/** One account for editing, with its history and live sessions; 404 when the id is not one the actor may manage. */
export async function loadUserPage(params: Promise<{ id: string }>) {
  const scope = await requireScope();
  const parsed = userId.safeParse((await params).id);
  if (!parsed.success) notFound();
  const user = await getUser(scope, parsed.data);
  if (!user) notFound();
  const [agencies, history, liveSessions] = await Promise.all([
    listAgencyOptions(scope),
    listAuditEvents(scope, { target: { type: "user", id: user.id }, take: 20 }),
    countUserSessions(scope, user.id),
  ]);
  return { user, agencies, history: history.events, liveSessions };
}

/** The own-password page: open while an administrator-set password is pending, which it then says. */
export async function loadChangePasswordPage() {
  const scope = await requireScope({ allowPendingPasswordChange: true });
  return { mustChangePassword: scope.actor.mustChangePassword };
}

/** Active and disabled accounts, for the home page; null for anyone who may not manage accounts. */
export async function loadUserCounts() {
  return countUsersByStatus(await requireScope());
}
