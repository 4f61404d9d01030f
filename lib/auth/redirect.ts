/**
 * Where to go after signing in: a path on this app, never another site. `value` is resolved against the
 * app's origin the way a browser would resolve it (backslashes, tabs and newlines, `//host`, schemes), and
 * kept only if it stays on that origin; the answer is its path, query and fragment. The answer is checked
 * once more as written, because a normalised path may itself read as another host (`/.//evil.example`
 * becomes `//evil.example`). Anything else, or nothing, gives "/".
 */
export function safeRedirectPath(value: unknown, appOrigin: string): string {
  if (typeof value !== "string" || value === "") return "/";
  let origin: string;
  try {
    origin = new URL(appOrigin).origin;
    const target = new URL(value, origin);
    if (target.origin !== origin) return "/";
    const path = `${target.pathname}${target.search}${target.hash}`;
    return new URL(path, origin).origin === origin && path.startsWith("/") ? path : "/";
  } catch {
    return "/";
  }
}
