import { env, type Env } from "@/lib/env";

/**
 * The app's public address for links in e-mails, without a trailing slash: APP_URL, else NEXTAUTH_URL
 * (next-auth's own `/api/auth` suffix, if given, dropped). null when neither is set: then no e-mail is sent
 * (lib/mail/send.ts), since a mail client cannot open a relative link. `npm start` sets APP_URL to the
 * address it serves on when neither is given (scripts/serve.ts).
 */
export function publicUrl(settings: Pick<Env, "APP_URL" | "NEXTAUTH_URL"> = env()): string | null {
  if (settings.APP_URL) return settings.APP_URL.replace(/\/+$/, "");
  if (settings.NEXTAUTH_URL) {
    const url = new URL(settings.NEXTAUTH_URL);
    return `${url.origin}${url.pathname.replace(/\/+$/, "").replace(/\/api\/auth$/, "")}`;
  }
  return null;
}

/** A path of the app (`/ke-hoach/<id>`) under the public address; anything that is not such a path is refused. */
export function absoluteUrl(base: string, path: string): string {
  if (!/^\/(?![/\\])/.test(path)) throw new Error(`absoluteUrl: not a path of this app: ${path}`);
  return `${base.replace(/\/+$/, "")}${path}`;
}
