import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { createTranslator } from "@/lib/i18n";
import { zipStream, type ZippedFile } from "@/lib/official/zip";
import type { ArchivePlan } from "./data";
import { formatDate } from "@/lib/dates";
import { checksumsFile, indexNames, indexWorkbook, type IndexRow } from "./index-files";
import { uniquePaths } from "./names";
import { archiveSections } from "./sections";
import type { ArchiveContext, ArchiveEntry } from "./types";

/**
 * The plan's archive as a ZIP stream: every section's entries in order, each produced only when the one before
 * it is written (so at most one file is held, or one stored file open, at a time, at the reader's pace), then
 * 00-muc-luc.sha256 and, last, 00-muc-luc.xlsx, which list every entry written before them with the size and
 * SHA-256 zipStream measured while writing it. A source that fails breaks the download (zipStream).
 */
export function planArchiveStream(scope: Scope, plan: ArchivePlan): ReadableStream<Uint8Array> {
  const t = createTranslator("vi");
  const ctx: ArchiveContext = { scope, plan, t, unique: uniquePaths() };
  const described = new Map<string, Omit<IndexRow, keyof ZippedFile>>();
  const written: IndexRow[] = [];

  async function* entries(): AsyncGenerator<ArchiveEntry> {
    for (const section of archiveSections) {
      for await (const entry of section.entries(ctx)) {
        described.set(entry.name, { kind: entry.kind, unit: entry.unit, paperDate: entry.paperDate });
        yield entry;
      }
    }
    // zipStream asks for the next entry only once the previous one is written: `written` is complete here.
    const today = formatDate(new Date());
    const checksums = { name: indexNames.checksums, kind: "checksums" as const, unit: null, paperDate: today };
    described.set(checksums.name, checksums);
    yield { ...checksums, data: checksumsFile(written) };
    yield {
      name: indexNames.workbook,
      kind: "checksums",
      unit: null,
      paperDate: today,
      data: await indexWorkbook(written, plan, t),
    };
  }

  return zipStream(entries(), (file) => {
    const about = described.get(file.name);
    if (about) written.push({ ...file, ...about });
  });
}
