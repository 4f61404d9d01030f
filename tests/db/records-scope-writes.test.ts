import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateAgency } from "@/lib/agencies/mutations";
import { updateAgencySchema } from "@/lib/agencies/schema";
import type { Actor, Scope } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { addVersion, createRecord, reviewVersion } from "@/lib/documents/mutations";
import { requestMissing } from "@/lib/documents/requests/mutations";
import { versionFieldsSchema } from "@/lib/documents/schema";
import type { Agency } from "@/lib/generated/prisma/client";
import { submitAnnualReport } from "@/lib/reports/mutations";
import { annualReportSchema } from "@/lib/reports/schema";
import { formatCalendarDate } from "@/lib/text/dates";
import { createAgency } from "@/tests/factories/agencies";
import { insertPlan } from "@/tests/factories/plans";
import { createRecordFor, recordFields, storedFile } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

/*
 * Writes load what they change through the caller's Scope, not only through a policy check: a unit's row
 * outside the scope is not found. Two kinds of case: an officer's real scope against another unit's row,
 * and — to show the scope holds even where a policy would let the actor through — an actor's scope
 * narrowed to one unit (as a policy that forgot a check would leave it), made by hand here only.
 */

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-scope-writes-"));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const ip = "198.51.100.7";
let admin: Actor;
let inspector: Actor;
let officerA: Actor;
let officerB: Actor;

/** The actor's own scope, seeing only `agencyIds`: what a scope is for an officer of those units. */
const narrowed = (actor: Actor, agencyIds: string[]): Scope => ({ ...scopeFor(actor), agencyIds }) as Scope;

beforeAll(async () => {
  const actor = (role: Role) => createActor(role).then((a) => a.actor);
  [admin, inspector, officerA, officerB] = await Promise.all([
    actor("DOST_ADMIN"),
    actor("DOST_INSPECTOR"),
    actor("AGENCY_OFFICER"),
    actor("AGENCY_OFFICER"),
  ]);
});

function form(unit: Agency, name: string) {
  return updateAgencySchema.parse({
    id: unit.id,
    version: String(unit.version),
    name,
    shortName: unit.shortName ?? "",
    kindId: unit.kindId,
    parentId: unit.parentId ?? "",
    isoRequirement: unit.isoRequirement,
    standardVersion: unit.standardVersion,
    confirmed: unit.confirmed,
    validFrom: formatCalendarDate(unit.validFrom),
    validTo: formatCalendarDate(unit.validTo),
  });
}

describe("updateAgency reads the unit in the scope", () => {
  it("answers another unit's officer NOT_FOUND (not FORBIDDEN: the id does not leak) and changes nothing", async () => {
    const unit = await createAgency();
    const error = await appError(updateAgency(form(unit, "Đổi tên trái phép"), { scope: scopeFor(officerB), ip }));
    expect(error.code).toBe("NOT_FOUND");
    expect((await db.agency.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe(unit.name);
    expect(await auditRowsFor({ type: "agency", id: unit.id })).toEqual([]);
  });

  it("does not reach a unit outside the scope even for an actor the policy allows", async () => {
    const [unit, elsewhere] = await Promise.all([createAgency(), createAgency()]);
    const scope = narrowed(admin, [elsewhere.id]);
    const error = await appError(updateAgency(form(unit, "Ngoài phạm vi"), { scope, ip }));
    expect(error.code).toBe("NOT_FOUND");
    expect((await db.agency.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe(unit.name);
    // The same actor, the same edit, with the unit in scope: allowed.
    expect(await updateAgency(form(unit, "Trong phạm vi"), { scope: narrowed(admin, [unit.id]), ip })).toEqual({
      id: unit.id,
      version: 1,
    });
  });
});

describe("records: writes read the record and the unit in the scope", () => {
  it("refuses a new version of another unit's record as NOT_FOUND, and writes no version", async () => {
    const { id } = await createRecordFor(officerA);
    const fields = versionFieldsSchema.parse({ periodFrom: "01/01/2022", periodTo: "31/12/2022", note: "" });
    const error = await appError(addVersion(id, fields, [await storedFile()], { scope: scopeFor(officerB), ip }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await db.recordVersion.count({ where: { recordId: id } })).toBe(1);
  });

  it("does not create a record for a unit outside the scope", async () => {
    const before = await db.qmsRecord.count({ where: { agencyId: officerA.agencyId! } });
    const scope = narrowed(officerA, [officerB.agencyId!]);
    const error = await appError(createRecord(recordFields(), [await storedFile()], { scope, ip }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await db.qmsRecord.count({ where: { agencyId: officerA.agencyId! } })).toBe(before);
  });

  it("does not review a version of a unit outside the reviewer's scope", async () => {
    const { id, versionId } = await createRecordFor(officerA);
    const scope = narrowed(inspector, [officerB.agencyId!]);
    const error = await appError(reviewVersion({ versionId, decision: "accept", comment: "" }, { scope, ip }));
    expect(error.code).toBe("NOT_FOUND");
    expect((await db.qmsRecord.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("does not ask a unit outside the reviewer's scope for its missing records", async () => {
    const plan = await insertPlan({
      createdById: inspector.id,
      year: 2021,
      status: "APPROVED",
      targets: [{ agencyId: officerA.agencyId! }, { agencyId: officerB.agencyId! }],
    });
    const scope = narrowed(inspector, [officerB.agencyId!]);
    const error = await appError(
      requestMissing({ planId: plan.id, agencyId: officerA.agencyId!, comment: "" }, { scope, ip }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await db.recordRequest.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("does not file an annual report for a unit outside the scope", async () => {
    const officer = (await createActor("AGENCY_OFFICER")).actor;
    await insertPlan({
      createdById: inspector.id,
      year: 2021,
      status: "APPROVED",
      targets: [{ agencyId: officer.agencyId! }],
    });
    const report = annualReportSchema.parse({ year: "2021", scopeDescription: "Toàn bộ", procedureCount: "12" });
    const error = await appError(submitAnnualReport(report, { scope: narrowed(officer, [officerB.agencyId!]), ip }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await db.annualReport.count({ where: { agencyId: officer.agencyId! } })).toBe(0);
    // In its own scope the same report is filed.
    await submitAnnualReport(report, { scope: scopeFor(officer), ip });
    expect(await db.annualReport.count({ where: { agencyId: officer.agencyId! } })).toBe(1);
  });
});
