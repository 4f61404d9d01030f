import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { type ZippedFile, zipResponse, zipStream } from "@/lib/official/zip";

const sha = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");
const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

describe("zipStream", () => {
  it("writes whole and streamed entries in order, with each one's size and SHA-256", async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, "ă");
    const opened: string[] = [];
    async function* entries() {
      yield { name: "01-ke-hoach/ke-hoach.docx", data: new TextEncoder().encode("Kế hoạch 05/KH-SKHCN") };
      yield {
        name: "02-ho-so/bao-cao.pdf",
        data: () => {
          opened.push("bao-cao.pdf");
          return Readable.from([big.subarray(0, 1024 * 1024), big.subarray(1024 * 1024)]);
        },
      };
    }
    const files: ZippedFile[] = [];
    const zip = await JSZip.loadAsync(await bytesOf(zipStream(entries(), (f) => files.push(f))));
    expect(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.name),
    ).toEqual(["01-ke-hoach/ke-hoach.docx", "02-ho-so/bao-cao.pdf"]);
    expect(await zip.file("01-ke-hoach/ke-hoach.docx")!.async("string")).toBe("Kế hoạch 05/KH-SKHCN");
    expect(Buffer.from(await zip.file("02-ho-so/bao-cao.pdf")!.async("uint8array")).equals(big)).toBe(true);
    expect(files).toEqual([
      { name: "01-ke-hoach/ke-hoach.docx", size: 24, sha256: sha("Kế hoạch 05/KH-SKHCN") },
      { name: "02-ho-so/bao-cao.pdf", size: big.length, sha256: sha(big) },
    ]);
    expect(opened).toEqual(["bao-cao.pdf"]);
  });

  it("opens a stream source only when the reader has taken the entries before it", async () => {
    const opened: number[] = [];
    const entries = Array.from({ length: 50 }, (_, i) => ({
      name: `tep-${i}.bin`,
      data: () => {
        opened.push(i);
        return Readable.from([Buffer.alloc(256 * 1024, i)]);
      },
    }));
    const reader = zipStream(entries).getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The reader took one chunk: the archive is held back long before the 50 files (12.5 MB) are read.
    expect(opened.length).toBeLessThan(50);
    await reader.cancel();
  });

  it("breaks the download when a source fails, rather than leaving a file out", async () => {
    const entries = [
      { name: "a.txt", data: new TextEncoder().encode("a") },
      { name: "b.txt", data: () => Promise.reject(new Error("tệp không còn trong kho")) },
    ];
    await expect(bytesOf(zipStream(entries))).rejects.toThrow();
  });

  it("answers as a private ZIP download with the file's name", () => {
    const response = zipResponse("thư-mời.zip", new ReadableStream());
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toContain("attachment");
  });
});
