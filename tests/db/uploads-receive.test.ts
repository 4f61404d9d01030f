import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { getStorage } from "@/lib/storage";
import { UploadError } from "@/lib/uploads/errors";
import { discardUpload, receiveUpload } from "@/lib/uploads/receive";
import { readAll, sha256 } from "@/tests/support/bodies";
import { samples } from "@/tests/support/files";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-uploads-"));
process.env.DATA_DIR = dataDir;
const root = path.join(dataDir, "files");

/** Every file under the storage folder, temporary `.part` files included. */
const storedFiles = () =>
  existsSync(root)
    ? readdirSync(root, { recursive: true })
        .map(String)
        .filter((f) => statSync(path.join(root, f)).isFile())
    : [];
const request = (form: FormData) => new Request("http://127.0.0.1/upload", { method: "POST", body: form });
const formWith = (...files: [string, Uint8Array, string][]) => {
  const form = new FormData();
  for (const [field, bytes, name] of files) form.append(field, new Blob([new Uint8Array(bytes)]), name);
  return form;
};
async function refusal(promise: Promise<unknown>): Promise<UploadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadError);
  expect((error as UploadError).code).toBe("VALIDATION");
  return error as UploadError;
}
const bigPdf = (bytes: number) => Buffer.concat([samples.pdf(), Buffer.alloc(bytes - samples.pdf().length, 0x20)]);

