import { conformityPercent } from "@/lib/inspections";

/**
 * `part` of `whole` as a percent with one decimal, the way an inspection's score is written (never a false 100 % or
 * 0 %); null when the whole is zero (nothing planned: no share to show).
 */
export const shareOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : conformityPercent(part / whole);

/** A ratio in [0, 1] as such a percent; null stays null (nothing applicable). */
export const percentOf = (ratio: number | null): number | null => (ratio === null ? null : conformityPercent(ratio));
