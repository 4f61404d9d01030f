/**
 * The one upload client of the forms (records, evidence, registry import): a POST with XMLHttpRequest, whose
 * upload events give progress (fetch has none for request bodies). Browser-only, no server import.
 */

/** The server's answer (`body`: its JSON, null when the answer is not one JSON value), or why there is none. */
export type UploadResult<T> =
  | { kind: "answered"; status: number; ok: boolean; body: T | null; text: string }
  | { kind: "network" }
  | { kind: "aborted" };

export type UploadProgress = { percent: number; loaded: number; total: number };

export type UploadOptions = {
  /** How much of the request body is sent, when the browser knows its size. */
  onProgress?: (progress: UploadProgress) => void;
  /** The whole body is sent: from now on the server is working on it. */
  onSent?: () => void;
  /**
   * Each line of the answer as it arrives, for servers that report their own progress as newline-delimited
   * JSON; the last line is given at the end even without its newline.
   */
  onLine?: (line: string) => void;
  /** Aborting cancels the upload; the promise then answers `{ kind: "aborted" }`. */
  signal?: AbortSignal;
};

export function postWithProgress<T = unknown>(
  url: string,
  body: FormData,
  { onProgress, onSent, onLine, signal }: UploadOptions = {},
): Promise<UploadResult<T>> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve({ kind: "aborted" });
    const request = new XMLHttpRequest();
    let seen = 0;
    const drain = (final: boolean) => {
      if (!onLine) return;
      const text = request.responseText;
      const end = final ? text.length : text.lastIndexOf("\n") + 1;
      if (end <= seen) return;
      const lines = text.slice(seen, end).split("\n");
      seen = end;
      for (const line of lines) if (line.trim()) onLine(line);
    };
    const abort = () => request.abort();
    const settle = (result: UploadResult<T>) => {
      signal?.removeEventListener("abort", abort);
      resolve(result);
    };
    request.open("POST", url);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable)
        onProgress?.({
          percent: Math.round((event.loaded / event.total) * 100),
          loaded: event.loaded,
          total: event.total,
        });
    };
    request.upload.onload = () => onSent?.();
    request.onprogress = () => drain(false);
    request.onload = () => {
      drain(true);
      const text = request.responseText;
      let json: T | null = null;
      try {
        json = text ? (JSON.parse(text) as T) : null;
      } catch {
        json = null;
      }
      settle({
        kind: "answered",
        status: request.status,
        ok: request.status >= 200 && request.status < 300,
        body: json,
        text,
      });
    };
    request.onerror = () => settle({ kind: "network" });
    request.onabort = () => settle({ kind: "aborted" });
    signal?.addEventListener("abort", abort);
    request.send(body);
  });
}
