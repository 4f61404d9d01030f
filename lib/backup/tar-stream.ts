import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { Header, Pack, Parser, ReadEntry } from "tar";

/**
 * Streaming a .tar.gz with the `tar` package, entry by entry, without ever holding a file: an entry is
 * written from any byte stream whose size is known beforehand (a tar header carries the size), and read
 * back one entry at a time, in order, with backpressure (the parser waits while the consumer is busy).
 */
export class ArchiveError extends Error {}

export type ArchiveWriter = {
  /** Adds one file entry; `source` must yield exactly `size` bytes. Resolves with its SHA-256 once written. */
  add(name: string, size: number, source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<string>;
  /** Writes the end of the archive and waits until it is on disk. */
  finish(): Promise<void>;
  /** Stops writing after a failure (the caller removes the partial file). */
  abort(): void;
};

export function writeArchive(file: string, mtime = new Date()): ArchiveWriter {
  const pack = new Pack({ gzip: true, portable: true, noDirRecurse: true });
  const out = createWriteStream(file, { flags: "wx", mode: 0o600 }); // it holds personal data and password hashes
  const failure = new Promise<never>((_, reject) => {
    pack.on("error", reject);
    out.on("error", reject);
  });
  failure.catch(() => {});
  pack.pipe(out);
  return {
    async add(name, size, source) {
      const header = new Header({ path: name, size, type: "File", mode: 0o600, mtime });
      const entry = new ReadEntry(header);
      pack.write(entry);
      const hash = createHash("sha256");
      let written = 0;
      const copy = async () => {
        for await (const chunk of source) {
          written += chunk.byteLength;
          if (written > size) throw new ArchiveError(`${name}: more than the expected ${size} bytes`);
          hash.update(chunk);
          if (!entry.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))) await once(entry, "drain");
        }
        if (written !== size) throw new ArchiveError(`${name}: ${written} bytes instead of ${size}`);
        entry.end();
      };
      await Promise.race([copy(), failure]);
      return hash.digest("hex");
    },
    async finish() {
      pack.end();
      await Promise.race([once(out, "close"), failure]);
    },
    abort() {
      pack.destroy();
      out.destroy();
    },
  };
}

export type ArchiveEntry = { name: string; size: number; body: AsyncIterable<Buffer> };

/**
 * Reads the archive's file entries in order, handing each to `onEntry`, which must read `body` to its end
 * (or not at all: what it leaves is skipped). Rejects with ArchiveError when the archive is damaged (bad
 * gzip, bad checksum of a header, truncated) or holds anything but plain files.
 */
export async function readArchive(file: string, onEntry: (entry: ArchiveEntry) => Promise<void>): Promise<void> {
  const parser = new Parser({ strict: true });
  let chain: Promise<void> = Promise.resolve();
  let failed: unknown;
  const open = new Set<ReadEntry>();
  // A damaged archive stops the parser half-way through an entry: the consumer reading that entry is woken
  // with the error instead of waiting for bytes that will never come.
  const fail = (error: unknown) => {
    failed ??= (error as { tarCode?: string }).tarCode ? new ArchiveError((error as Error).message) : error;
    for (const entry of open) entry.destroy(failed instanceof Error ? failed : new Error(String(failed)));
  };
  parser.on("entry", (entry: ReadEntry) => {
    entry.on("error", () => {});
    if (failed) return entry.resume();
    if (entry.type !== "File") {
      fail(new ArchiveError(`unexpected ${entry.type} entry ${entry.path}`));
      return entry.resume();
    }
    open.add(entry);
    chain = chain.then(async () => {
      try {
        if (!failed) await onEntry({ name: entry.path, size: entry.size, body: entry as AsyncIterable<Buffer> });
      } catch (error) {
        fail(error);
      }
      open.delete(entry);
      entry.resume();
    });
  });
  const input = createReadStream(file);
  const finished = new Promise<void>((resolve) => {
    parser.on("end", resolve);
    parser.on("close", resolve);
    parser.on("error", (error: unknown) => {
      fail(error);
      resolve();
    });
    input.on("error", (error) => {
      fail(error);
      resolve();
    });
  });
  input.pipe(parser);
  await finished;
  await chain;
  if (failed) throw failed;
}

/** SHA-256 of a stream, reading it to its end. */
export async function sha256Of(body: AsyncIterable<Uint8Array>): Promise<{ sha256: string; size: number }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of body) {
    hash.update(chunk);
    size += chunk.byteLength;
  }
  return { sha256: hash.digest("hex"), size };
}
