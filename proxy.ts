import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { pageContentSecurityPolicy, servedOverHttps, strictTransportSecurity } from "@/lib/security/headers";

/** Pages anyone may open without signing in. */
const publicPage = /^\/(dang-nhap|dang-xuat|gioi-thieu)(\/|$)/;

/**
 * Every page passes here (see `matcher`):
 * - Convenience only: a visitor without a session token is sent to the sign-in page, keeping where they
 *   were going. Every page, action and query still checks the actor itself.
 * - The Content-Security-Policy with a fresh nonce, on the request (Next.js reads the nonce from it and puts
 *   it on its own scripts) and on the response; HSTS when the browser came over https. The other security
 *   headers come from next.config.ts, on every response.
 */
export async function proxy(request: NextRequest) {
  const https = servedOverHttps(request.headers);
  if (!publicPage.test(request.nextUrl.pathname)) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET, secureCookie: https });
    if (!token) {
      const url = new URL("/dang-nhap", request.url);
      const target = request.nextUrl.pathname + request.nextUrl.search;
      if (target !== "/") url.searchParams.set("callbackUrl", target);
      return NextResponse.redirect(url);
    }
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = pageContentSecurityPolicy({ nonce, https, dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  headers.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", strictTransportSecurity);
  return response;
}

export const config = {
  // Everything but API routes (their answers get next.config.ts's headers), Next's static files and public files.
  matcher: ["/((?!api/|_next/|favicon.ico|robots.txt|.*\\.(?:png|svg|ico|txt|webmanifest)$).*)"],
};
