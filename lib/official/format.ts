/*
 * The fixed wording of official papers (Decree 30/2020/NĐ-CP, Annex I), shared by the DOCX and PDF renderers
 * and by whoever builds an OfficialDocument. Pure: no Prisma, no rendering, no clock.
 */
import { vietnamDay, vietnamTime } from "@/lib/dates";

/** The gap left for a date or a number to be written in by hand (Decree 30 leaves a few spaces). */
export const blank = "     ";

/** The national name and motto of the right column of the heading. */
export const nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const nationalMotto = "Độc lập - Tự do - Hạnh phúc";

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * The day and month as Decree 30 writes them: a day below 10 and the months January and February take a
 * leading zero ("ngày 05 tháng 02"), the other months do not ("tháng 3", "tháng 12").
 */
export function dateWords(date: Date): string {
  const [year, month, day] = vietnamDay(date).split("-").map(Number) as [number, number, number];
  return `ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : month} năm ${year}`;
}

/** "ngày     tháng     năm 2021": the date of a paper still to be signed, left to be written in by hand. */
export function blankDateWords(year: number): string {
  return `ngày${blank}tháng${blank}năm ${year}`;
}

/** The place-and-date line: "An Giang, ngày 19 tháng 01 năm 2021"; with no date the blank form of `year`. */
export function placeDateLine(place: string, date: Date | null, year: number): string {
  return `${place}, ${date ? dateWords(date) : blankDateWords(year)}`;
}

/** The number line: "Số: 05/KH-SKHCN"; with no number "Số:      /KH-SKHCN", to be filled in at issue. */
export function numberLine(number: string | null, suffix: string): string {
  return number ? `Số: ${number}` : `Số:${blank}/${suffix}`;
}

/** The time of day in Viet Nam as minutes write it: "08 giờ 30 phút"; null: "     giờ      phút". */
export function timeWords(instant: Date | null): string {
  if (!instant) return `${blank}giờ${blank} phút`;
  const [hour, minute] = vietnamTime(instant).split(":");
  return `${hour} giờ ${minute} phút`;
}

/**
 * A number in Vietnamese style: "." between thousands, "," before decimals ("1.234", "12,5"). `decimals` is
 * the exact number of decimals shown (rounded half away from zero); 0 by default.
 */
export function formatNumber(value: number, decimals = 0): string {
  const negative = value < 0;
  const fixed = roundHalfAway(Math.abs(value), decimals).toFixed(decimals);
  const [whole, fraction] = fixed.split(".") as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const text = fraction ? `${grouped},${fraction}` : grouped;
  return negative && Number(fixed) !== 0 ? `-${text}` : text;
}

/** A ratio (0.125) as a Vietnamese percentage with one decimal by default: "12,5%". */
export function formatPercent(ratio: number, decimals = 1): string {
  return `${formatNumber(ratio * 100, decimals)}%`;
}

function roundHalfAway(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor + Number.EPSILON * factor) / factor;
}

/** The letters of Vietnamese legal enumerations: a), b), c), d), đ), e), g), … (no f, j, w, z). */
const letters = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y",
];

/** The marker of the item at `index` (from 0) of a list: "-", "1.", "a)"; past "y)" letters double ("aa)"). */
export function listMarker(marker: "-" | "number" | "letter", index: number): string {
  if (marker === "-") return "-";
  if (marker === "number") return `${index + 1}.`;
  const letter = letters[index % letters.length]!;
  return `${letter.repeat(Math.floor(index / letters.length) + 1)})`;
}

/** Roman numerals of top-level section headings ("I.", "II.", …); 1 to 3999. */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`romanNumeral: ${n}`);
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Capitals as Vietnamese writes them (titles, positions): "biên bản" → "BIÊN BẢN". */
export function upper(text: string): string {
  return text.normalize("NFC").toLocaleUpperCase("vi");
}

/**
 * A file name for a generated paper: the words of `title` without diacritics, lower case, joined by "-"
 * ("Biên bản kiểm tra" → "bien-ban-kiem-tra"), so a URL ending in it needs no escaping.
 */
export function fileSlug(title: string): string {
  return title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
