import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env, trustedProxies } from "@/lib/env";
import { clientAddressFrom } from "@/lib/http/client-address";
import { safeRedirectPath } from "./redirect";
import { requestIp } from "./session";
import { endSession } from "./sessions";
import { signInWithPassword } from "./sign-in";

/** The reason a sign-in failed travels to the form as `error`: a code, never a message. */
export const signInErrorCodes = ["BAD_CREDENTIALS", "DISABLED", "LOCKED", "ERROR"] as const;

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
          const headers = req?.headers as Record<string, unknown> | undefined;
          const userAgent = typeof headers?.["user-agent"] === "string" ? headers["user-agent"] : null;
          const result = await signInWithPassword(
            db,
            { email, password, ip: clientAddressFrom(headers, trustedProxies()), userAgent },
            {
              maxFailures: settings.AUTH_MAX_FAILURES,
              addressMaxFailures: settings.AUTH_ADDRESS_MAX_FAILURES,
              lockMinutes: settings.AUTH_LOCK_MINUTES,
              slowdownMs: settings.AUTH_SLOWDOWN_MS,
              maxDelayMs: settings.AUTH_MAX_DELAY_MS,
              sessionMaxAgeMs: settings.SESSION_MAX_AGE_HOURS * 3_600_000,
            },
          );
          if (result.ok) return result.user;
          throw new Error(result.code === "LOCKED" ? `LOCKED:${result.retryAfterMinutes}` : result.code);
        },
      }),
    ],
    events: {
      // Ends the token's server-side session, so the cookie is worthless even if a copy of it is replayed.
      async signOut({ token }) {
        const userId = token?.sub;
        const sessionId = token?.sid;
        if (!userId || typeof sessionId !== "string") return;
        await endSession(db, { sessionId, userId, ip: await requestIp(), now: new Date() });
      },
    },
    callbacks: {
      // Where next-auth sends the browser after signing in or out: a path on this app only.
      redirect({ url, baseUrl }) {
        return new URL(safeRedirectPath(url, baseUrl), baseUrl).toString();
      },
      jwt({ token, user }) {
        // Set once at sign-in and kept when the token is refreshed: the server-side session it belongs to.
        if (user) token.sid = (user as { sessionId?: string }).sessionId;
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
  };
}
