import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { open } from "node:fs/promises";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { localStorage } from "@/lib/storage";
import { patternBody, patternSha256, readAll, sha256 } from "@/tests/support/bodies";

const MiB = 1024 * 1024;
const root = mkdtempSync(path.join(os.tmpdir(), "qms-storage-local-"));
const storage = localStorage(root);
const filesOnDisk = () =>
  existsSync(root)
    ? readdirSync(root, { recursive: true })
        .map(String)
        .filter((f) => statSync(path.join(root, f)).isFile())
    : [];

afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** The prototype of node's FileHandle, to watch or break its datasync. */
async function fileHandlePrototype() {
  const probe = path.join(root, "probe");
  const handle = await open(probe, "w");
  await handle.close();
  rmSync(probe);
  return Object.getPrototypeOf(handle) as { datasync: () => Promise<void> };
}

describe("local storage", () => {
  it("writes a file under a random key with its size and SHA-256, and reads it back", async () => {
    const size = 3 * MiB + 7;
    const stored = await storage.put(patternBody(size), { contentType: "application/pdf" });
    expect(stored).toEqual({
      key: expect.stringMatching(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/),
      size,
      sha256: await patternSha256(size),
    });
    expect(statSync(path.join(root, stored.key)).size).toBe(size);
    expect(await storage.stat(stored.key)).toEqual({ size });
    expect(sha256(await readAll(await storage.get(stored.key)))).toBe(stored.sha256);
    const again = await storage.put(patternBody(size));
    expect(again.key).not.toBe(stored.key);
  });

  it("leaves neither the file nor its .part behind when the body fails half-way", async () => {
    const before = filesOnDisk();
    await expect(storage.put(patternBody(2 * MiB, { throwAfter: MiB }))).rejects.toThrow("the client went away");
    expect(filesOnDisk()).toEqual(before);
    expect(filesOnDisk().some((f) => f.endsWith(".part"))).toBe(false);
  });

  it("flushes a large file to disk while it still arrives, and keeps every byte in order", async () => {
    const datasync = vi.spyOn(await fileHandlePrototype(), "datasync");
    let syncsBeforeEnd = 0;
    const size = 13 * MiB + 5;
    const stored = await storage.put(
      patternBody(size, { onChunk: (sent) => void (sent === size && (syncsBeforeEnd = datasync.mock.calls.length)) }),
    );
    expect(syncsBeforeEnd).toBeGreaterThanOrEqual(1); // the first flush starts at 4 MiB, whatever the disk's speed
    expect(stored).toMatchObject({ size, sha256: await patternSha256(size) });
    expect(sha256(await readAll(await storage.get(stored.key)))).toBe(stored.sha256);
  });

  it("fails the file when a background flush fails, and leaves nothing behind", async () => {
    const failure = Object.assign(new Error("EIO: i/o error, fdatasync"), { code: "EIO" });
    vi.spyOn(await fileHandlePrototype(), "datasync").mockRejectedValue(failure);
    const before = filesOnDisk();
    await expect(storage.put(patternBody(9 * MiB))).rejects.toBe(failure);
    expect(filesOnDisk()).toEqual(before);
  });

  it("leaves nothing behind when the body fails after part of the file was flushed", async () => {
    const before = filesOnDisk();
    await expect(storage.put(patternBody(12 * MiB, { throwAfter: 9 * MiB }))).rejects.toThrow("the client went away");
    expect(filesOnDisk()).toEqual(before);
  });

  it("removes a file, idempotently; a removed key has no stat and cannot be read", async () => {
    const stored = await storage.put(patternBody(100));
    await storage.remove(stored.key);
    await storage.remove(stored.key);
    expect(existsSync(path.join(root, stored.key))).toBe(false);
    expect(await storage.stat(stored.key)).toBeNull();
    await expect(storage.get(stored.key)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("refuses keys it did not make, so a key cannot reach outside its folder", async () => {
    for (const key of ["../../etc/passwd", "ab/../../x", "ab/not-a-uuid", `ab/${"0".repeat(36)}`]) {
      await expect(storage.get(key)).rejects.toThrow("storage: bad key");
      await expect(storage.stat(key)).rejects.toThrow("storage: bad key");
      await expect(storage.remove(key)).rejects.toThrow("storage: bad key");
    }
  });
});
