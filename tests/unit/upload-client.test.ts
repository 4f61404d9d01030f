import { afterEach, describe, expect, it, vi } from "vitest";
import { postWithProgress } from "@/components/uploads/post-with-progress";

/** A stand-in for the browser's XMLHttpRequest: the test plays the network's part. */
class FakeRequest {
  static last: FakeRequest;
  upload: { onprogress?: (e: Partial<ProgressEvent>) => void; onload?: () => void } = {};
  onprogress?: () => void;
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  status = 0;
  responseText = "";
  sent: unknown;
  url = "";
  constructor() {
    FakeRequest.last = this;
  }
  open(_method: string, url: string) {
    this.url = url;
  }
  send(body: unknown) {
    this.sent = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, text: string) {
    this.status = status;
    this.responseText = text;
    this.onload?.();
  }
}

afterEach(() => vi.unstubAllGlobals());

describe("postWithProgress", () => {
  it("reports upload progress and answers the status and the JSON body", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeRequest);
    const seen: number[] = [];
    const body = new FormData();
    const pending = postWithProgress<{ id: string }>("/api/ho-so", body, { onProgress: (p) => seen.push(p.percent) });
    const request = FakeRequest.last;
    expect(request.url).toBe("/api/ho-so");
    expect(request.sent).toBe(body);
    request.upload.onprogress!({ lengthComputable: false, loaded: 5, total: 0 });
    request.upload.onprogress!({ lengthComputable: true, loaded: 1, total: 3 });
    request.upload.onprogress!({ lengthComputable: true, loaded: 3, total: 3 });
    request.answer(201, '{"id":"r1"}');
    expect(await pending).toEqual({ kind: "answered", status: 201, ok: true, body: { id: "r1" }, text: '{"id":"r1"}' });
    expect(seen).toEqual([33, 100]);
  });

  it("answers a refusal with its body, and a body that is not JSON as null", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeRequest);
    const refused = postWithProgress("/x", new FormData());
    FakeRequest.last.answer(413, '{"message":"Tệp quá lớn"}');
    expect(await refused).toMatchObject({ status: 413, ok: false, body: { message: "Tệp quá lớn" } });
    const html = postWithProgress("/x", new FormData());
    FakeRequest.last.answer(502, "<html>Bad gateway</html>");
    expect(await html).toMatchObject({ status: 502, ok: false, body: null });
  });

  it("gives newline-delimited lines as they arrive, whatever the chunks, and the last one without its newline", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeRequest);
    const lines: string[] = [];
    let sent = false;
    const pending = postWithProgress("/api/agencies/import", new FormData(), {
      onLine: (line) => lines.push(line),
      onSent: () => (sent = true),
    });
    const request = FakeRequest.last;
    request.upload.onload!();
    expect(sent).toBe(true);
    request.responseText = '{"phase":"parsed","total":2}\n{"phase":"valid';
    request.onprogress!();
    expect(lines).toEqual(['{"phase":"parsed","total":2}']);
    request.responseText += 'ating","done":1}\n\n';
    request.onprogress!();
    request.answer(200, request.responseText + '{"phase":"done","id":"j1"}');
    await pending;
    expect(lines.map((l) => JSON.parse(l).phase)).toEqual(["parsed", "validating", "done"]);
  });

  it("tells a network failure and an abort apart", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeRequest);
    const failed = postWithProgress("/x", new FormData());
    FakeRequest.last.onerror!();
    expect(await failed).toEqual({ kind: "network" });
    const controller = new AbortController();
    const aborted = postWithProgress("/x", new FormData(), { signal: controller.signal });
    controller.abort();
    expect(await aborted).toEqual({ kind: "aborted" });
    expect(await postWithProgress("/x", new FormData(), { signal: controller.signal })).toEqual({ kind: "aborted" });
  });
});
