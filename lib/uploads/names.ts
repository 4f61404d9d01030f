/** Longest display name kept, in characters (a file system allows 255 bytes; Vietnamese letters take 2–3). */
export const maxFileNameLength = 200;

type FileNameResult = { ok: true; name: string } | { ok: false; reason: "empty" | "path" | "control" | "too_long" };

// Control characters, and the bidirectional marks that can disguise "gpj.exe" as "exe.jpg".
const control = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
// Characters Windows refuses in a file name: replaced so the name survives a download on any machine.
const unsafe = /[<>:"|?*]/g;

/**
 * A display name from the name the browser sent. Vietnamese letters are kept (in NFC, so a name typed on
 * a Mac compares equal to the same name typed on Windows). A name carrying a path is refused rather than
 * cut to its last part: a browser never sends one, so it is a crafted request.
 */
export function sanitizeFileName(raw: string): FileNameResult {
  const name = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (control.test(raw)) return { ok: false, reason: "control" };
  if (/[\\/]/.test(name) || /^[a-z]:/i.test(name) || /^\.+$/.test(name)) return { ok: false, reason: "path" };
  const clean = name.replace(unsafe, "_").replace(/[. ]+$/, "");
  if (!clean) return { ok: false, reason: "empty" };
  if ([...clean].length > maxFileNameLength) return { ok: false, reason: "too_long" };
  return { ok: true, name: clean };
}
