import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type FakeS3Request = {
  method: string;
  operation: string;
  key: string;
  authorized: boolean;
  contentSha256: string | undefined;
};
export type FakeS3 = {
  endpoint: string;
  bucket: string;
  /** Complete objects by key. */
  objects: Map<string, { body: Buffer; contentType: string | undefined }>;
  /** Multipart uploads begun and neither completed nor aborted, by upload id. */
  uploads: Map<string, { key: string; parts: Map<number, Buffer> }>;
  requests: FakeS3Request[];
  /** Largest UploadPart body received, to check that files travel in parts. */
  largestPart: () => number;
  close: () => Promise<void>;
};

const xml = (root: string, fields: Record<string, string>) =>
  `<?xml version="1.0" encoding="UTF-8"?><${root}>${Object.entries(fields)
    .map(([k, v]) => `<${k}>${v}</${k}>`)
    .join("")}</${root}>`;
const etag = (body: Buffer) => `"${body.length.toString(16)}-${randomUUID().slice(0, 8)}"`;

/**
 * An S3-compatible store on 127.0.0.1 at a free port, path-style (`/bucket/key`), one bucket, in memory.
 * It answers what the app's S3 backend sends: PutObject, CreateMultipartUpload, UploadPart,
 * CompleteMultipartUpload, AbortMultipartUpload, GetObject, HeadObject, DeleteObject. Signatures are not
 * verified, but a request without an Authorization header is refused with 403, as S3 would.
 * `refusePart(n)` makes every UploadPart of part n fail with 400, as a store that is out of space would.
 */
export async function startFakeS3(
  options: { bucket?: string } = {},
): Promise<FakeS3 & { refusePart: (partNumber: number | null) => void }> {
  const bucket = options.bucket ?? "qms-files";
  let refusedPart: number | null = null;
  const objects: FakeS3["objects"] = new Map();
  const uploads: FakeS3["uploads"] = new Map();
  const requests: FakeS3Request[] = [];
  let largestPart = 0;

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? "/", "http://fake");
    const [, bucketName = "", ...rest] = url.pathname.split("/");
    const key = rest.map(decodeURIComponent).join("/");
    const uploadId = url.searchParams.get("uploadId");
    const method = request.method ?? "GET";
    const operation =
      method === "POST" && url.searchParams.has("uploads")
        ? "CreateMultipartUpload"
        : method === "PUT" && uploadId
          ? "UploadPart"
          : method === "POST" && uploadId
            ? "CompleteMultipartUpload"
            : method === "DELETE" && uploadId
              ? "AbortMultipartUpload"
              : ((
                  { PUT: "PutObject", GET: "GetObject", HEAD: "HeadObject", DELETE: "DeleteObject" } as Record<
                    string,
                    string
                  >
                )[method] ?? "Unknown");
    const authorized =
      typeof request.headers.authorization === "string" &&
      request.headers.authorization.startsWith("AWS4-HMAC-SHA256 ");
    const contentSha256 = request.headers["x-amz-content-sha256"] as string | undefined;
    requests.push({ method, operation, key, authorized, contentSha256 });

    const fail = (status: number, code: string) => {
      response.writeHead(status, { "content-type": "application/xml" });
      response.end(method === "HEAD" ? undefined : xml("Error", { Code: code, Message: code, Key: key }));
    };
    if (!authorized) return fail(403, "AccessDenied");
    if (bucketName !== bucket) return fail(404, "NoSuchBucket");
    if (request.headers["content-encoding"]?.includes("aws-chunked")) return fail(501, "NotImplemented");

    switch (operation) {
      case "PutObject":
        objects.set(key, { body, contentType: request.headers["content-type"] });
        response.writeHead(200, { etag: etag(body) }).end();
        return;
      case "CreateMultipartUpload": {
        const id = randomUUID();
        uploads.set(id, { key, parts: new Map() });
        response.writeHead(200, { "content-type": "application/xml" });
        response.end(xml("InitiateMultipartUploadResult", { Bucket: bucket, Key: key, UploadId: id }));
        return;
      }
      case "UploadPart": {
        const upload = uploads.get(uploadId!);
        if (!upload || upload.key !== key) return fail(404, "NoSuchUpload");
        if (Number(url.searchParams.get("partNumber")) === refusedPart) return fail(400, "InvalidRequest");
        upload.parts.set(Number(url.searchParams.get("partNumber")), body);
        largestPart = Math.max(largestPart, body.length);
        response.writeHead(200, { etag: etag(body) }).end();
        return;
      }
      case "CompleteMultipartUpload": {
        const upload = uploads.get(uploadId!);
        if (!upload || upload.key !== key) return fail(404, "NoSuchUpload");
        const listed = [...body.toString().matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((m) => Number(m[1]));
        if (listed.length === 0 || listed.some((n) => !upload.parts.has(n))) return fail(400, "InvalidPart");
        uploads.delete(uploadId!);
        const whole = Buffer.concat(listed.map((n) => upload.parts.get(n)!));
        objects.set(key, { body: whole, contentType: undefined });
        response.writeHead(200, { "content-type": "application/xml" });
        response.end(xml("CompleteMultipartUploadResult", { Bucket: bucket, Key: key, ETag: etag(whole) }));
        return;
      }
      case "AbortMultipartUpload":
        if (!uploads.delete(uploadId!)) return fail(404, "NoSuchUpload");
        response.writeHead(204).end();
        return;
      case "GetObject":
      case "HeadObject": {
        const object = objects.get(key);
        if (!object) return fail(404, operation === "HeadObject" ? "NotFound" : "NoSuchKey");
        response.writeHead(200, {
          "content-length": object.body.length,
          "content-type": object.contentType ?? "binary/octet-stream",
        });
        response.end(operation === "HeadObject" ? undefined : object.body);
        return;
      }
      case "DeleteObject":
        objects.delete(key);
        response.writeHead(204).end();
        return;
      default:
        fail(501, "NotImplemented");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    objects,
    uploads,
    requests,
    largestPart: () => largestPart,
    refusePart: (partNumber) => {
      refusedPart = partNumber;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
