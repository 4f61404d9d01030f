import "server-only";
import { randomUUID } from "node:crypto";
import type { RouteContext } from "@/lib/http/route";
import { AppError } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n";
import { getLocale } from "@/lib/i18n/server";
import { logger } from "@/lib/logger";
import { vietnamDay } from "@/lib/dates";
import { downloadResponse } from "@/lib/http/download";
import { safeFileName } from "@/lib/uploads/names";
import { listAgenciesForExport } from "./data";
import { agenciesToCsv, agenciesToXlsx } from "./export/spreadsheet";
import { previewImport } from "./import/mutations";
import { maxImportBytes, parseSpreadsheet } from "./import/parse";
import { canAgency } from "./policy";
import { agencyListQuerySchema } from "./schema";

type Context = Pick<RouteContext<unknown>, "request" | "scope" | "ip">;

/** The registry under the list's current filter (the query string), as XLSX or CSV; null (404) when the actor may not export. */
export async function exportAgencies({ request, scope }: Context): Promise<Response | null> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format === "csv" ? "csv" : "xlsx";
  const rows = await listAgenciesForExport(scope, agencyListQuerySchema.parse(params));
  if (!rows) return null;
  const stamp = vietnamDay(new Date()).replace(/-/g, "");
  const body = format === "csv" ? agenciesToCsv(rows) : await agenciesToXlsx(rows);
  return downloadResponse(body, `danh-muc-don-vi-${stamp}.${format}`);
}

/**
 * Upload → dry run. Answers with newline-delimited JSON so the page can show progress on large files:
 * {"phase":"parsed","total":N}, {"phase":"validating","done":n,"total":N}, then
 * {"phase":"done","id":…} or {"phase":"error","message":…}. Nothing in the registry changes here.
 */
export async function importAgencies({ request, scope, ip }: Context): Promise<Response> {
  if (!canAgency(scope.actor, "import")) throw new AppError("FORBIDDEN");
  const t = createTranslator(await getLocale());
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxImportBytes + 64 * 1024) {
    return Response.json(
      { phase: "error", message: t("agencies.import.tooLarge", { max: maxImportBytes / 1024 / 1024 }) },
      { status: 413 },
    );
  }
  let file: File | null = null;
  try {
    const form = await request.formData();
    const value = form.get("file");
    file = value instanceof File ? value : null;
  } catch {
    file = null;
  }
  if (!file) return Response.json({ phase: "error", message: t("agencies.import.noFile") }, { status: 400 });
  if (file.size > maxImportBytes)
    return Response.json(
      { phase: "error", message: t("agencies.import.tooLarge", { max: maxImportBytes / 1024 / 1024 }) },
      { status: 413 },
    );
  const fileName = safeFileName(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: Record<string, unknown>) => controller.enqueue(encoder.encode(JSON.stringify(event) + "\n"));
      try {
        const parsed = await parseSpreadsheet(bytes, fileName);
        if (!parsed.ok) {
          send({ phase: "error", message: t.raw(parsed.problem.key, parsed.problem.params) });
          return;
        }
        const total = parsed.rows.length;
        send({ phase: "parsed", total });
        const result = await previewImport(
          { fileName, format: parsed.format, raw: parsed.rows },
          { scope, ip },
          (done) => send({ phase: "validating", done, total }),
        );
        send({ phase: "done", ...result });
      } catch (error) {
        const id = randomUUID().slice(0, 8);
        logger.error("import failed", { id, error });
        send({ phase: "error", message: t("errors.UNEXPECTED", { id }) });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
  });
}
