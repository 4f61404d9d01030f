// Upload benchmark (run by `npm run bench`, or alone: node --conditions=react-server --import tsx scripts/bench/uploads.ts).
// A child process serves POST /upload with a bare node:http server that hands the request, as a web
// Request, to receiveUpload (local storage in a temp folder); the parent measures
//  1. one 20 MB upload, median of 5, against copying the same bytes to a file with fs streams and fsync
//     (storage syncs every file before it reports it stored) — target: ratio ≥ 0.5;
//  2. the child's peak RSS (sampled every 20 ms) minus its idle RSS during 4 parallel uploads of 5, 20
//     and 80 MB — target: it does not grow with file size: from 5 to 80 MB files it may grow by at most a
//     tenth of the extra bytes in flight (4 × 75 MB), where holding the files whole would grow by all of them.
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

const MB = 1024 * 1024;
const runs = Number(process.env.BENCH_UPLOAD_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (process.argv.includes("--server")) await serve();
else process.exitCode = await measure();

/** The child: receiveUpload behind node:http, and its own RSS sampled every 20 ms. */
async function serve() {
  const { receiveUpload, discardUpload } = await import("@/lib/uploads/receive");
  const { errorResponse } = await import("@/lib/uploads/respond");
  let idle = process.memoryUsage().rss;
  let peak = idle;
  setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const server = http.createServer(async (req, res) => {
    const answer = async (response: Response) => {
      res.writeHead(response.status, { "content-type": "application/json" });
      res.end(await response.text());
    };
    if (req.url === "/mem/reset") {
      globalThis.gc?.();
      idle = peak = process.memoryUsage().rss;
      return answer(Response.json({ idle }));
    }
    if (req.url === "/mem") return answer(Response.json({ idle, peak }));
    if (req.url === "/drain") {
      // Reference only: the same request read and thrown away (the HTTP transport alone, no parsing or disk).
      let size = 0;
      for await (const chunk of req) size += (chunk as Buffer).length;
      return answer(Response.json({ sizes: [size] }));
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: Readable.toWeb(req) as ReadableStream, duplex: "half" } as RequestInit);
    try {
      const upload = await receiveUpload(request);
      await answer(Response.json({ sizes: upload.files.map((f) => f.size) }));
      await discardUpload(upload); // keep the temp folder small; the figures are of receiving
    } catch (error) {
      await answer(errorResponse(error, request));
    }
  });
  server.listen(0, "127.0.0.1", () => process.send!({ port: (server.address() as { port: number }).port }));
}

async function startServer(dir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(import.meta.filename, ["--server"], {
    execArgv: ["--expose-gc", "--conditions=react-server", "--import", "tsx"],
    env: { ...process.env, DATA_DIR: path.join(dir, "data"), UPLOAD_MAX_BYTES: String(100 * MB), LOG_LEVEL: "warn" },
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`upload server exited (${code})`)));
  });
  return { child, port };
}

/** A file of `size` bytes that is a PDF by content: a PDF header, then random bytes. */
function sourceFile(dir: string, size: number) {
  const file = path.join(dir, `source-${size}.pdf`);
  writeFileSync(file, Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(size - 9)]));
  return file;
}

/** POSTs `file` as one multipart part, streamed from disk; resolves with the milliseconds to the answer. */
function upload(port: number, file: string, size: number, route = "/upload"): Promise<number> {
  const boundary = `----bench${randomBytes(8).toString("hex")}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Hồ sơ ${size / MB} MB.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: route, method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": head.length + size + tail.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks).toString();
        if (res.statusCode !== 200) reject(new Error(`upload answered ${res.statusCode}: ${body}`));
        else if (route === "/upload" && JSON.parse(body).sizes[0] !== size) reject(new Error(`stored ${body}, sent ${size} bytes`));
        else resolve(performance.now() - started);
      });
    });
    req.on("error", reject);
    req.write(head);
    const source = createReadStream(file);
    source.pipe(req, { end: false });
    source.on("end", () => req.end(tail));
  });
}

/** The baseline: the same bytes copied to a new file with fs streams, then fsync'd. */
async function plainCopy(file: string, target: string): Promise<number> {
  const started = performance.now();
  await pipeline(createReadStream(file), createWriteStream(target));
  const handle = await open(target, "r+");
  await handle.sync();
  await handle.close();
  const ms = performance.now() - started;
  rmSync(target);
  return ms;
}

async function get(port: number, url: string) {
  return (await fetch(`http://127.0.0.1:${port}${url}`)).json() as Promise<{ idle: number; peak: number }>;
}

