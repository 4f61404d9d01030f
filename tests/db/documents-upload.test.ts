import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { scopeFor } from "@/lib/auth/scope";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { receiveRecordUpload } from "@/lib/documents/upload/receive";
import { errorResponse } from "@/lib/uploads/respond";
import { insertPlan } from "@/tests/factories/plans";
import { createRecordFor, pdfBytes } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/users";
import { appError } from "@/tests/support/errors";
import { samples } from "@/tests/support/files";

// Set before anything reads the environment: a small limit keeps the oversized file small.
process.env.UPLOAD_MAX_BYTES = String(64 * 1024);
const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-upload-"));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const storedFiles = () =>
  existsSync(path.join(dataDir, "files"))
    ? readdirSync(path.join(dataDir, "files"), { recursive: true }).filter((f) => /[0-9a-f-]{36}$/.test(String(f)))
    : [];

let officer: Actor;
let stranger: Actor;

beforeAll(async () => {
  [officer, stranger] = await Promise.all([
    createActor("AGENCY_OFFICER").then((a) => a.actor),
    createActor("AGENCY_OFFICER").then((a) => a.actor),
  ]);
});

type Part = { name: string; bytes: Buffer; type?: string };

/** The multipart request the upload form sends. */
function uploadRequest(fields: Record<string, string>, files: Part[], url = "http://127.0.0.1/api/ho-so") {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const f of files)
    form.append("files", new Blob([new Uint8Array(f.bytes)], { type: f.type ?? "application/pdf" }), f.name);
  return new Request(url, { method: "POST", body: form });
}

const fields = (changes: Record<string, string> = {}) => ({
  category: "INTERNAL_AUDIT_REPORT",
  title: `Báo cáo đánh giá nội bộ ${Math.random()}`,
  periodFrom: "01/01/2021",
  periodTo: "31/12/2021",
  note: "",
  ...changes,
});
const ctx = () => ({ scope: scopeFor(officer), ip: null });
const recordsOf = (actor: Actor) => db.qmsRecord.count({ where: { agencyId: actor.agencyId! } });

