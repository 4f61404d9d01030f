import "server-only";
import { once } from "node:events";
import type { Readable } from "node:stream";
import busboy, { type FileInfo } from "busboy";
import { env } from "@/lib/env";
import { getStorage, type FileStorage } from "@/lib/storage";
import { uploadError, UploadError } from "./errors";
import { maxFileNameLength, sanitizeFileName } from "./names";
import { detectFileKind, sniffBytes } from "./sniff";
import { fileKinds, mimeOf, type FileKind, type ReceivedFile, type ReceivedUpload, type UploadOptions } from "./types";

type Limits = { maxFileBytes: number; maxFiles: number; allowed: readonly FileKind[] };

/**
 * Streams a multipart request into storage, file by file, as the bytes arrive: only the first 64 KB of
 * the file being read are held (to tell its kind before anything is written), and the request is read no
 * faster than the disk takes it. Returns once every file is complete in storage; the caller then commits
 * its rows and, if that fails, calls discardUpload. On any problem (an UploadError, the client going away,
 * a storage failure) it stops reading, removes every file it stored for this request and throws.
 * A file part with no name and no bytes is what a browser sends for an empty file input: it is skipped.
 */
export async function receiveUpload(request: Request, options: UploadOptions = {}): Promise<ReceivedUpload> {
  const limits: Limits = {
    maxFileBytes: options.maxFileBytes ?? env().UPLOAD_MAX_BYTES,
    maxFiles: options.maxFiles ?? 10,
    allowed: options.allowed ?? fileKinds,
  };
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body)
    throw uploadError("not_multipart", "notMultipart");
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      defParamCharset: "utf8", // file names arrive as UTF-8 from every browser; busboy's default is latin1
      preservePath: true, // busboy would quietly keep the last part of "../../x"; sanitizeFileName refuses it
      // One byte over the limit is how busboy says "too large": a file of exactly the limit passes.
      limits: {
        fileSize: limits.maxFileBytes + 1,
        files: limits.maxFiles,
        fields: 100,
        fieldSize: 64 * 1024,
        parts: limits.maxFiles + 100,
      },
    });
  } catch {
    throw uploadError("not_multipart", "notMultipart");
  }

  const storage = getStorage();
  const body = request.body;
  const files: ReceivedFile[] = [];
  const stored: string[] = [];
  const pending: Promise<void>[] = [];
  let problem: unknown;
  const fail = (error: unknown) => {
    problem ??= error;
    parser.destroy(problem instanceof Error ? problem : undefined); // also ends the file being read
    body.cancel().catch(() => {});
  };

  const fields: Record<string, string[]> = {};
  parser.on("field", (name, value, info) => {
    if (info.nameTruncated || info.valueTruncated) fail(uploadError("fields", "fields"));
    else if (Object.hasOwn(fields, name)) fields[name]!.push(value);
    else fields[name] = [value];
  });
  parser.on("fieldsLimit", () => fail(uploadError("fields", "fields")));
  parser.on("partsLimit", () => fail(uploadError("fields", "fields")));
  parser.on("filesLimit", () => fail(uploadError("too_many", "tooMany", { max: limits.maxFiles })));
  parser.on("file", (field, stream, info) => {
    stream.on("error", () => {}); // surfaced through its iterator; a stream abandoned after a failure must not crash the process
    if (problem) return void stream.resume();
    const index = files.length;
    files.length += 1;
    pending.push(
      receiveFile(storage, limits, field, stream, info, (key) => stored.push(key)).then(
        (file) => void (file && (files[index] = file)),
        fail,
      ),
    );
  });

  try {
    await feed(request.body, parser);
  } catch (error) {
    fail(error instanceof UploadError ? error : uploadError("aborted", "aborted"));
  }
  await Promise.allSettled(pending);
  if (problem) {
    await removeAll(storage, stored);
    if (problem instanceof UploadError) problem.fields = fields;
    throw problem;
  }
  return { fields, files: files.filter(Boolean) };
}

