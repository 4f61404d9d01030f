/** Dates and times live in lib/dates (Viet Nam's time zone); re-exported for the many pages that format here. */
export { formatDate, formatDateTime, timeZone } from "@/lib/dates";

// Made once: an Intl formatter costs far more to make than to use, and pages format their counts on every view.
const numbers = new Intl.NumberFormat("vi-VN");

export function formatNumber(value: number): string {
  return numbers.format(value);
}

/** A file's size as people read it: "850 B", "820 KB", "1,2 MB" (decimal comma in Vietnamese). Sizes stored as BIGINT are taken too. */
export function formatFileSize(size: number | bigint, locale: "vi" | "en" = "vi"): string {
  const bytes = Number(size);
  const number = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / 1024 / 1024)} MB`;
}
