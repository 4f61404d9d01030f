import "server-only";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { Readable, Transform } from "node:stream";
import archiver from "archiver";
import { contentDisposition } from "@/lib/uploads/names";

/** One file of a ZIP: its path inside the archive and its bytes, given whole or as a stream read only when its turn comes. */
export type ZipEntry = { name: string; data: Uint8Array | (() => Readable | Promise<Readable>); date?: Date };

/** What the archive holds, entry by entry, once each is written: for an index of the archive (name, size, SHA-256). */
export type ZippedFile = { name: string; size: number; sha256: string };

/**
 * A ZIP archive of `entries`, streamed: each entry is produced (and a stream source opened) only when the
 * previous one is written, and the archive waits while the reader is slow, so no whole archive and at most one
 * file at a time is held in memory. `onEntry` sees each entry's size and SHA-256 as it is written (an archive's
 * index, written as its last entry, lists them). A failing source aborts the archive, so the reader sees a broken
 * download rather than a ZIP missing a file; a reader who goes away stops the work.
 */
export function zipStream(
  entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>,
  onEntry?: (file: ZippedFile) => void,
): ReadableStream<Uint8Array> {
  const archive = archiver("zip", { zlib: { level: 6 } });
  let cancelled = false;
  const fill = async () => {
    for await (const entry of entries) {
      if (cancelled) return;
      const hash = createHash("sha256");
      let size = 0;
      const written = once(archive, "entry");
      written.catch(() => undefined); // a failure below is reported once, by fill's own rejection
      if (entry.data instanceof Uint8Array) {
        hash.update(entry.data);
        size = entry.data.byteLength;
        archive.append(Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength), {
          name: entry.name,
          date: entry.date,
        });
      } else {
        const source = await entry.data();
        const counted = source.pipe(
          new Transform({
            transform(chunk: Buffer, _encoding, done) {
              hash.update(chunk);
              size += chunk.length;
              done(null, chunk);
            },
          }),
        );
        source.once("error", (error) => counted.destroy(error));
        archive.append(counted, { name: entry.name, date: entry.date });
      }
      await written;
      onEntry?.({ name: entry.name, size, sha256: hash.digest("hex") });
    }
    await archive.finalize();
  };
  fill().catch((error: unknown) => {
    archive.abort();
    archive.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  const reader = (Readable.toWeb(archive) as ReadableStream<Uint8Array>).getReader();
  // A reader who cancels (a closed browser tab) ends the loop at the next entry.
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      cancelled = true;
      archive.abort();
      return reader.cancel(reason);
    },
  });
}

/** A streamed ZIP download named `fileName` (not cached: archives hold scoped papers). */
export function zipResponse(fileName: string, body: ReadableStream<Uint8Array>): Response {
  return new Response(body, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": contentDisposition(fileName),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
