import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { signInWithPassword } from "./sign-in";

/** The reason a sign-in failed travels to the form as `error`: a code, never a message. */
export const signInErrorCodes = ["BAD_CREDENTIALS", "DISABLED", "LOCKED", "ERROR"] as const;

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded) return forwarded.split(",")[0]!.trim();
  const real = headers?.["x-real-ip"];
  return typeof real === "string" ? real : null;
}

/**
 * `secureCookies`: the session cookies are `Secure` (and `__Secure-`/`__Host-` prefixed). Left to itself next-auth
 * decides from NEXTAUTH_URL or, with AUTH_TRUST_HOST, from X-Forwarded-Proto, while getToken reads only
 * NEXTAUTH_URL: behind https without NEXTAUTH_URL the two disagreed on the cookie's name. Every caller passes
 * servedOverHttps (lib/security/headers.ts) instead, as proxy.ts and lib/auth/session.ts do for getToken.
 */
export function authOptions(options: { secureCookies: boolean }): NextAuthOptions {
  const settings = env();
  return {
    secret: settings.NEXTAUTH_SECRET,
    useSecureCookies: options.secureCookies,
    session: { strategy: "jwt", maxAge: settings.SESSION_MAX_AGE_HOURS * 3600 },
    pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
    providers: [
      CredentialsProvider({
        name: "password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const email = String(credentials?.email ?? "").slice(0, 320);
          const password = String(credentials?.password ?? "").slice(0, 200);
          if (!email || !password) throw new Error("BAD_CREDENTIALS");
          const result = await signInWithPassword(
            db,
            { email, password, ip: clientIp(req?.headers as Record<string, unknown> | undefined) },
            { maxFailures: settings.AUTH_MAX_FAILURES, lockMinutes: settings.AUTH_LOCK_MINUTES, slowdownMs: settings.AUTH_SLOWDOWN_MS },
          );
          if (result.ok) return result.user;
          throw new Error(result.code === "LOCKED" ? `LOCKED:${result.retryAfterMinutes}` : result.code);
        },
      }),
    ],
    events: {
      async signOut({ token }) {
        const userId = token?.sub;
        if (!userId) return;
        await db.$transaction((tx) =>
          recordAudit(tx, { type: "auth.sign_out", actorId: userId, target: { type: "user", id: userId }, data: {} }),
        );
      },
    },
    callbacks: {
      jwt({ token, user }) {
        // `signedInAt` never changes when the token is refreshed; a password change or reset after it ends the session.
        if (user) token.signedInAt = Date.now();
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
  };
}
