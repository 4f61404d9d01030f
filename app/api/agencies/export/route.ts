import { listAgenciesForExport } from "@/lib/agencies/data";
import { agenciesToCsv, agenciesToXlsx } from "@/lib/agencies/export/spreadsheet";
import { agencyListQuerySchema } from "@/lib/agencies/schema";
import { createRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The registry under the list's current filter, as XLSX or CSV. */
export const GET = createRoute({
  name: "agencies-export",
  handle: async ({ request, scope }) => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const format = params.format === "csv" ? "csv" : "xlsx";
    const rows = await listAgenciesForExport(scope, agencyListQuerySchema.parse(params));
    if (!rows) return null;
    const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, "");
    const body = format === "csv" ? agenciesToCsv(rows) : await agenciesToXlsx(rows);
    return new Response(new Uint8Array(typeof body === "string" ? Buffer.from(body, "utf8") : body), {
      headers: {
        "content-type":
          format === "csv"
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="danh-muc-don-vi-${stamp}.${format}"`,
        "cache-control": "no-store",
        // Also on every response (next.config.ts); said here too because a spreadsheet must never be sniffed as a page.
        "x-content-type-options": "nosniff",
      },
    });
  },
});
