import { extname } from "node:path";

/** Characters a file name may not hold on Windows or in a ZIP path, and control characters. */
const forbidden = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/**
 * One segment of a path in the archive from a user-given name (a unit's name, an uploaded file's name):
 * NFC (as Windows and macOS both show it), no separator or forbidden character, no leading or trailing dot
 * or space, at most `max` characters with the extension kept. Never empty: `fallback` instead.
 */
export function pathSegment(text: string, fallback = "tep", max = 120): string {
  const clean = text
    .normalize("NFC")
    .replace(forbidden, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+|\.+$/g, "")
    .trim();
  if (!clean) return fallback;
  if (clean.length <= max) return clean;
  const ext = extname(clean);
  const keep = ext.length < 12 ? ext : "";
  return `${clean.slice(0, max - keep.length).trim()}${keep}`;
}

/** A unit's folder: "<code> <name>", e.g. "30001 UBND Thành phố Long Xuyên". */
export const unitFolder = (agency: { code: string; name: string }) => pathSegment(`${agency.code} ${agency.name}`);

/**
 * Makes paths unique in one archive: the first "a/b.pdf" stays, the next are "a/b (2).pdf", "a/b (3).pdf".
 * Compared without case, as Windows compares them when the archive is unpacked.
 */
export function uniquePaths(): (path: string) => string {
  const taken = new Set<string>();
  return (path) => {
    const ext = extname(path);
    const stem = ext && ext.length < 12 ? path.slice(0, -ext.length) : path;
    const suffix = ext && ext.length < 12 ? ext : "";
    let candidate = path;
    for (let n = 2; taken.has(candidate.toLocaleLowerCase("vi")); n++) candidate = `${stem} (${n})${suffix}`;
    taken.add(candidate.toLocaleLowerCase("vi"));
    return candidate;
  };
}

/** The download's name: ho-so-ke-hoach-2021-05-KH-SKHCN.zip ("-v2" for an amendment's version 2). */
export function archiveFileName(plan: { year: number; number: string; version: number }): string {
  const number = plan.number.replace(/[\\/\s]+/g, "-");
  return `ho-so-ke-hoach-${plan.year}-${number}${plan.version > 1 ? `-v${plan.version}` : ""}.zip`;
}
