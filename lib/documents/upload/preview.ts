/** Types a browser shows inline in the record page's preview; other files (DOCX, XLSX) are downloaded. */
export function previewable(contentType: string): "pdf" | "image" | null {
  if (contentType === "application/pdf") return "pdf";
  if (contentType === "image/jpeg" || contentType === "image/png") return "image";
  return null;
}
