import "server-only";
import type { Scope } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countLiveSessions } from "@/lib/auth/sessions";
import { foldForSearch } from "@/lib/text/normalize";
import { canManageUser } from "./policy";

export const userPageSize = 25;

/** Names of users by id, for "saved by …", threads and histories (blank ids skipped); in a transaction when given one. */
export async function userNames(
  ids: readonly (string | null | undefined)[],
  client: Tx = db,
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  const users = await client.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

const userListSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  status: true,
  lastSignInAt: true,
  agency: { select: { id: true, name: true } },
} satisfies Prisma.UserSelect;

/** Users for the administration screen. Only DOST administrators see accounts; anyone else gets an empty page. */
export async function listUsers(scope: Scope, query: { q?: string; role?: Role; page: number }) {
  if (!canManageUser(scope.actor, "list")) return { users: [], total: 0, pages: 1 };
  const q = query.q ? foldForSearch(query.q) : undefined;
  const where: Prisma.UserWhereInput = {
    ...(query.role ? { role: query.role } : {}),
    ...(q ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { searchName: { contains: q } }] } : {}),
  };
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      select: userListSelect,
      orderBy: [{ status: "asc" }, { name: "asc" }],
      skip: (query.page - 1) * userPageSize,
      take: userPageSize,
    }),
    db.user.count({ where }),
  ]);
  return { users, total, pages: Math.max(1, Math.ceil(total / userPageSize)) };
}

export type UserListItem = Awaited<ReturnType<typeof listUsers>>["users"][number];

/** One user for editing; null when absent or not the caller's to see. */
export async function getUser(scope: Scope, id: string) {
  if (!canManageUser(scope.actor, "read")) return null;
  return db.user.findUnique({
    where: { id },
    select: { ...userListSelect, agencyId: true, mustChangePassword: true, createdAt: true },
  });
}

export async function countUsersByStatus(scope: Scope) {
  if (!canManageUser(scope.actor, "list")) return null;
  // Plain SQL: the administrator's home page reads it on every view, where a model groupBy costs several times the CPU.
  const [row] = await db.$queryRaw<{ active: number; disabled: number }[]>`
    SELECT count(*) FILTER (WHERE status = 'ACTIVE')::int AS active,
           count(*) FILTER (WHERE status = 'DISABLED')::int AS disabled
      FROM user_account`;
  return { active: row?.active ?? 0, disabled: row?.disabled ?? 0 };
}

/** How many live sessions a user has; 0 for anyone who may not manage accounts. */
export async function countUserSessions(scope: Scope, id: string): Promise<number> {
  if (!canManageUser(scope.actor, "read")) return 0;
  return countLiveSessions(db, { userId: id, now: new Date() });
}