afterEach(() => expect(storedFiles()).toEqual([]));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("receiveUpload", () => {
  it("streams every file into storage with its kind, Vietnamese name, size and SHA-256, and returns the fields", async () => {
    const xlsx = await samples.xlsx();
    const form = formWith(
      ["evidence", samples.pdf(), "Biên bản kiểm tra.pdf"],
      ["evidence", xlsx, "Danh mục hồ sơ.XLSX"],
      ["photo", samples.jpeg(), "ảnh hiện trường.jpg"],
    );
    form.append("note", "Đã đối chiếu bản gốc");
    const upload = await receiveUpload(request(form), { maxFileBytes: 1024 * 1024 });
    expect(upload.fields).toEqual({ note: ["Đã đối chiếu bản gốc"] });
    expect(upload.files.map((f) => [f.field, f.name, f.kind, f.contentType, f.size, f.sha256])).toEqual([
      ["evidence", "Biên bản kiểm tra.pdf", "pdf", "application/pdf", samples.pdf().length, sha256(samples.pdf())],
      [
        "evidence",
        "Danh mục hồ sơ.XLSX",
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        xlsx.length,
        sha256(xlsx),
      ],
      ["photo", "ảnh hiện trường.jpg", "jpeg", "image/jpeg", samples.jpeg().length, sha256(samples.jpeg())],
    ]);
    expect(sha256(await readAll(await getStorage().get(upload.files[1]!.key)))).toBe(sha256(xlsx));
    expect(storedFiles()).toHaveLength(3);
    await discardUpload(upload);
  });

  it("accepts a file of exactly the limit and refuses one byte more, keeping nothing", async () => {
    const upload = await receiveUpload(request(formWith(["file", bigPdf(200_000), "vừa đủ.pdf"])), {
      maxFileBytes: 200_000,
    });
    expect(upload.files[0]!.size).toBe(200_000);
    await discardUpload(upload);
    const error = await refusal(
      receiveUpload(request(formWith(["file", samples.pdf(), "nhỏ.pdf"], ["file", bigPdf(200_001), "x.pdf"])), {
        maxFileBytes: 200_000,
      }),
    );
    expect(error.problem).toBe("too_large");
    expect(error.messageKey).toBe("Tệp “x.pdf” vượt quá giới hạn 0,2 MB.");
    expect(error.fieldErrors).toEqual({ file: [error.messageKey] });
  });

  it("refuses a renamed executable by its content, and removes the files stored before it", async () => {
    const error = await refusal(
      receiveUpload(request(formWith(["file", samples.png(), "sơ đồ.png"], ["file", samples.exe(), "setup.pdf"]))),
    );
    expect(error.problem).toBe("type");
    expect(error.messageKey).toBe(
      "Tệp “setup.pdf” không phải PDF, DOCX, XLSX, JPEG hoặc PNG (nhận diện theo nội dung).",
    );
  });

  it("refuses a kind the caller does not allow, naming the allowed ones", async () => {
    const error = await refusal(
      receiveUpload(request(formWith(["photo", samples.pdf(), "ảnh.pdf"])), { allowed: ["jpeg", "png"] }),
    );
    expect(error.messageKey).toBe("Tệp “ảnh.pdf” không phải JPEG hoặc PNG (nhận diện theo nội dung).");
  });

  it("refuses an empty file", async () => {
    const error = await refusal(receiveUpload(request(formWith(["file", new Uint8Array(0), "trống.pdf"]))));
    expect([error.problem, error.messageKey]).toEqual(["empty", "Tệp “trống.pdf” rỗng (0 byte)."]);
  });

  it.each(["../../etc/passwd", "C:\\x.pdf", "hồ sơ/quyết định.pdf"])("refuses the name %j", async (name) => {
    const error = await refusal(
      receiveUpload(request(formWith(["file", samples.pdf(), "ok.pdf"], ["file", samples.pdf(), name]))),
    );
    expect(error.problem).toBe("name");
    expect(error.messageKey).toMatch(/^Tên tệp không được chứa đường dẫn/);
  });

  it("refuses more files than allowed", async () => {
    const form = formWith(
      ["file", samples.pdf(), "1.pdf"],
      ["file", samples.pdf(), "2.pdf"],
      ["file", samples.pdf(), "3.pdf"],
    );
    const error = await refusal(receiveUpload(request(form), { maxFiles: 2 }));
    expect([error.problem, error.messageKey]).toEqual(["too_many", "Chỉ được tải lên tối đa 2 tệp mỗi lần."]);
  });

  it("refuses a body that is not multipart", async () => {
    const error = await refusal(
      receiveUpload(
        new Request("http://127.0.0.1/upload", {
          method: "POST",
          body: JSON.stringify({ file: "x" }),
          headers: { "content-type": "application/json" },
        }),
      ),
    );
    expect(error.problem).toBe("not_multipart");
  });

  it("skips an empty file input (no name, no bytes), as a browser sends it", async () => {
    const form = new FormData();
    form.append("file", new Blob([]), "");
    form.append("title", "Không kèm tệp");
    expect(await receiveUpload(request(form))).toEqual({ fields: { title: ["Không kèm tệp"] }, files: [] });
  });

  it("leaves no file, not even a .part, when the client aborts half-way", async () => {
    const sent = request(formWith(["file", samples.pdf(), "đầu.pdf"], ["file", bigPdf(2_000_000), "lớn.pdf"]));
    const bytes = new Uint8Array(await sent.arrayBuffer());
    let offset = 0;
    let sawPart = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (offset >= bytes.length / 2) {
          sawPart = storedFiles().some((f) => f.endsWith(".part"));
          controller.error(new Error("client went away"));
          return;
        }
        controller.enqueue(bytes.slice(offset, offset + 64 * 1024));
        offset += 64 * 1024;
        await new Promise((r) => setTimeout(r, 1));
      },
    });
    const aborted = new Request("http://127.0.0.1/upload", {
      method: "POST",
      body,
      headers: { "content-type": sent.headers.get("content-type")! },
      duplex: "half",
    } as RequestInit);
    const error = await refusal(receiveUpload(aborted));
    expect(error.problem).toBe("aborted");
    expect(sawPart).toBe(true); // the second file was being written when the client went away
  });

  it("discardUpload removes the stored files of a receive whose transaction failed, and may run twice", async () => {
    const upload = await receiveUpload(request(formWith(["file", samples.docx(), "Sổ tay chất lượng.docx"])));
    expect(upload.files[0]!.kind).toBe("docx");
    expect(storedFiles()).toHaveLength(1);
    await discardUpload(upload);
    await discardUpload(upload);
  });
});
