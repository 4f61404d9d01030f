import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { createTranslator } from "@/lib/i18n";
import { figuresOf, getYearReport, listYearReports } from "@/lib/year-reports/data";
import { diffFigures, diffNarrative } from "@/lib/year-reports/diff";
import { ministryFigures } from "@/lib/year-reports/figures/ministry";
import { novemberFigures } from "@/lib/year-reports/figures/november";
import type { NovemberFigures } from "@/lib/year-reports/figures/types";
import { correctYearReport, createYearReport, saveNarrative, transitionYearReport } from "@/lib/year-reports/mutations";
import { narrativeOf } from "@/lib/year-reports/schema";
import { figureTables } from "@/lib/year-reports/tables";
import { createAgency } from "@/tests/factories/agencies";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
/** Years of their own: other files share the database, and a report is one per kind and year. */
let nextYear = 2200 + Math.floor(Math.random() * 700);
const uniqueYear = () => nextYear++;
const ctx = (actor: Actor) => ({ scope: scopeFor(actor), ip: "198.51.100.40" });

let admin: Actor;
let admin2: Actor;
let inspector: Actor;
let committee: Actor;
let officer: Actor;

beforeAll(async () => {
  const actor = (role: Parameters<typeof createActor>[0]) => createActor(role).then((a) => a.actor);
  [admin, admin2, inspector, committee, officer] = await Promise.all([
    actor("DOST_ADMIN"),
    actor("DOST_ADMIN"),
    actor("DOST_INSPECTOR"),
    actor("COMMITTEE_VIEWER"),
    actor("AGENCY_OFFICER"),
  ]);
});

async function draft(
  year = uniqueYear(),
  kind: "NOVEMBER_CONSOLIDATION" | "MINISTRY_ANNUAL" = "NOVEMBER_CONSOLIDATION",
) {
  return createYearReport({ kind, year, asOf: utc(year, 11, 15) }, ctx(inspector));
}

/** A report walked to SENT. */
async function sentReport(kind: "NOVEMBER_CONSOLIDATION" | "MINISTRY_ANNUAL" = "NOVEMBER_CONSOLIDATION") {
  const { id } = await draft(uniqueYear(), kind);
  await transitionYearReport({ action: "submit", id }, ctx(inspector));
  await transitionYearReport({ action: "approve", id, number: "120/BC-SKHCN", date: utc(2999, 1, 1) }, ctx(admin));
  await transitionYearReport({ action: "send", id }, ctx(admin));
  return id;
}

