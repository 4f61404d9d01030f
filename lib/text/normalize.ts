/**
 * Vietnamese text as people type it. Names are stored in NFC (a file or a keyboard may give combining
 * marks); search compares a folded form without diacritics, so "long xuyen" finds "Long Xuyên" and
 * "my hoa" finds both "Mỹ Hoà" and "Mỹ Hòa" (old and new tone-mark placement).
 */
export function toNfc(value: string): string {
  return value.normalize("NFC");
}

/** Trims, collapses inner white space and normalises to NFC. */
export function cleanText(value: string): string {
  return toNfc(value).replace(/\s+/g, " ").trim();
}

export function foldForSearch(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** At most this many words of a search are looked for (each must match); the rest are ignored. */
export const maxSearchWords = 8;

/** A search as the words the lists look for: folded (foldForSearch), split on spaces, the first `maxSearchWords`. */
export function searchWords(value: string | null | undefined): string[] {
  return value ? foldForSearch(value).split(" ").filter(Boolean).slice(0, maxSearchWords) : [];
}
