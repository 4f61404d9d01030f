import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { servedOverHttps } from "@/lib/security/headers";
import type { Actor } from "./actor";

/**
 * The current actor, read from the database on every request: a role change or a disabled account takes
 * effect at once, not at token expiry. null: not signed in, disabled, or signed in before a password reset.
 */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const cookieStore = await cookies();
  const token = await getToken({
    req: { cookies: Object.fromEntries(cookieStore.getAll().map((c) => [c.name, c.value])), headers: {} } as never,
    secret: env().NEXTAUTH_SECRET,
    secureCookie: servedOverHttps(await headers()), // the cookie name next-auth gave it (lib/auth/options.ts)
  });
  const userId = token?.sub;
  if (!userId) return null;
  const signedInAt = typeof token?.signedInAt === "number" ? token.signedInAt : 0;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, agencyId: true, status: true, mustChangePassword: true, sessionsValidFrom: true },
  });
  if (!user || user.status !== "ACTIVE" || user.sessionsValidFrom.getTime() > signedInAt) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    agencyId: user.agencyId,
    mustChangePassword: user.mustChangePassword,
  };
});

/**
 * For pages: the actor, or a redirect to the sign-in page. A user who still has to change an
 * administrator-set password is sent to /doi-mat-khau. Checked by each page, not by the layout: a layout
 * is not rendered again on client-side navigation between the pages it wraps.
 */
export async function requireActor(options: { allowPendingPasswordChange?: boolean } = {}): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/dang-nhap?reason=session");
  if (actor.mustChangePassword && !options.allowPendingPasswordChange) redirect("/doi-mat-khau");
  return actor;
}

export async function requestIp(): Promise<string | null> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip");
}
