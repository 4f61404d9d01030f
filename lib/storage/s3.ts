import { Readable } from "node:stream";
import { checkedKey, measured, newKey, type FileStorage } from "./contract";

export type S3Settings = {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://host/bucket/key` rather than `https://bucket.host/key`; what MinIO and most S3-compatible stores want. */
  forcePathStyle: boolean;
};

/**
 * Parts of 5 MiB (S3's smallest), at most two in flight: an upload holds about three parts in memory
 * whatever the file's size, and a file smaller than one part goes up in a single PutObject.
 */
const partSize = 5 * 1024 * 1024;
const queueSize = 2;

/**
 * Files in a bucket of an S3-compatible store. The SDK is loaded on first use, so a deployment on local
 * disk never pays for it.
 *
 * S3 has no rename, so there is no temporary name as on local disk: an object becomes visible under its key
 * only when its PutObject or CompleteMultipartUpload succeeds, which is the same guarantee as the local
 * temp-file rename. When the body fails half-way, the multipart upload is aborted (the uploaded parts are
 * discarded) and `put` rejects with the body's error, so neither an object nor a pending upload remains.
 * Should the abort itself fail (the store is unreachable), a bucket lifecycle rule
 * "AbortIncompleteMultipartUpload" is the backstop; the README says so.
 */
export function s3Storage(settings: S3Settings): FileStorage {
  const { bucket: Bucket } = settings;
  let connected: ReturnType<typeof connect> | undefined;
  const sdk = () => (connected ??= connect(settings));

  return {
    async put(body, options = {}) {
      const { client } = await sdk();
      const { Upload } = await import("@aws-sdk/lib-storage");
      const key = options.key === undefined ? newKey() : checkedKey(options.key);
      const file = measured(body);
      // Byte mode: the stream reads ahead a few kilobytes, not a number of chunks of unknown size.
      const stream = Readable.from(file.chunks, { objectMode: false });
      const upload = new Upload({
        client,
        params: { Bucket, Key: key, Body: stream, ContentType: options.contentType },
        partSize,
        queueSize,
        leavePartsOnError: false,
      });
      try {
        await upload.done();
      } catch (error) {
        // When the store failed rather than the body, stop reading the caller's body too.
        stream.destroy();
        throw error;
      }
      return { key, ...file.result() };
    },
    async get(key) {
      const { client, s3 } = await sdk();
      const response = await client.send(new s3.GetObjectCommand({ Bucket, Key: checkedKey(key) }));
      if (!(response.Body instanceof Readable)) throw new Error("storage: the object store answered without a body");
      return response.Body;
    },
    async stat(key) {
      const { client, s3 } = await sdk();
      try {
        const head = await client.send(new s3.HeadObjectCommand({ Bucket, Key: checkedKey(key) }));
        return { size: head.ContentLength ?? 0 };
      } catch (error) {
        if (error instanceof s3.S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
        throw error;
      }
    },
    async remove(key) {
      const { client, s3 } = await sdk();
      await client.send(new s3.DeleteObjectCommand({ Bucket, Key: checkedKey(key) }));
    },
  };
}

async function connect(settings: S3Settings) {
  const s3 = await import("@aws-sdk/client-s3");
  const client = new s3.S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    // Explicit keys: the SDK's default chain would also probe files and the cloud metadata service.
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Extra CRC checksums (sent as aws-chunked trailers) are not understood by every S3-compatible store;
    // the payload is already covered by the SigV4 signature, and the file by our own SHA-256.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000 },
  });
  return { s3, client };
}
