import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { env, trustedProxies } from "@/lib/env";
import { clientAddressFrom } from "@/lib/http/client-address";
import { idSchema } from "@/lib/ids";
import { servedOverHttps } from "@/lib/security/headers";
import type { Actor } from "./actor";
import { sessionOf } from "./sessions";

/**
 * The current actor and their stored language, read from the database on every request: a role change, a disabled account or an
 * ended session takes effect at once, not at token expiry. null: not signed in, or the token's session
 * (its `sid`) is missing, revoked or expired, or the account is disabled (lib/auth/sessions.ts).
 */
export const getCurrentSession = cache(async () => {
  const cookieStore = await cookies();
  const token = await getToken({
    req: { cookies: Object.fromEntries(cookieStore.getAll().map((c) => [c.name, c.value])), headers: {} } as never,
    secret: env().NEXTAUTH_SECRET,
    secureCookie: servedOverHttps(await headers()), // the cookie name next-auth gave it (lib/auth/options.ts)
  });
  const userId = token?.sub;
  const sessionId = token?.sid;
  // A token from before server-side sessions has no sid: refused, the user signs in again.
  if (!userId || !idSchema.safeParse(sessionId).success) return null;
  return sessionOf(db, { sessionId: sessionId as string, userId, now: new Date() });
});

/** The current actor (getCurrentSession without the stored language). */
export const getCurrentActor = cache(async (): Promise<Actor | null> => (await getCurrentSession())?.actor ?? null);

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

/** The client's address for the audit log (lib/http/client-address.ts); null when unknown. */
export async function requestIp(): Promise<string | null> {
  return clientAddressFrom(await headers(), trustedProxies());
}

/**
 * This request's origin as the browser addressed it (NEXTAUTH_URL when set). Only used to resolve a
 * redirect target, whose path alone is kept, so a forged Host header cannot send anyone elsewhere.
 */
export async function requestOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
}
