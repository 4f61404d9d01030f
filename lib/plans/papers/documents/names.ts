import { fileSlug } from "@/lib/official/format";
import type { PaperUnit } from "../kinds";

/**
 * A request letter's file in the ZIP: its place in the merge, the unit's code and name without diacritics
 * ("003-30280-phuong-my-binh.docx"), so every unzip tool shows it the same and the files sort as the list.
 */
export function requestLetterEntryName(unit: Pick<PaperUnit, "code" | "name">, index: number): string {
  return `${String(index + 1).padStart(3, "0")}-${fileSlug(unit.code)}-${fileSlug(unit.name)}.docx`;
}
