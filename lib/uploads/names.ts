/** Longest display name kept, in characters (a file system allows 255 bytes; Vietnamese letters take 2–3). */
export const maxFileNameLength = 200;

type FileNameResult = { ok: true; name: string } | { ok: false; reason: "empty" | "path" | "control" | "too_long" };

// Control characters, and the bidirectional marks that can disguise "gpj.exe" as "exe.jpg".
const control = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
const controls = new RegExp(control.source, "gu");
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
  const clean = safeFileName(name, { fallback: "", maxLength: Infinity });
  if (!clean) return { ok: false, reason: "empty" };
  if ([...clean].length > maxFileNameLength) return { ok: false, reason: "too_long" };
  return { ok: true, name: clean };
}

/**
 * A name that is always safe to show, store and send back, whatever was given: NFC; control characters, bidi
 * marks, path separators and characters Windows refuses become "_"; spaces tidied; no trailing dots; at most
 * `maxLength` characters (the extension kept); `fallback` when nothing is left. For names that are not refused
 * (an import's label, a download header); an upload goes through sanitizeFileName, which refuses a crafted one.
 */
export function safeFileName(raw: string, { fallback = "tep", maxLength = maxFileNameLength } = {}): string {
  const name = raw
    .normalize("NFC")
    .replace(controls, "_")
    .replace(/\s+/g, " ")
    .replace(/[\\/]/g, "_")
    .replace(unsafe, "_")
    .trim()
    .replace(/[. ]+$/, "");
  const chars = [...name];
  if (!name) return fallback;
  if (chars.length <= maxLength) return name;
  const extension = /\.[\p{L}\p{N}]{1,10}$/u.exec(name)?.[0] ?? "";
  return (
    chars
      .slice(0, maxLength - extension.length)
      .join("")
      .trimEnd() + extension
  );
}

/**
 * A Content-Disposition header for a file name: the Vietnamese name (RFC 5987 filename*, UTF-8) and an ASCII
 * fallback for old clients ("Quyết định" → "Quyet dinh"). `inline` asks the browser to show the file (a photo,
 * a PDF) rather than save it, under the same name. Nothing in the name can end the header or the parameter.
 */
export function contentDisposition(name: string, disposition: "attachment" | "inline" = "attachment"): string {
  const clean = safeFileName(name);
  const ascii = clean
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]/g, "_");
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}