describe("figures of a year", () => {
  it("counts coverage, scores, findings, corrective action and repeats from the year's plans as of the date", async () => {
    const year = uniqueYear();
    const plan = await insertPlan({ createdById: admin.id, year, status: "APPROVED" });
    const [a, b, c] = await Promise.all([createAgency(), createAgency(), createAgency()]);
    const onSite = await insertInspection({
      planId: plan.id,
      agencyId: a.id,
      kind: "ON_SITE",
      items: [
        { code: "QD-01", result: "CONFORM" },
        { code: "QD-08", result: "MINOR_NC" },
        { code: "N-5.2", result: "CONFORM" },
        { code: "N-5.3", result: "MAJOR_NC" },
      ],
      findings: [
        { code: "QD-08", severity: "MINOR" },
        { code: "N-5.3", severity: "MAJOR" },
      ],
      recommendations: "Cập nhật quy trình theo văn bản mới.",
    });
    await insertInspection({
      planId: plan.id,
      agencyId: b.id,
      kind: "DOSSIER",
      overallResult: "CONFORMING",
      items: [{ code: "QD-01", result: "CONFORM" }],
    });
    await insertInspection({
      planId: plan.id,
      agencyId: c.id,
      kind: "DOSSIER",
      status: "IN_PROGRESS",
      items: [{ code: "QD-01", result: null }],
    });
    // The same clause nonconforming at an earlier year's inspection: a repeat.
    await db.finding.update({ where: { id: onSite.findings[1]!.id }, data: { repeatOfId: onSite.findings[0]!.id } });

    const f = await novemberFigures(scopeFor(admin), { year, asOf: utc(year, 11, 15) });
    expect(f.asOf).toBe(`${year}-11-15`);
    expect(f.plans).toEqual([{ number: plan.number, approvalNumber: "346/QĐ-UBND" }]);
    expect(f.coverage).toEqual([
      { kind: "Đơn vị thử nghiệm", dossierPlanned: 3, dossierDone: 1, onSitePlanned: 1, onSiteDone: 1 },
    ]);
    expect(f.scores).toEqual([
      { band: "below50", dossier: 0, onSite: 0 },
      { band: "from50", dossier: 0, onSite: 1 },
      { band: "from80", dossier: 0, onSite: 0 },
      { band: "full", dossier: 1, onSite: 0 },
    ]);
    expect(f.resultsByKind).toEqual([{ kind: "Đơn vị thử nghiệm", conforming: 1, withFindings: 1, notConforming: 0 }]);
    expect(f.findingsByD36).toEqual([{ item: "1.đ", count: 1 }]);
    expect(f.findingsByGroup.map((g) => [g.standard, g.major, g.minor])).toEqual([
      ["ISO_9001_2015", 1, 0],
      ["QD19_2014", 0, 1],
    ]);
    // Due 15/08/2051, unanswered on the day counted: both overdue.
    expect(f.corrective).toEqual({ nonconformities: 2, answered: 0, accepted: 0, overdue: 2 });
    expect(f.repeats).toEqual([{ name: a.name, repeats: 1 }]);
    expect(f.proposals).toEqual([{ name: a.name, source: "inspection", text: "Cập nhật quy trình theo văn bản mới." }]);
    expect(f.units.find((u) => u.name === a.name)).toMatchObject({
      onSite: true,
      onSiteDone: true,
      conformity: 0.5,
      result: "withFindings",
      nonconformities: 2,
      unresolved: 2,
    });
    expect(f.completeness.units).toBe(3);

    // Before the sign-offs (15/06/2051 in the factory) nothing is done yet.
    const earlier = await novemberFigures(scopeFor(admin), { year, asOf: utc(2051, 6, 1) });
    expect(earlier.coverage[0]).toMatchObject({ dossierDone: 0, onSiteDone: 0 });
    expect(earlier.corrective.nonconformities).toBe(0);
  });

  it("counts the Ministry's figures by level: a new provincial agency adds to each column it meets", async () => {
    const asOf = utc(2300, 1, 1);
    const before = await ministryFigures({ year: 2300, asOf });
    expect(before.levels.map((l) => l.level)).toEqual([1, 3]);
    const kind = await db.agencyKind.findUniqueOrThrow({ where: { code: "co_quan_tinh" } });
    const unit = await createAgency({ validFrom: asOf });
    await db.agency.update({
      where: { id: unit.id },
      data: {
        kindId: kind.id,
        isoRequirement: "MANDATORY",
        standardVersion: "ISO_9001_2015",
        announcementDate: utc(2299, 12, 1),
      },
    });
    const after = await ministryFigures({ year: 2300, asOf });
    const diff = (k: "required" | "applying" | "announced" | "iso2015" | "iso2008" | "checked") =>
      after.levels[0]![k] - before.levels[0]![k];
    expect([diff("required"), diff("applying"), diff("announced"), diff("iso2015"), diff("iso2008")]).toEqual([
      1, 1, 1, 1, 0,
    ]);
    expect((await ministryFigures({ year: 2021, asOf: utc(2021, 12, 18) })).levels.map((l) => l.level)).toEqual([
      1, 2, 3,
    ]);
  });
});