/**
 * Writes the request body into the parser, waiting whenever the parser asks (its buffer is full because the
 * file being stored is behind). Reading the web stream directly spares a web-to-Node stream conversion.
 */
async function feed(body: ReadableStream<Uint8Array>, parser: busboy.Busboy) {
  const reader = body.getReader();
  const closed = new Promise<void>((resolve, reject) => {
    parser.once("close", resolve);
    parser.once("error", reject);
  });
  closed.catch(() => {});
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (parser.destroyed) throw parser.errored ?? new Error("upload: parser closed");
    if (!parser.write(value)) await Promise.race([once(parser, "drain"), closed]);
  }
  parser.end();
  await closed;
}

/**
 * Receives an upload and hands it to `handle` (validate the fields, write the rows); if it throws, the stored
 * files are removed before the error goes on, so a refused or failed upload leaves no file behind.
 */
export async function withUpload<T>(
  request: Request,
  options: UploadOptions,
  handle: (upload: ReceivedUpload) => Promise<T>,
): Promise<T> {
  const upload = await receiveUpload(request, options);
  try {
    return await handle(upload);
  } catch (error) {
    await discardUpload(upload);
    throw error;
  }
}

/** Removes the stored files of an upload whose database transaction failed afterwards. Idempotent. */
export async function discardUpload(upload: ReceivedUpload): Promise<void> {
  await removeAll(
    getStorage(),
    upload.files.map((f) => f.key),
  );
}

async function removeAll(storage: FileStorage, keys: string[]) {
  await Promise.allSettled(keys.map((key) => storage.remove(key)));
}

/** One file part: name check, head sniff, then the rest straight into storage. `null`: an empty file input. */
async function receiveFile(
  storage: FileStorage,
  limits: Limits,
  field: string,
  stream: Readable & { truncated?: boolean },
  info: FileInfo,
  onStored: (key: string) => void,
): Promise<ReceivedFile | null> {
  const raw = info.filename ?? "";
  const named = sanitizeFileName(raw);
  const tooLarge = () =>
    uploadError("too_large", "tooLarge", { name: named.ok ? named.name : raw, maxBytes: limits.maxFileBytes }, field);
  // busboy stops feeding a file at the limit and ends it quietly; failing the stream stops the request too.
  stream.once("limit", () => stream.destroy(tooLarge()));
  if (!named.ok && raw !== "") throw badName(named.reason, raw, field);
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;

  const head: Buffer[] = [];
  let headSize = 0;
  let ended = false;
  while (headSize < sniffBytes) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headSize += next.value.length;
  }
  if (!named.ok) {
    if (headSize === 0) return null;
    throw badName(named.reason, raw, field);
  }
  if (headSize === 0) throw uploadError("empty", "empty", { name: named.name }, field);
  const kind = detectFileKind(Buffer.concat(head, headSize));
  if (!kind || !limits.allowed.includes(kind))
    throw uploadError("type", "type", { name: named.name }, field, limits.allowed);

  // The head, then the rest as it arrives (storage gathers the small network chunks into large writes).
  async function* body() {
    let size = headSize;
    if (size > limits.maxFileBytes) throw tooLarge();
    yield* head.splice(0);
    while (!ended) {
      const next = await chunks.next();
      if (next.done) break;
      size += next.value.length;
      if (size > limits.maxFileBytes) throw tooLarge();
      yield next.value;
    }
    if (stream.truncated) throw tooLarge();
  }
  const file = await storage.put(body());
  onStored(file.key);
  return { field, name: named.name, kind, contentType: mimeOf[kind], ...file };
}

function badName(reason: "empty" | "path" | "control" | "too_long", raw: string, field: string) {
  const key = { empty: "nameEmpty", path: "namePath", control: "nameControl", too_long: "nameTooLong" }[reason];
  return uploadError(
    "name",
    key,
    { name: raw.replace(/\p{Cc}/gu, "").slice(0, maxFileNameLength), max: maxFileNameLength },
    field,
  );
}
