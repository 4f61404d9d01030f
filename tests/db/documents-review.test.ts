import { mkdtempSync, rmSync } from "node:fs";
import { scopeFor } from "@/lib/auth/scope";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addVersion, reviewVersion } from "@/lib/documents/mutations";
import { versionFieldsSchema } from "@/lib/documents/schema";
import { createRecordFor, storedFile } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";
import { renderedEmailsTo, renderedNotifications, testAppUrl } from "@/tests/support/messages";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-review-"));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

let officer: Actor;
let inspector: Actor;
let admin: Actor;
let committee: Actor;

beforeAll(async () => {
  officer = (await createActor("AGENCY_OFFICER")).actor;
  [inspector, admin, committee] = await Promise.all([
    createActor("DOST_INSPECTOR").then((a) => a.actor),
    createActor("DOST_ADMIN").then((a) => a.actor),
    createActor("COMMITTEE_VIEWER").then((a) => a.actor),
  ]);
});

const versionOf = (recordId: string, number: number) =>
  db.recordVersion.findUniqueOrThrow({ where: { recordId_number: { recordId, number } } });
const fields = versionFieldsSchema.parse({
  periodFrom: "01/01/2021",
  periodTo: "31/12/2021",
  note: "Đã bổ sung theo ý kiến",
});

describe("reviewVersion", () => {
  it("runs the thread: revision with a comment → the unit answers with version 2 → accepted; every step audited and told", async () => {
    const { id, versionId } = await createRecordFor(officer);
    const revise = await reviewVersion(
      { versionId, decision: "revise", comment: "Thiếu chữ ký của Trưởng ban ISO." },
      { scope: scopeFor(inspector), ip: null },
    );
    expect(revise).toEqual({ id, status: "REVISION_REQUESTED" });
    expect(await versionOf(id, 1)).toMatchObject({
      status: "REVISION_REQUESTED",
      reviewedById: inspector.id,
      reviewComment: "Thiếu chữ ký của Trưởng ban ISO.",
    });
    const [told] = await renderedNotifications({ userId: officer.id, link: `/ho-so/${id}`, type: "record.revise" });
    expect(told!.body).toContain("Thiếu chữ ký của Trưởng ban ISO.");
    expect(
      (await renderedEmailsTo(officer.email)).filter((m) => m.text.includes(`${testAppUrl}/ho-so/${id}`)),
    ).toHaveLength(1);

    const v2 = await addVersion(id, fields, [await storedFile("ĐGNB có chữ ký.pdf")], {
      scope: scopeFor(officer),
      ip: null,
    });
    expect((await db.qmsRecord.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    await reviewVersion(
      { versionId: v2.versionId, decision: "accept", comment: "" },
      { scope: scopeFor(admin), ip: null },
    );

    const record = await db.qmsRecord.findUniqueOrThrow({
      where: { id },
      include: { events: { orderBy: { at: "asc" } }, versions: { orderBy: { number: "asc" } } },
    });
    expect(record).toMatchObject({ status: "ACCEPTED", latestVersion: 2 });
    expect(record.versions.map((v) => v.status)).toEqual(["REVISION_REQUESTED", "ACCEPTED"]);
    expect(record.events.map((e) => [e.action, e.comment])).toEqual([
      ["submitted", null],
      ["revision_requested", "Thiếu chữ ký của Trưởng ban ISO."],
      ["submitted", "Đã bổ sung theo ý kiến"],
      ["accepted", null],
    ]);
    expect((await auditRowsFor({ type: "record", id }, "record.reviewed")).map((a) => a.data)).toEqual([
      { version: 1, decision: "revise", comment: "Thiếu chữ ký của Trưởng ban ISO." },
      { version: 2, decision: "accept", comment: null },
    ]);
  });

  it("refuses a second review of an accepted version with 'Phiên bản này đã được xem xét', and changes nothing", async () => {
    const { id, versionId } = await createRecordFor(officer);
    await reviewVersion({ versionId, decision: "accept", comment: "" }, { scope: scopeFor(inspector), ip: null });
    const error = await appError(
      reviewVersion({ versionId, decision: "revise", comment: "Xem lại" }, { scope: scopeFor(admin), ip: null }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", messageKey: "documents.errors.alreadyReviewed" });
    expect(await versionOf(id, 1)).toMatchObject({
      status: "ACCEPTED",
      reviewedById: inspector.id,
      reviewComment: null,
    });
    expect(await auditRowsFor({ type: "record", id }, "record.reviewed")).toHaveLength(1);
  });

  it("lets one of two reviewers at once win; the other is told the version was already reviewed", async () => {
    const { id, versionId } = await createRecordFor(officer);
    const results = await Promise.allSettled([
      reviewVersion({ versionId, decision: "accept", comment: "" }, { scope: scopeFor(inspector), ip: null }),
      reviewVersion({ versionId, decision: "revise", comment: "Bổ sung" }, { scope: scopeFor(admin), ip: null }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await db.recordEvent.count({ where: { recordId: id, action: { in: ["accepted", "revision_requested"] } } }),
    ).toBe(1);
  });

  it("reviews only the latest version: a version replaced before review is refused", async () => {
    const { id, versionId } = await createRecordFor(officer);
    await addVersion(id, fields, [await storedFile()], { scope: scopeFor(officer), ip: null });
    expect(
      await appError(
        reviewVersion({ versionId, decision: "accept", comment: "" }, { scope: scopeFor(inspector), ip: null }),
      ),
    ).toMatchObject({ code: "CONFLICT", messageKey: "documents.errors.superseded" });
    expect(await versionOf(id, 1)).toMatchObject({ status: "SUBMITTED", reviewedById: null });
  });

  it("refuses officers and the People's Committee, and hides another unit's version from an officer", async () => {
    const { versionId } = await createRecordFor(officer);
    const stranger = (await createActor("AGENCY_OFFICER")).actor;
    expect(
      (
        await appError(
          reviewVersion({ versionId, decision: "accept", comment: "" }, { scope: scopeFor(officer), ip: null }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await appError(
          reviewVersion({ versionId, decision: "accept", comment: "" }, { scope: scopeFor(committee), ip: null }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await appError(
          reviewVersion({ versionId, decision: "accept", comment: "" }, { scope: scopeFor(stranger), ip: null }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect((await db.recordVersion.findUniqueOrThrow({ where: { id: versionId } })).status).toBe("SUBMITTED");
  });
});