describe("workflow", () => {
  it("goes draft → submitted (figures frozen) → approved → sent → acknowledged, audited and announced", async () => {
    const { id } = await draft();
    const report = (await getYearReport(scopeFor(inspector), id))!;
    await saveNarrative(
      { id, lockVersion: report.lockVersion, sections: { overview: "Năm nay Sở đã kiểm tra đủ các đơn vị." } },
      ctx(inspector),
    );
    await transitionYearReport({ action: "submit", id }, ctx(inspector));
    const submitted = await db.yearReport.findUniqueOrThrow({ where: { id } });
    expect(submitted).toMatchObject({ status: "SUBMITTED", submittedById: inspector.id });
    expect(submitted.frozenAt).toBeInstanceOf(Date);
    expect((submitted.figures as NovemberFigures).kind).toBe("NOVEMBER_CONSOLIDATION");
    expect(await db.notification.count({ where: { userId: admin.id, link: `/bao-cao/${id}` } })).toBe(1);

    await transitionYearReport({ action: "approve", id, number: "120/BC-SKHCN", date: utc(2999, 11, 20) }, ctx(admin));
    expect(await db.notification.count({ where: { userId: inspector.id, link: `/bao-cao/${id}` } })).toBe(1);
    // The approval answered the submission's notice: read for every administrator who had it.
    const unreadSubmit = { type: "yearReport.submit", link: `/bao-cao/${id}`, readAt: null };
    expect(await db.notification.count({ where: { ...unreadSubmit, userId: { in: [admin.id, admin2.id] } } })).toBe(0);
    await transitionYearReport({ action: "send", id }, ctx(admin));
    expect(await db.notification.count({ where: { userId: committee.id, link: `/bao-cao/${id}` } })).toBe(1);
    await transitionYearReport({ action: "acknowledge", id }, ctx(committee));
    expect(
      await db.notification.count({ where: { type: "yearReport.send", link: `/bao-cao/${id}`, readAt: null } }),
    ).toBe(0);
    const done = await db.yearReport.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(done).toMatchObject({ status: "ACKNOWLEDGED", approvalNumber: "120/BC-SKHCN", committeeById: committee.id });
    expect(done.events.map((e) => e.action).sort()).toEqual(
      ["acknowledge", "approve", "create", "save", "send", "submit"].sort(),
    );
    expect(narrativeOf(done.kind, done.narrative).overview).toBe("Năm nay Sở đã kiểm tra đủ các đơn vị.");
    const audit = await auditRowsFor({ type: "yearReport", id }, "yearReport.transition");
    expect(audit.map((r) => (r.data as { to: string }).to)).toEqual(["SUBMITTED", "APPROVED", "SENT", "ACKNOWLEDGED"]);
  });

  it("lets the director return a report with a comment, which DOST edits again", async () => {
    const { id } = await draft();
    await transitionYearReport({ action: "submit", id }, ctx(inspector));
    await transitionYearReport({ action: "return", id, comment: "Bổ sung đánh giá chung." }, ctx(admin));
    const returned = await db.yearReport.findUniqueOrThrow({ where: { id } });
    expect(returned).toMatchObject({ status: "RETURNED", returnComment: "Bổ sung đánh giá chung." });
    await saveNarrative(
      { id, lockVersion: returned.lockVersion, sections: { assessment: "Đã bổ sung." } },
      ctx(inspector),
    );
    await transitionYearReport({ action: "submit", id }, ctx(inspector));
    expect((await db.yearReport.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("lets exactly one of two concurrent approvals win", async () => {
    const { id } = await draft();
    await transitionYearReport({ action: "submit", id }, ctx(inspector));
    const results = await Promise.allSettled([
      transitionYearReport({ action: "approve", id, number: "1/BC-SKHCN", date: utc(2999, 1, 1) }, ctx(admin)),
      transitionYearReport({ action: "approve", id, number: "2/BC-SKHCN", date: utc(2999, 1, 1) }, ctx(admin2)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "CONFLICT" });
    expect(await auditRowsFor({ type: "yearReport", id }, "yearReport.transition")).toHaveLength(2);
  });

  it("refuses a step out of turn and one of the wrong kind", async () => {
    const { id } = await draft();
    expect((await appError(transitionYearReport({ action: "send", id }, ctx(admin)))).code).toBe("CONFLICT");
    expect(
      (
        await appError(
          transitionYearReport({ action: "approve", id, number: "1", date: utc(2999, 1, 1) }, ctx(inspector)),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const sent = await sentReport();
    expect(
      (
        await appError(
          transitionYearReport(
            { action: "approveForMinistry", id: sent, number: "9/QĐ-UBND", date: utc(2999, 2, 1) },
            ctx(committee),
          ),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const ministry = await sentReport("MINISTRY_ANNUAL");
    await transitionYearReport(
      { action: "approveForMinistry", id: ministry, number: "9/QĐ-UBND", date: utc(2999, 2, 1) },
      ctx(committee),
    );
    expect(await db.yearReport.findUniqueOrThrow({ where: { id: ministry } })).toMatchObject({
      status: "APPROVED_FOR_MINISTRY",
      committeeNumber: "9/QĐ-UBND",
    });
  });

  it("refuses a second report of the same kind and year", async () => {
    const year = uniqueYear();
    await draft(year);
    expect((await appError(draft(year))).messageKey).toBe("yearReports.errors.exists");
  });
});

describe("who sees what", () => {
  it("shows the Committee only sent reports, and an officer nothing (404)", async () => {
    const { id } = await draft();
    expect(await getYearReport(scopeFor(committee), id)).toBeNull();
    expect((await listYearReports(scopeFor(committee))).some((r) => r.id === id)).toBe(false);
    const sent = await sentReport();
    expect(await getYearReport(scopeFor(committee), sent)).not.toBeNull();
    expect((await listYearReports(scopeFor(committee))).some((r) => r.id === sent)).toBe(true);
    expect(await getYearReport(scopeFor(officer), sent)).toBeNull();
    expect(await listYearReports(scopeFor(officer))).toEqual([]);
    expect((await appError(transitionYearReport({ action: "acknowledge", id: sent }, ctx(officer)))).code).toBe(
      "NOT_FOUND",
    );
    expect((await appError(transitionYearReport({ action: "submit", id }, ctx(committee)))).code).toBe("NOT_FOUND");
  });
});

describe("sent reports and corrections", () => {
  it("keeps a sent report read-only; a correction is a new version whose diff shows what changed", async () => {
    const id = await sentReport();
    const sent = await db.yearReport.findUniqueOrThrow({ where: { id } });
    expect(
      (
        await appError(
          saveNarrative({ id, lockVersion: sent.lockVersion, sections: { overview: "x" } }, ctx(inspector)),
        )
      ).code,
    ).toBe("CONFLICT");
    const next = await correctYearReport({ id }, ctx(inspector));
    expect(next.version).toBe(2);
    expect((await appError(correctYearReport({ id }, ctx(admin)))).messageKey).toBe(
      "yearReports.errors.correctionExists",
    );
    const v2 = (await getYearReport(scopeFor(inspector), next.id))!;
    // The new draft's figures are computed afresh when it is made.
    expect(v2).toMatchObject({ status: "DRAFT", previousId: id, frozenAt: null });
    expect(v2.figures).not.toBeNull();
    expect(v2.figuresComputedAt).toBeInstanceOf(Date);
    await saveNarrative(
      { id: v2.id, lockVersion: v2.lockVersion, sections: { overview: "Sửa số liệu đơn vị." } },
      ctx(inspector),
    );
    const current = (await getYearReport(scopeFor(inspector), next.id))!;
    expect(
      diffNarrative(
        narrativeOf(current.kind, current.previous!.narrative),
        narrativeOf(current.kind, current.narrative),
      ),
    ).toEqual([{ section: "overview", before: "", after: "Sửa số liệu đơn vị." }]);
    const t = createTranslator("vi").raw;
    const before = figureTables(await figuresOf(scopeFor(inspector), current.previous!), t);
    const after = figureTables(await figuresOf(scopeFor(inspector), current), t);
    expect(diffFigures(before, after)).toEqual([]);
    expect(await auditRowsFor({ type: "yearReport", id: next.id }, "yearReport.corrected")).toHaveLength(1);
  });
});
