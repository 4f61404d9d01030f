import { contentDisposition } from "@/lib/uploads/names";
import { mimeOf } from "@/lib/uploads/types";

/** What a download is served as: a spreadsheet, or text as CSV. */
const contentTypes = { xlsx: mimeOf.xlsx, csv: "text/csv; charset=utf-8" } as const;

/**
 * A generated file as a download named `fileName` (its extension says the type): never cached (what it holds is the
 * reader's to see), never sniffed as a page (also set on every response by next.config.ts; said here too because a
 * spreadsheet must never be read as HTML).
 */
export function downloadResponse(
  body: Uint8Array | Buffer | string,
  fileName: `${string}.${"xlsx" | "csv"}`,
): Response {
  const format = fileName.endsWith(".csv") ? "csv" : "xlsx";
  return new Response(new Uint8Array(typeof body === "string" ? Buffer.from(body, "utf8") : body), {
    headers: {
      "content-type": contentTypes[format],
      "content-disposition": contentDisposition(fileName),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
