import "server-only";
import type { Actor, Scope } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { accountKeysWhere } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { foldForSearch, cleanText } from "@/lib/text/normalize";
import { generateTemporaryPassword } from "./passwords/generator";
import { canManageUser, userVisibility, type UserAction } from "./policy";
import type { ChangePasswordInput, CreateUserInput, UpdateUserInput } from "./schema";

/** What every use case here is given: the caller's scope (its actor is who acts) and address for the audit row. */
type Ctx = { scope: Scope; ip: string | null };

/** The account `id` as the actor may reach it (userVisibility), in a `where`. */
const reachable = (actor: Actor, id: string) => ({ AND: [userVisibility(actor), { id }] });

function authorise(actor: Actor, action: UserAction, target?: { id: string }) {
  if (!canManageUser(actor, action, target)) {
    throw new AppError(
      "FORBIDDEN",
      action === "disable"
        ? "users.cannotDisableSelf"
        : action === "changeRole"
          ? "users.cannotDemoteSelf"
          : "errors.FORBIDDEN",
    );
  }
}

async function assertAgencyExists(tx: Prisma.TransactionClient, agencyId: string | null) {
  if (!agencyId) return;
  const found = await tx.agency.count({ where: { id: agencyId } });
  if (!found) throw new AppError("VALIDATION", "errors.VALIDATION", { agencyId: ["users.agencyNotFound"] });
}

export async function createUser(input: CreateUserInput, { scope, ip }: Ctx) {
  const { actor } = scope;
  authorise(actor, "create");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const name = cleanText(input.name);
  try {
    const user = await db.$transaction(async (tx) => {
      await assertAgencyExists(tx, input.agencyId);
      const created = await tx.user.create({
        data: {
          email: input.email,
          name,
          searchName: foldForSearch(name),
          role: input.role,
          agencyId: input.agencyId,
          passwordHash,
          mustChangePassword: true,
        },
      });
      await writeAudit(tx, {
        type: "user.created",
        actorId: actor.id,
        target: { type: "user", id: created.id },
        data: { email: created.email, role: created.role, agencyId: created.agencyId },
        ip,
      });
      return created;
    });
    return { id: user.id, email: user.email, temporaryPassword };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("VALIDATION", "errors.VALIDATION", { email: ["users.emailTaken"] });
    }
    throw error;
  }
}

export async function updateUser(input: UpdateUserInput, { scope, ip }: Ctx) {
  const { actor } = scope;
  authorise(actor, "update", input);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: reachable(actor, input.id) });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.role !== input.role) authorise(actor, "changeRole", input);
    await assertAgencyExists(tx, input.agencyId);
    const name = cleanText(input.name);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (before.name !== name) changes.name = { from: before.name, to: name };
    if (before.role !== input.role) changes.role = { from: before.role, to: input.role };
    if (before.agencyId !== input.agencyId) changes.agencyId = { from: before.agencyId, to: input.agencyId };
    if (Object.keys(changes).length === 0) return { id: before.id };
    await tx.user.update({
      where: { id: input.id },
      data: { name, searchName: foldForSearch(name), role: input.role, agencyId: input.agencyId },
    });
    await writeAudit(tx, {
      type: "user.updated",
      actorId: actor.id,
      target: { type: "user", id: input.id },
      data: { changes },
      ip,
    });
    return { id: before.id };
  });
}

/** Disabling revokes the user's sessions (and every request re-reads the status). Idempotent. */
export async function setUserStatus(input: { id: string; status: "ACTIVE" | "DISABLED" }, { scope, ip }: Ctx) {
  const { actor } = scope;
  authorise(actor, input.status === "DISABLED" ? "disable" : "enable", input);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { AND: [reachable(actor, input.id), { status: { not: input.status } }] },
      data: { status: input.status },
    });
    if (count === 0) {
      if (!(await tx.user.count({ where: reachable(actor, input.id) }))) throw new AppError("NOT_FOUND");
      return { id: input.id, changed: false };
    }
    if (input.status === "DISABLED") {
      const sessions = await revokeUserSessions(tx, { userId: input.id, now: new Date() });
      await writeAudit(tx, {
        type: "user.disabled",
        actorId: actor.id,
        target: { type: "user", id: input.id },
        data: { sessions },
        ip,
      });
    } else {
      await writeAudit(tx, {
        type: "user.enabled",
        actorId: actor.id,
        target: { type: "user", id: input.id },
        data: {},
        ip,
      });
    }
    return { id: input.id, changed: true };
  });
}

/** Sets a temporary password, which the user must change; existing sessions end. */
export async function resetUserPassword(input: { id: string }, { scope, ip }: Ctx) {
  const { actor } = scope;
  authorise(actor, "resetPassword", input);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: reachable(actor, input.id), select: { email: true } });
    if (!user) throw new AppError("NOT_FOUND");
    await tx.user.update({ where: { id: input.id }, data: { passwordHash, mustChangePassword: true } });
    const sessions = await revokeUserSessions(tx, { userId: input.id, now: new Date() });
    await tx.signInThrottle.deleteMany({ where: accountKeysWhere(user.email) });
    await writeAudit(tx, {
      type: "user.password_reset",
      actorId: actor.id,
      target: { type: "user", id: input.id },
      data: { sessions },
      ip,
    });
  });
  return { id: input.id, temporaryPassword };
}

/** The signed-in user's own password. All sessions, this one included, are revoked: the user signs in again. */
export async function changeOwnPassword(input: ChangePasswordInput, { scope, ip }: Ctx) {
  const { actor } = scope;
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { currentPassword: ["auth.wrongCurrentPassword"] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: user.passwordHash },
      data: { passwordHash, mustChangePassword: false },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const sessions = await revokeUserSessions(tx, { userId: actor.id, now: new Date() });
    await writeAudit(tx, {
      type: "auth.password_changed",
      actorId: actor.id,
      target: { type: "user", id: actor.id },
      data: { sessions },
      ip,
    });
  });
}

/** "Sign out everywhere" for oneself: every session of the actor ends, this one included. */
export async function signOutEverywhere(_input: unknown, { scope, ip }: Ctx) {
  const { actor } = scope;
  return db.$transaction(async (tx) => {
    const sessions = await revokeUserSessions(tx, { userId: actor.id, now: new Date() });
    await writeAudit(tx, {
      type: "auth.signed_out_everywhere",
      actorId: actor.id,
      target: { type: "user", id: actor.id },
      data: { sessions },
      ip,
    });
    return { sessions };
  });
}

/** An administrator ends every session of a user (a lost phone, a shared computer). Audited even when none was live. */
export async function signOutUserEverywhere(input: { id: string }, { scope, ip }: Ctx) {
  const { actor } = scope;
  authorise(actor, "signOutEverywhere", input);
  return db.$transaction(async (tx) => {
    if (!(await tx.user.count({ where: reachable(actor, input.id) }))) throw new AppError("NOT_FOUND");
    const sessions = await revokeUserSessions(tx, { userId: input.id, now: new Date() });
    await writeAudit(tx, {
      type: "user.sessions_revoked",
      actorId: actor.id,
      target: { type: "user", id: input.id },
      data: { sessions },
      ip,
    });
    return { id: input.id, sessions };
  });
}
