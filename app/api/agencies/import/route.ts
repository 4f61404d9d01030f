import { randomUUID } from "node:crypto";
import { maxImportBytes, parseSpreadsheet } from "@/lib/agencies/import/parse";
import { previewImport } from "@/lib/agencies/mutations";
import { canAgency } from "@/lib/agencies/policy";
import { AppError } from "@/lib/errors";
import { createRoute } from "@/lib/http/route";
import { createTranslator } from "@/lib/i18n";
import { getLocale } from "@/lib/i18n/server";
import { logger } from "@/lib/logger";
import { safeFileName } from "@/lib/uploads/names";

export const dynamic = "force-dynamic";

/**
 * Upload → dry run. Answers with newline-delimited JSON so the page can show progress on large files:
 * {"phase":"parsed","total":N}, {"phase":"validating","done":n,"total":N}, then
 * {"phase":"done","id":…} or {"phase":"error","message":…}. Nothing in the registry changes here.
 */
export const POST = createRoute({
  name: "agencies-import",
  handle: async ({ request, scope, ip }) => {
    const actor = scope.actor;
    if (!canAgency(actor, "import")) throw new AppError("FORBIDDEN");
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
        const send = (event: Record<string, unknown>) =>
          controller.enqueue(encoder.encode(JSON.stringify(event) + "\n"));
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
            { actor, ip },
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
  },
});
