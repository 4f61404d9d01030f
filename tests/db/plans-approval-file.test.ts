import { scopeFor } from "@/lib/auth/scope";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { approvePlan } from "@/lib/plans/workflow/mutations";
import { getStorage } from "@/lib/storage";
import { insertPlan } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-files-"));
process.env.DATA_DIR = dataDir;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const pdf = (text: string) => new File([`%PDF-1.4\n${text}\n%%EOF`], "Quyết định 346.pdf", { type: "application/pdf" });
const storedFiles = () =>
  existsSync(path.join(dataDir, "files"))
    ? readdirSync(path.join(dataDir, "files"), { recursive: true }).filter((f) => /\/[0-9a-f-]{36}$/.test(String(f)))
    : [];

let admin: Actor;
let committee: Actor;

beforeAll(async () => {
  [admin, committee] = await Promise.all([
    createActor("DOST_ADMIN").then((a) => a.actor),
    createActor("COMMITTEE_VIEWER").then((a) => a.actor),
  ]);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("approval with the signed decision", () => {
  it("stores the PDF with its name, size and SHA-256, readable back from storage", async () => {
    const plan = await insertPlan({ createdById: admin.id, year: 2061, status: "SUBMITTED" });
    const file = pdf("signed");
    await approvePlan(
      { id: plan.id, approvalNumber: "346/QĐ-UBND", approvalDate: utc(2061, 2, 25), approvalFile: file },
      { scope: scopeFor(committee), ip: null },
    );
    const saved = await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(saved).toMatchObject({
      status: "APPROVED",
      approvalFileName: "Quyết định 346.pdf",
      approvalFileSize: file.size,
    });
    expect(saved.approvalFileSha256).toMatch(/^[0-9a-f]{64}$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await getStorage().get(saved.approvalFileKey!)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe(await file.text());
  });

  it("refuses a file that is not a PDF, whatever its name, and changes nothing", async () => {
    const plan = await insertPlan({ createdById: admin.id, year: 2062, status: "SUBMITTED" });
    const fake = new File(["MZ\x90\x00 not a pdf"], "quyet-dinh.pdf", { type: "application/pdf" });
    const error = await approvePlan(
      { id: plan.id, approvalNumber: "346/QĐ-UBND", approvalDate: utc(2062, 2, 25), approvalFile: fake },
      { scope: scopeFor(committee), ip: null },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ approvalFile: ["plans.errors.notPdf"] });
    expect((await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("SUBMITTED");
  });

  it("removes the stored file when the approval itself fails", async () => {
    // A draft the committee has seen (submitted once, returned): visible to them, but not theirs to approve now.
    const plan = await insertPlan({
      createdById: admin.id,
      year: 2063,
      status: "DRAFT",
      submittedAt: utc(2063, 1, 20),
    });
    const before = storedFiles().length;
    const error = await approvePlan(
      { id: plan.id, approvalNumber: "346/QĐ-UBND", approvalDate: utc(2063, 2, 25), approvalFile: pdf("too early") },
      { scope: scopeFor(committee), ip: null },
    ).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("CONFLICT");
    expect(storedFiles().length).toBe(before);
    expect((await db.inspectionPlan.findUniqueOrThrow({ where: { id: plan.id } })).approvalFileKey).toBeNull();
  });
});