async function measure(): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "qms-bench-uploads-"));
  const { child, port } = await startServer(dir);
  try {
    const sizes = [5 * MB, 20 * MB, 80 * MB];
    const files = new Map(sizes.map((s) => [s, sourceFile(dir, s)]));
    const twenty = files.get(20 * MB)!;

    // 1. Throughput: warm up once each, then alternate so both see the same disk and page cache.
    await upload(port, twenty, 20 * MB);
    await plainCopy(twenty, path.join(dir, "copy.pdf"));
    const uploadMs: number[] = [];
    const copyMs: number[] = [];
    const drainMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      copyMs.push(await plainCopy(twenty, path.join(dir, "copy.pdf")));
      uploadMs.push(await upload(port, twenty, 20 * MB));
      drainMs.push(await upload(port, twenty, 20 * MB, "/drain"));
    }
    const uploadRate = 20 / (median(uploadMs) / 1000);
    const copyRate = 20 / (median(copyMs) / 1000);
    const ratio = uploadRate / copyRate;

    // 2. Memory: 4 parallel uploads per file size, peak RSS over idle RSS (after a GC).
    const memory: { size: number; idle: number; delta: number; seconds: number }[] = [];
    for (const size of sizes) {
      await get(port, "/mem/reset");
      const started = performance.now();
      await Promise.all(Array.from({ length: 4 }, () => upload(port, files.get(size)!, size)));
      const seconds = (performance.now() - started) / 1000;
      const { idle, peak } = await get(port, "/mem");
      memory.push({ size, idle, delta: peak - idle, seconds });
    }
    const growth = memory.at(-1)!.delta - memory[0]!.delta;
    const allowedGrowth = 0.1 * 4 * (sizes.at(-1)! - sizes[0]!);

    const fmt = (n: number, d = 1) => n.toFixed(d);
    console.log(`\nUploads: one 20 MB file, median of ${runs} (multipart over node:http → receiveUpload → local storage, fsync'd)`);
    console.log("| case | median ms | MB/s | ratio | target |");
    console.log("|---|---:|---:|---:|---|");
    console.log(`| fs stream copy + fsync (baseline) | ${fmt(median(copyMs))} | ${fmt(copyRate)} | 1.00 | |`);
    console.log(`| reference: same POST, body read and discarded | ${fmt(median(drainMs))} | ${fmt(20 / (median(drainMs) / 1000))} | ${fmt(median(copyMs) / median(drainMs), 2)} | |`);
    console.log(`| upload through receiveUpload | ${fmt(median(uploadMs))} | ${fmt(uploadRate)} | ${fmt(ratio, 2)} | ≥ 0.50 ${ratio >= 0.5 ? "✓" : "✗"} |`);
    console.log(`\nUploads: server RSS during 4 parallel uploads (sampled every 20 ms)`);
    console.log("| file size | idle RSS MB | peak − idle MB | 4 files took s |");
    console.log("|---:|---:|---:|---:|");
    for (const m of memory) console.log(`| ${m.size / MB} MB | ${fmt(m.idle / MB)} | ${fmt(m.delta / MB)} | ${fmt(m.seconds, 2)} |`);
    const flat = growth <= allowedGrowth;
    console.log(`Growth from ${sizes[0]! / MB} MB to ${sizes.at(-1)! / MB} MB files: ${fmt(growth / MB)} MB (target ≤ ${fmt(allowedGrowth / MB)} MB, a tenth of the extra ${fmt((4 * (sizes.at(-1)! - sizes[0]!)) / MB, 0)} MB in flight) ${flat ? "✓" : "✗"}`);
    return ratio >= 0.5 && flat ? 0 : 1;
  } finally {
    child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}