describe("receiveRecordUpload", () => {
  it("streams the files into storage and writes the record with the Vietnamese name kept and the type read from the bytes", async () => {
    const result = await receiveRecordUpload(
      uploadRequest(fields(), [
        { name: "Báo cáo ĐGNB năm 2021.pdf", bytes: pdfBytes(), type: "application/octet-stream" },
      ]),
      ctx(),
    );
    const file = await db.recordFile.findFirstOrThrow({ where: { version: { recordId: result.id } } });
    expect(file).toMatchObject({
      fileName: "Báo cáo ĐGNB năm 2021.pdf",
      contentType: "application/pdf",
      uploadedById: officer.id,
    });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("stores nothing when receiving refuses: a renamed executable, zero bytes, a path in the name, an oversized file", async () => {
    const before = { files: storedFiles().length, records: await recordsOf(officer) };
    const bad: Part[] = [
      { name: "bao-cao.pdf", bytes: samples.exe() },
      { name: "rong.pdf", bytes: Buffer.alloc(0) },
      { name: "../../etc/bao-cao.pdf", bytes: pdfBytes() },
      { name: "lon.pdf", bytes: Buffer.concat([pdfBytes(), Buffer.alloc(70 * 1024, 32)]) },
    ];
    for (const part of bad) {
      const error = await appError(
        receiveRecordUpload(uploadRequest(fields(), [{ name: "hop-le.pdf", bytes: pdfBytes() }, part]), ctx()),
      );
      expect(error.code, part.name).toBe("VALIDATION");
      expect(error.messageKey, part.name).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
    }
    expect(storedFiles().length).toBe(before.files);
    expect(await recordsOf(officer)).toBe(before.records);
  });

  it("removes the received files when the fields are invalid or the transaction fails after receiving", async () => {
    const before = { files: storedFiles().length, records: await recordsOf(officer) };
    const invalid = await appError(
      receiveRecordUpload(uploadRequest(fields({ periodTo: "" }), [{ name: "a.pdf", bytes: pdfBytes() }]), ctx()),
    );
    expect(invalid.fieldErrors).toEqual({ periodTo: ["documents.errors.periodEnd"] });
    // A plan the unit is not in passes the form but fails inside the transaction.
    const plan = await insertPlan({
      createdById: officer.id,
      year: 2021,
      status: "APPROVED",
      targets: [{ agencyId: stranger.agencyId! }],
    });
    const failed = await appError(
      receiveRecordUpload(
        uploadRequest(fields({ planId: plan.id }), [
          { name: "a.pdf", bytes: pdfBytes() },
          { name: "b.pdf", bytes: pdfBytes() },
        ]),
        ctx(),
      ),
    );
    expect(failed.fieldErrors).toEqual({ planId: ["documents.errors.plan"] });
    const none = await appError(receiveRecordUpload(uploadRequest(fields(), []), ctx()));
    expect(none.fieldErrors).toEqual({ files: ["documents.errors.noFiles"] });
    expect(storedFiles().length).toBe(before.files);
    expect(await recordsOf(officer)).toBe(before.records);
  });

  it("reports every field's problem in one answer: a missing date and no file, a missing title and category, a plan out of reach", async () => {
    const before = { files: storedFiles().length, records: await recordsOf(officer) };
    const elsewhere = await insertPlan({
      createdById: officer.id,
      year: 2021,
      status: "APPROVED",
      targets: [{ agencyId: stranger.agencyId! }],
    });
    const error = await appError(
      receiveRecordUpload(
        uploadRequest(fields({ category: "", title: "", periodFrom: "", periodTo: "", planId: elsewhere.id }), []),
        ctx(),
      ),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({
      category: ["documents.errors.category"],
      title: ["errors.required"],
      effectiveDate: ["documents.errors.periodRequired"],
      files: ["documents.errors.noFiles"],
      planId: ["documents.errors.plan"],
    });
    const version = await appError(
      receiveRecordUpload(
        uploadRequest({ effectiveDate: "31/02/2021", note: "" }, []),
        ctx(),
        (await createRecordFor(officer)).id,
      ),
    );
    expect(version.fieldErrors).toEqual({
      effectiveDate: ["documents.errors.date"],
      files: ["documents.errors.noFiles"],
    });
    expect(storedFiles().length).toBe(before.files + 1); // the record made for the version test, nothing else
    expect(await recordsOf(officer)).toBe(before.records + 1);
  });

  it("a file refused while streaming comes back with the problems of the fields sent before it, in the reader's language", async () => {
    const error = await appError(
      receiveRecordUpload(
        uploadRequest(fields({ title: "", periodFrom: "" }), [{ name: "chinh-sach.pdf", bytes: samples.exe() }]),
        ctx(),
      ),
    );
    const answer = errorResponse(
      error,
      new Request("http://127.0.0.1/api/ho-so", { headers: { cookie: "locale=en" } }),
    );
    expect(answer.status).toBe(415);
    const body = (await answer.json()) as { fieldErrors: Record<string, string[]> };
    expect(Object.keys(body.fieldErrors).sort()).toEqual(["files", "periodFrom", "title"]);
    expect(body.fieldErrors.title).toEqual(["This field is required."]);
    expect(body.fieldErrors.files![0]).toContain("chinh-sach.pdf");
  });

  it("answers NOT_FOUND for another unit's record before reading the body, and adds a version to the unit's own", async () => {
    const { id } = await createRecordFor(officer);
    let pulled = false;
    // highWaterMark 0: the stream is pulled only when someone reads the body.
    const body = new ReadableStream(
      {
        pull(controller) {
          pulled = true;
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request(`http://127.0.0.1/api/ho-so/${id}/phien-ban`, {
      method: "POST",
      body,
      headers: { "content-type": "multipart/form-data; boundary=x" },
      duplex: "half",
    } as RequestInit);
    expect((await appError(receiveRecordUpload(request, { scope: scopeFor(stranger), ip: null }, id))).code).toBe(
      "NOT_FOUND",
    );
    expect(pulled).toBe(false);

    const result = await receiveRecordUpload(
      uploadRequest({ effectiveDate: "01/03/2021", note: "Bản đã ký" }, [{ name: "v2.pdf", bytes: pdfBytes() }]),
      ctx(),
      id,
    );
    expect(result).toMatchObject({ id, version: 2 });
    expect(await db.recordVersion.count({ where: { recordId: id } })).toBe(2);
  });
});
