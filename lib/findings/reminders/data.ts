import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { isCommittee, isDostStaff } from "@/lib/auth/roles";
import { db } from "@/lib/db";

/**
 * The signed-in user's digest preference, and which digest their role receives: DOST staff the weekly one,
 * the committee the monthly summary; officers and partners receive none (their unit's reminders stay on).
 */
export async function digestPreference(scope: Scope) {
  const user = await db.user.findUnique({ where: { id: scope.actor.id }, select: { digestsEnabled: true } });
  const digest = isDostStaff(scope.actor) ? "weekly" : isCommittee(scope.actor) ? "monthly" : null;
  return { enabled: user?.digestsEnabled ?? false, digest } as const;
}
