import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/lib/env";
import { s3Storage, storageFor, type FileStorage } from "@/lib/storage";
import { patternBody, patternSha256, readAll, sha256 } from "@/tests/support/bodies";
import { startFakeS3, type FakeS3 } from "@/tests/support/fake-s3";

const MiB = 1024 * 1024;
let fake: Awaited<ReturnType<typeof startFakeS3>>;
let storage: FileStorage;
const settingsOf = (s3: FakeS3) => ({
  STORAGE_DRIVER: "s3",
  S3_ENDPOINT: s3.endpoint,
  S3_BUCKET: s3.bucket,
  S3_ACCESS_KEY_ID: "qms-test",
  S3_SECRET_ACCESS_KEY: "qms-test-secret",
});
const operations = () => fake.requests.map((r) => r.operation);

beforeAll(async () => {
  fake = await startFakeS3();
  storage = storageFor(parseEnv(settingsOf(fake)));
});
afterEach(() => {
  fake.requests.length = 0;
});
afterAll(() => fake.close());

describe("S3 storage", () => {
  it("streams a multi-part file up in parts of at most 5 MiB and reads it back with the same SHA-256", async () => {
    const size = 21 * MiB + 12_345;
    let readWhenFirstPartArrived: number | undefined;
    const body = patternBody(size, {
      onChunk: (sent) => {
        if (readWhenFirstPartArrived === undefined && fake.requests.some((r) => r.operation === "UploadPart"))
          readWhenFirstPartArrived = sent;
      },
    });
    const stored = await storage.put(body, { contentType: "application/pdf" });

    expect(stored).toEqual({
      key: expect.stringMatching(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/),
      size,
      sha256: await patternSha256(size),
    });
    expect(operations().filter((o) => o === "UploadPart")).toHaveLength(5);
    expect(operations().at(-1)).toBe("CompleteMultipartUpload");
    expect(fake.largestPart()).toBe(5 * MiB);
    // Parts went out while the body was still being read: it was never held whole.
    expect(readWhenFirstPartArrived).toBeLessThan(size / 2);
    expect(fake.uploads.size).toBe(0);
    // Every request was signed, and the signature covers each body's SHA-256 rather than UNSIGNED-PAYLOAD.
    expect(fake.requests.every((r) => r.authorized && /^[0-9a-f]{64}$/.test(r.contentSha256 ?? ""))).toBe(true);

    expect(await storage.stat(stored.key)).toEqual({ size });
    expect(sha256(await readAll(await storage.get(stored.key)))).toBe(stored.sha256);
  });

  it("puts a file smaller than one part in a single request, with its content type", async () => {
    const stored = await storage.put(patternBody(1000), { contentType: "application/pdf" });
    expect(operations()).toEqual(["PutObject"]);
    expect(fake.objects.get(stored.key)).toMatchObject({ contentType: "application/pdf" });
    expect(stored).toMatchObject({ size: 1000, sha256: await patternSha256(1000) });
  });

  it("aborts the multipart upload when the body fails half-way: no object and no pending upload remain", async () => {
    const before = fake.objects.size;
    const error = await storage.put(patternBody(20 * MiB, { throwAfter: 11 * MiB })).catch((e: unknown) => e);

    expect((error as Error).message).toBe("the client went away");
    expect(operations()).toContain("UploadPart");
    expect(operations()).toContain("AbortMultipartUpload");
    expect(operations()).not.toContain("CompleteMultipartUpload");
    expect(fake.uploads.size).toBe(0);
    expect(fake.objects.size).toBe(before);
  });

  it("aborts the upload and stops reading the body when the store refuses a part", async () => {
    fake.refusePart(2);
    let read = 0;
    const size = 30 * MiB;
    const error = await storage.put(patternBody(size, { onChunk: (sent) => (read = sent) })).catch((e: unknown) => e);
    fake.refusePart(null);

    expect(error).toMatchObject({ name: "InvalidRequest" });
    expect(operations()).toContain("AbortMultipartUpload");
    expect(fake.uploads.size).toBe(0);
    expect(read).toBeLessThan(size);
  });

  it("sends nothing when the body fails before its first part is complete", async () => {
    const before = fake.objects.size;
    await expect(storage.put(patternBody(3 * MiB, { throwAfter: MiB }))).rejects.toThrow("the client went away");
    expect(fake.requests).toEqual([]);
    expect(fake.objects.size).toBe(before);
  });

  it("removes a file, idempotently; a removed or unknown key has no stat and cannot be read", async () => {
    const stored = await storage.put(patternBody(2000));
    await storage.remove(stored.key);
    await storage.remove(stored.key);
    expect(fake.objects.has(stored.key)).toBe(false);
    expect(await storage.stat(stored.key)).toBeNull();
    await expect(storage.get(stored.key)).rejects.toThrow();
  });

  it("refuses keys it did not make before asking the store", async () => {
    for (const key of ["../etc/passwd", "ab/../../x", "ab/not-a-uuid"]) {
      await expect(storage.get(key)).rejects.toThrow("storage: bad key");
      await expect(storage.remove(key)).rejects.toThrow("storage: bad key");
    }
    expect(fake.requests).toEqual([]);
  });

  it("surfaces a refusal of the store (no such bucket) as an error of put, and stores nothing", async () => {
    const before = fake.objects.size;
    const wrong = s3Storage({
      endpoint: fake.endpoint,
      region: "us-east-1",
      bucket: "another-bucket",
      accessKeyId: "k",
      secretAccessKey: "s",
      forcePathStyle: true,
    });
    await expect(wrong.put(patternBody(100))).rejects.toMatchObject({ name: "NoSuchBucket" });
    expect(operations()).toEqual(["PutObject"]);
    expect(fake.objects.size).toBe(before);
  });
});

describe("getStorage", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-storage-env-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("stores in the bucket when STORAGE_DRIVER=s3", async () => {
    for (const [name, value] of Object.entries(settingsOf(fake))) vi.stubEnv(name, value);
    vi.stubEnv("DATA_DIR", dataDir);
    const { getStorage } = await import("@/lib/storage");
    const stored = await getStorage().put(patternBody(500));
    expect(fake.objects.has(stored.key)).toBe(true);
    expect(await getStorage().stat(stored.key)).toEqual({ size: 500 });
  });

  it("stores on local disk under DATA_DIR/files by default", async () => {
    vi.stubEnv("STORAGE_DRIVER", "");
    vi.stubEnv("DATA_DIR", dataDir);
    const { getStorage } = await import("@/lib/storage");
    const stored = await getStorage().put(patternBody(500));
    expect(fake.objects.has(stored.key)).toBe(false);
    expect(fake.requests).toEqual([]);
    expect(sha256(await readAll(await getStorage().get(stored.key)))).toBe(stored.sha256);
    const { statSync } = await import("node:fs");
    expect(statSync(path.join(dataDir, "files", stored.key)).size).toBe(500);
  });
});
