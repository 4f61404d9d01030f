import "server-only";
import { contentDisposition } from "@/lib/uploads/names";
import type { OfficialDocument } from "./model";
import { renderDocx, renderDocxMany } from "./render/docx";
import { renderPdf } from "./render/pdf";

export const officialFormats = ["docx", "pdf"] as const;
export type OfficialFormat = (typeof officialFormats)[number];

export const officialContentTypes: Record<OfficialFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

/**
 * A download's last path segment split into its name and format: "ke-hoach.pdf" → { base: "ke-hoach", format:
 * "pdf" }; null when the extension is not one the renderers make (the route answers 404).
 */
export function officialFileOf(segment: string): { base: string; format: OfficialFormat } | null {
  const match = /^(.+)\.(docx|pdf)$/.exec(segment);
  return match ? { base: match[1]!, format: match[2] as OfficialFormat } : null;
}

/**
 * An official paper as a download: rendered in `format` (several documents are one DOCX, each on its own
 * pages; a PDF takes one), saved as `fileName` (the extension is added), never cached (papers are scoped).
 */
export async function officialResponse(
  doc: OfficialDocument | OfficialDocument[],
  format: OfficialFormat,
  fileName: string,
): Promise<Response> {
  let bytes: Buffer;
  if (Array.isArray(doc)) {
    if (format !== "docx") throw new RangeError("officialResponse: several documents render as DOCX only");
    bytes = await renderDocxMany(doc);
  } else bytes = format === "pdf" ? await renderPdf(doc) : await renderDocx(doc);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": officialContentTypes[format],
      "content-length": String(bytes.length),
      "content-disposition": contentDisposition(`${fileName}.${format}`),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
