// The public entry of lib/documents for other domains (inspections preview evidence files as records are previewed).
export { previewable } from "./files";
