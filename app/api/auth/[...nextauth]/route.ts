import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { servedOverHttps } from "@/lib/security/headers";
import { sameOriginOnly } from "@/lib/security/origin";

export const dynamic = "force-dynamic";

function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request as never, context as never, authOptions({ secureCookies: servedOverHttps(request.headers) }));
}

/** Sign-in and sign-out from another site are refused too (next-auth's CSRF token aside): nobody can be signed in to an attacker's account. */
export const POST = sameOriginOnly(handler);
export { handler as GET };
