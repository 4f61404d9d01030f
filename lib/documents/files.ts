/** Types a browser shows inline in the record page's preview; other files (DOCX, XLSX) are downloaded. */
export function previewable(contentType: string): "pdf" | "image" | null {
  if (contentType === "application/pdf") return "pdf";
  if (contentType === "image/jpeg" || contentType === "image/png") return "image";
  return null;
}

/** Sizes as people read them: 850 B, 12,4 KB, 3,2 MB (Vietnamese decimal comma). */
export function formatFileSize(bytes: number | bigint, locale: "vi" | "en" = "vi"): string {
  const n = Number(bytes);
  const format = (value: number) => new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 }).format(value);
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${format(n / 1024)} KB`;
  return `${format(n / (1024 * 1024))} MB`;
}
