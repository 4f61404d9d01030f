import type { FileKind } from "./types";

/** How much of a file's beginning detection reads: enough for the first entries of an OOXML zip. */
export const sniffBytes = 64 * 1024;

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);

const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpeg = [0xff, 0xd8, 0xff];
const zipEntry = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4, a zip local file header

/**
 * The kind of a file from its first bytes (pass up to `sniffBytes`), or null when it is none of the
 * allowed kinds — executables (MZ, ELF), scripts, archives and anything unknown included. DOCX and XLSX
 * are zips told apart by their entry names: `[Content_Types].xml` plus `word/…` or `xl/…`.
 */
export function detectFileKind(head: Uint8Array): FileKind | null {
  if (startsWith(head, pdf)) return "pdf";
  if (startsWith(head, png)) return "png";
  if (startsWith(head, jpeg)) return "jpeg";
  if (startsWith(head, zipEntry)) return officeKind(zipEntryNames(head));
  return null;
}

function officeKind(names: string[]): FileKind | null {
  if (!names.includes("[Content_Types].xml")) return null;
  const word = names.some((n) => n.startsWith("word/"));
  const xl = names.some((n) => n.startsWith("xl/"));
  if (word === xl) return null; // neither, or a zip pretending to be both
  return word ? "docx" : "xlsx";
}

/**
 * Names of the zip entries whose local headers lie in `head`. Headers are found by their signature rather
 * than by walking sizes, because writers that stream (bit 3, data descriptor) leave the sizes at zero.
 */
function zipEntryNames(head: Uint8Array): string[] {
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let at = 0; at + 30 <= head.length; at++) {
    if (head[at] !== 0x50 || !startsWith(head, zipEntry, at)) continue;
    const length = head[at + 26]! | (head[at + 27]! << 8);
    if (length === 0 || at + 30 + length > head.length) continue;
    names.push(decoder.decode(head.subarray(at + 30, at + 30 + length)));
    at += 29 + length;
  }
  return names;
}
