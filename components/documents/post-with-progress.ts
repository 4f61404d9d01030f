export type UploadAnswer =
  { ok: true; id: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * POSTs a form with XMLHttpRequest, whose upload events give progress (fetch has none for request bodies).
 * Answers the created record's id, or the server's message and field errors; a network failure is a message.
 */
export function postWithProgress(
  url: string,
  body: FormData,
  onProgress: (percent: number) => void,
): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const json = (request.response ?? {}) as {
        id?: string;
        message?: string;
        fieldErrors?: Record<string, string[]>;
      };
      if (request.status >= 200 && request.status < 300 && json.id) resolve({ ok: true, id: json.id });
      else resolve({ ok: false, message: json.message ?? "documents.upload.failed", fieldErrors: json.fieldErrors });
    };
    request.onerror = () => resolve({ ok: false, message: "documents.upload.networkError" });
    request.send(body);
  });
}
