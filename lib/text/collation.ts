/**
 * Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, letters first,
 * tone marks second (ngang, huyền, hỏi, ngã, sắc, nặng), as dictionaries and official lists sort. The key
 * is made of ASCII digits only, which every database collation orders the same way, so the database sorts
 * correctly without a Vietnamese ICU collation (the embedded database has none).
 */
const letterOrder = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
const tones: Record<string, number> = { "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5 };
// Marks that make a new letter rather than a tone.
const letterMarks: Record<string, Record<string, string>> = {
  a: { "\u0306": "ă", "\u0302": "â" },
  e: { "\u0302": "ê" },
  o: { "\u0302": "ô", "\u031b": "ơ" },
  u: { "\u031b": "ư" },
};

type Letter = { base: string; tone: number };

function letters(value: string): Letter[] {
  const out: Letter[] = [];
  for (const cluster of value
    .normalize("NFD")
    .toLowerCase()
    .match(/\P{M}\p{M}*/gu) ?? []) {
    let base = cluster[0]!;
    let tone = 0;
    for (const mark of cluster.slice(1)) {
      const letter = letterMarks[base]?.[mark];
      if (letter) base = letter;
      else if (mark in tones) tone = tones[mark]!;
    }
    out.push({ base: base === "đ" ? "đ" : base, tone });
  }
  return out;
}

/** Two digits per character: space 01, digits 02–11, letters in Vietnamese order from 12, anything else 99. */
function primary(base: string): string {
  if (base === " ") return "01";
  if (/\d/.test(base)) return String(2 + Number(base)).padStart(2, "0");
  const index = letterOrder.indexOf(base);
  return index >= 0 ? String(12 + index) : "99";
}

/** One tone per syllable, wherever its mark sits: old "hoà" and new "hòa" placement sort alike. */
function syllableTones(chars: Letter[]): string {
  return chars
    .map((c) => (/\p{L}/u.test(c.base) ? String(c.tone) : " "))
    .join("")
    .split(" ")
    .filter(Boolean)
    .map((syllable) => String(Math.max(...[...syllable].map(Number))))
    .join("");
}

export function vietnameseSortKey(value: string): string {
  const chars = letters(value.trim().replace(/\s+/g, " "));
  // "00" ends the letters: a shorter name sorts before a longer one that starts with it.
  return chars.map((c) => primary(c.base)).join("") + "00" + syllableTones(chars);
}

export function compareVietnamese(a: string, b: string): number {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
