import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { listRecordPlans } from "@/lib/documents/data";
import { chooseCompletenessPlan } from "@/lib/documents/completeness/rules";
import { annualReportYears } from "@/lib/reports/data";
import { submitAnnualReport } from "@/lib/reports/mutations";
import { annualReportSchema } from "@/lib/reports/schema";
import { todayInVietnam } from "@/lib/text/dates";
import { insertPlan } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";
import { appError } from "@/tests/support/errors";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-report-years-"));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const thisYear = todayInVietnam().getUTCFullYear();
let officer: Actor;
let inspector: Actor;
const plans: Record<string, string> = {};

beforeAll(async () => {
  officer = (await createActor("AGENCY_OFFICER")).actor;
  inspector = (await createActor("DOST_INSPECTOR")).actor;
  const own = [{ agencyId: officer.agencyId! }];
  const other = (await createActor("AGENCY_OFFICER")).actor.agencyId!;
  const rows = await Promise.all([
    insertPlan({ createdById: inspector.id, year: 2021, status: "APPROVED", targets: own }),
    insertPlan({ createdById: inspector.id, year: 2019, status: "COMPLETED", targets: own }),
    insertPlan({ createdById: inspector.id, year: 2022, status: "DRAFT", targets: own }),
    insertPlan({ createdById: inspector.id, year: 2023, status: "SUBMITTED", targets: own }),
    insertPlan({ createdById: inspector.id, year: 2020, status: "CANCELLED", targets: own }),
    insertPlan({
      createdById: inspector.id,
      year: 2017,
      status: "APPROVED",
      targets: [{ agencyId: officer.agencyId!, inDossier: false, dossierReason: "Chưa xây dựng HTQLCL" }],
    }),
    insertPlan({ createdById: inspector.id, year: 2018, status: "APPROVED", targets: [{ agencyId: other }] }),
    insertPlan({ createdById: inspector.id, year: thisYear + 1, status: "APPROVED", targets: own }),
  ]);
  for (const plan of rows) plans[`${plan.year}-${plan.status}`] = plan.id;
});

const report = (year: number) =>
  annualReportSchema.parse({
    year: String(year),
    scopeDescription: "Toàn bộ thủ tục hành chính",
    procedureCount: "120",
  });

describe("annualReportYears", () => {
  it("offers every year, up to this one, of an approved plan with the unit in its dossier scope, newest first", async () => {
    // Not the draft, the plan only submitted, the cancelled one, the one leaving the unit out, another unit's, or next year's.
    expect(await annualReportYears(scopeFor(officer))).toEqual([2021, 2019]);
  });
});

describe("submitAnnualReport", () => {
  it("accepts the 2021 report of a unit in the 2021 plan", async () => {
    const { id, version } = await submitAnnualReport(report(2021), { scope: scopeFor(officer), ip: null });
    expect(version).toBe(1);
    expect(await db.annualReport.count({ where: { version: { recordId: id }, year: 2021 } })).toBe(1);
  });

  it("refuses, on the year field, a year with no plan the unit is in, and writes nothing", async () => {
    for (const year of [2020, 2016, 2022]) {
      const error = await appError(submitAnnualReport(report(year), { scope: scopeFor(officer), ip: null }));
      expect(error).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { year: ["documents.report.errors.yearNotInPlan"] },
      });
      expect(await db.annualReport.count({ where: { agencyId: officer.agencyId!, year } })).toBe(0);
    }
  });
});

describe("the officer's completeness plan", () => {
  it("offers the plans the unit's records answer and opens on the newest one at work up to this year, not a completed, draft or future one", async () => {
    const [another] = await Promise.all([
      insertPlan({
        createdById: inspector.id,
        year: 2024,
        status: "COMPLETED",
        targets: [{ agencyId: officer.agencyId! }],
      }),
    ]);
    const offered = await listRecordPlans(scopeFor(officer));
    expect(offered.map((p) => p.year)).toEqual([thisYear + 1, 2024, 2021, 2019]);
    expect(chooseCompletenessPlan(offered)?.id).toBe(plans["2021-APPROVED"]);
    expect(chooseCompletenessPlan(offered, another.id)?.id).toBe(another.id);
    // Another unit's plan id in the URL is not among the offers: the default is shown instead.
    expect(chooseCompletenessPlan(offered, plans["2018-APPROVED"])?.id).toBe(plans["2021-APPROVED"]);
  });
});
