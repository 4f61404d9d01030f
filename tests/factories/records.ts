import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { createRecord, type UploadedFile } from "@/lib/documents/mutations";
import { recordFieldsSchema, type RecordFields } from "@/lib/documents/schema";
import { getStorage } from "@/lib/storage";
import { uniqueToken } from "./unique";

/** A small real PDF's bytes (a valid header and trailer), different for every call. */
export const pdfBytes = (text = uniqueToken()) =>
  Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** A file put into storage as lib/uploads would, described as the upload hands it to the use case. */
export async function storedFile(name = "Báo cáo đánh giá nội bộ.pdf", bytes = pdfBytes()): Promise<UploadedFile> {
  const stored = await getStorage().put(
    (async function* () {
      yield new Uint8Array(bytes);
    })(),
  );
  return { name, contentType: "application/pdf", ...stored };
}

/** The upload form's fields, parsed as the route parses them. */
export function recordFields(changes: Record<string, string> = {}): RecordFields {
  return recordFieldsSchema.parse({
    category: "INTERNAL_AUDIT_REPORT",
    title: `Báo cáo đánh giá nội bộ ${uniqueToken()}`,
    periodFrom: "01/01/2021",
    periodTo: "31/12/2021",
    note: "",
    ...changes,
  });
}

/** A record of the officer's unit made through the use case, with one stored file. */
export async function createRecordFor(officer: Actor, changes: Record<string, string> = {}) {
  return createRecord(recordFields(changes), [await storedFile()], { scope: scopeFor(officer), ip: null });
}

/** Sets a record's latest version as reviewed, straight in the database (for completeness counts). */
export async function markLatest(recordId: string, status: "ACCEPTED" | "REVISION_REQUESTED") {
  const record = await db.qmsRecord.update({ where: { id: recordId }, data: { status } });
  await db.recordVersion.updateMany({
    where: { recordId, number: record.latestVersion },
    data: { status, reviewedAt: new Date() },
  });
}
