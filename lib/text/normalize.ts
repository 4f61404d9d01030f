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
