import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

/**
 * Convenience only: sends visitors without a session token to the sign-in page, keeping where they were
 * going. Every page, action and query still checks the actor itself.
 */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (!token) {
    const url = new URL("/dang-nhap", request.url);
    const target = request.nextUrl.pathname + request.nextUrl.search;
    if (target !== "/") url.searchParams.set("callbackUrl", target);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!api/|_next/|dang-nhap|dang-xuat|gioi-thieu|favicon.ico|robots.txt|.*\\.(?:png|svg|ico|txt)$).*)"],
};
