import { createHash } from "node:crypto";
import type { Readable } from "node:stream";

/** `size` bytes of a repeating pattern, in 64 KiB chunks; `throwAfter` makes the body fail once that many bytes went out. */
export async function* patternBody(
  size: number,
  options: { throwAfter?: number; onChunk?: (sent: number) => void } = {},
) {
  const chunk = Buffer.alloc(64 * 1024, "Sở KH&CN kiểm tra ISO 9001 — ");
  let sent = 0;
  while (sent < size) {
    if (options.throwAfter !== undefined && sent >= options.throwAfter) throw new Error("the client went away");
    const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
    sent += piece.length;
    options.onChunk?.(sent);
    yield new Uint8Array(piece);
  }
}

export async function patternSha256(size: number) {
  const hash = createHash("sha256");
  for await (const piece of patternBody(size)) hash.update(piece);
  return hash.digest("hex");
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
