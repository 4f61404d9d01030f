import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { rolesRequiringAgency, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Prisma, User } from "@/lib/generated/prisma/client";
import { foldForSearch } from "@/lib/text/normalize";
import { createAgency } from "./agencies";
import { uniqueEmail, uniqueToken } from "./unique";

/** Every factory user has this password. Argon2 costs ~50–100 ms, so it is hashed once per test file (worker module). */
export const factoryPassword = "Mật khẩu thử 2021";

let hashed: Promise<string> | undefined;
export const factoryPasswordHash = () => (hashed ??= hashPassword(factoryPassword));

export type UserOverrides = Partial<Omit<Prisma.UserUncheckedCreateInput, "role">> & { role?: Role };

/** A user with a unique e-mail; roles that need a unit get a fresh one unless `agencyId` is given. */
export async function createUser(overrides: UserOverrides = {}): Promise<User> {
  const role = overrides.role ?? "DOST_INSPECTOR";
  const name = overrides.name ?? `Người dùng thử ${uniqueToken()}`;
  const agencyId =
    overrides.agencyId !== undefined
      ? overrides.agencyId
      : rolesRequiringAgency.includes(role)
        ? (await createAgency()).id
        : null;
  return db.user.create({
    data: {
      email: uniqueEmail(role.toLowerCase().replace(/_/g, "-")),
      searchName: foldForSearch(name),
      passwordHash: await factoryPasswordHash(),
      ...overrides,
      name,
      role,
      agencyId,
    },
  });
}

export function actorOf(user: User): Actor {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    agencyId: user.agencyId,
    mustChangePassword: user.mustChangePassword,
  };
}

/** A user and the actor a use case receives for them. */
export async function createActor(role: Role, overrides: Omit<UserOverrides, "role"> = {}) {
  const user = await createUser({ ...overrides, role });
  return { user, actor: actorOf(user) };
}
