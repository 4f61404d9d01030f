import { scopeFor } from "@/lib/auth/scope";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { approvePlan } from "@/lib/plans/workflow/mutations";
import { getStorage } from "@/lib/storage";
import { readAll } from "@/tests/support/bodies";
import { startFakeS3 } from "@/tests/support/fake-s3";
import { insertPlan } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";

// The app's storage is chosen from the environment on first use: point it at the fake store before that.
const fake = await startFakeS3();
Object.assign(process.env, {
  STORAGE_DRIVER: "s3",
  S3_ENDPOINT: fake.endpoint,
  S3_BUCKET: fake.bucket,
  S3_ACCESS_KEY_ID: "qms-test",
  S3_SECRET_ACCESS_KEY: "qms-test-secret",
});

const MiB = 1024 * 1024;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const pdf = (text: string) => new File([`%PDF-1.4\n${text}\n%%EOF`], "Quyết định 346.pdf", { type: "application/pdf" });

/** A PDF whose upload breaks after 6 MiB, past S3's first part: the browser went away mid-upload. */
class BrokenPdf extends File {
  constructor() {
    super([`%PDF-1.4\n`], "Quyết định 346.pdf", { type: "application/pdf" });
  }
  override stream() {
    let sent = 0;
    return new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(controller) {
        if (sent >= 6 * MiB) return controller.error(new Error("the client went away"));
        sent += MiB;
        controller.enqueue(new Uint8Array(MiB).fill(0x25));
      },
    });
  }
}

let admin: Actor;
let committee: Actor;

beforeAll(async () => {
  [admin, committee] = await Promise.all([
    createActor("DOST_ADMIN").then((a) => a.actor),
    createActor("COMMITTEE_VIEWER").then((a) => a.actor),
  ]);
});
afterAll(() => fake.close());

describe("the signed approval decision in an S3-compatible store", () => {
  it("goes to the bucket under the key the plan records, and reads back", async () => {
    const plan = await insertPlan({ createdById: admin.id, year: 2071, status: "SUBMITTED" });
    const file = pdf("signed");
    await approvePlan(
      { id: plan.id, approvalNumber: "346/QĐ-UBND", approvalDate: utc(2071, 2, 25), approvalFile: file },
      { scope: scopeFor(committee), ip: null },
    );

    const saved = await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(saved).toMatchObject({ status: "APPROVED", approvalFileSize: file.size });
    expect(fake.objects.get(saved.approvalFileKey!)?.body.toString()).toBe(await file.text());
    expect((await readAll(await getStorage().get(saved.approvalFileKey!))).toString()).toBe(await file.text());
  });

  it("leaves neither a row nor an object nor a pending upload when the upload breaks half-way", async () => {
    const plan = await insertPlan({ createdById: admin.id, year: 2072, status: "SUBMITTED" });
    const objectsBefore = fake.objects.size;
    const error = await approvePlan(
      { id: plan.id, approvalNumber: "346/QĐ-UBND", approvalDate: utc(2072, 2, 25), approvalFile: new BrokenPdf() },
      { scope: scopeFor(committee), ip: null },
    ).catch((e: unknown) => e);

    expect((error as Error).message).toBe("the client went away");
    expect(fake.requests.map((r) => r.operation)).toContain("AbortMultipartUpload");
    expect(fake.uploads.size).toBe(0);
    expect(fake.objects.size).toBe(objectsBefore);
    expect(await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      status: "SUBMITTED",
      approvalFileKey: null,
    });
  });

  it("removes the object when the approval itself fails", async () => {
    // A draft the committee has seen (submitted once, returned): visible to them, but not theirs to approve now.
    const plan = await insertPlan({
      createdById: admin.id,
      year: 2073,
      status: "DRAFT",
      submittedAt: utc(2073, 1, 20),
    });
    const objectsBefore = fake.objects.size;
    const error = await approvePlan(
      { id: plan.id, approvalNumber: "346/QĐ-UBND", approvalDate: utc(2073, 2, 25), approvalFile: pdf("too early") },
      { scope: scopeFor(committee), ip: null },
    ).catch((e: unknown) => e);

    expect((error as AppError).code).toBe("CONFLICT");
    expect(fake.requests.map((r) => r.operation).slice(-2)).toEqual(["PutObject", "DeleteObject"]);
    expect(fake.objects.size).toBe(objectsBefore);
    expect((await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).approvalFileKey).toBeNull();
  });
});
