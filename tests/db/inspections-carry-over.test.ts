import { beforeAll, describe, expect, it } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { createTranslator } from "@/lib/i18n";
import { messageText } from "@/lib/errors";
import { saveInspectionItem } from "@/lib/inspections/checklist/mutations";
import { listFollowUps } from "@/lib/inspections/follow-up/data";
import { decideFollowUp } from "@/lib/inspections/follow-up/mutations";
import { getInspectionMinutes } from "@/lib/inspections/minutes/data";
import { signOffProblems } from "@/lib/inspections/mutations";
import { decideFollowUpSchema } from "@/lib/inspections/schema";
import type { StandardVersion } from "@/lib/generated/prisma/enums";
import { approvedPlanWithInspections, assign, inspectionOf, qmsUnit } from "@/tests/factories/inspections";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

const ip = "198.51.100.52";
let admin: Actor;
let lead: Actor;
let member: Actor;

beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
  lead = (await createActor("DOST_INSPECTOR")).actor;
  member = (await createActor("DOST_INSPECTOR")).actor;
});

type Result = "CONFORM" | "MINOR_NC" | "MAJOR_NC" | "RECOMMENDATION";

/** Saves results on the inspection's items whose clause is given (first item of that clause), as the lead. */
async function raise(inspectionId: string, results: Record<string, Result>, standard?: string) {
  const inspection = await db.inspection.findUniqueOrThrow({
    where: { id: inspectionId },
    include: {
      items: {
        orderBy: { position: "asc" },
        include: { checklistItem: { select: { clause: true, template: { select: { standard: true } } } } },
      },
    },
  });
  const ids: Record<string, string> = {};
  for (const [clause, result] of Object.entries(results)) {
    const item = inspection.items.find(
      (i) => i.checklistItem.clause === clause && (!standard || i.checklistItem.template.standard === standard),
    );
    if (!item) throw new Error(`no item on clause ${clause}`);
    const saved = await saveInspectionItem(
      { inspectionId, itemId: item.id, version: item.version, result, note: "" },
      { scope: scopeFor(lead), ip },
    );
    if (saved.finding) ids[clause] = saved.finding.id;
  }
  return ids;
}

async function planFor(year: number, agencyId: string, onSite = true) {
  const { plan } = await approvedPlanWithInspections({
    createdById: admin.id,
    year,
    units: [{ agencyId, ...(onSite ? { onSite: "MANDATORY" as const } : {}) }],
    members: [
      { userId: lead.id, role: "LEAD" },
      { userId: member.id, role: "MEMBER" },
    ],
  });
  return plan;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function unitWithEarlierFindings(standardVersion: StandardVersion = "ISO_9001_2015") {
  const unit = await qmsUnit(standardVersion);
  const officer = (await createActor("AGENCY_OFFICER", { agencyId: unit.id })).actor;
  const earlierPlan = await planFor(2040, unit.id, false);
  const earlier = await inspectionOf(earlierPlan.id, unit.id, "DOSSIER");
  return { unit, officer, earlierPlan, earlier };
}

describe("carry-over into the unit's next inspection", () => {
  it("gives the next plan's on-site inspection the earlier nonconformities not closed, never recommendations or closed ones", async () => {
    const { unit, earlier } = await unitWithEarlierFindings();
    const f = await raise(earlier.id, {
      "7.5": "MAJOR_NC",
      "8.5": "MINOR_NC",
      "9.2": "RECOMMENDATION",
      "6.1": "MINOR_NC",
    });
    await db.finding.update({ where: { id: f["8.5"]! }, data: { status: "CHECK_NEXT_TIME" } });
    await db.finding.update({ where: { id: f["6.1"]! }, data: { status: "CLOSED", resolution: "ACCEPTED" } });

    const next = await planFor(2041, unit.id);
    const onSite = await inspectionOf(next.id, unit.id, "ON_SITE");
    const dossier = await inspectionOf(next.id, unit.id, "DOSSIER");
    const carried = await db.inspectionFollowUp.findMany({ where: { finding: { agencyId: unit.id } } });
    expect(carried.map((c) => [c.inspectionId, c.findingId, c.outcome]).sort()).toEqual(
      [
        [onSite.id, f["7.5"], "PENDING"],
        [onSite.id, f["8.5"], "PENDING"],
      ].sort(),
    );
    expect(carried.some((c) => c.inspectionId === dossier.id)).toBe(false);

    // The page shows each one with its history; sign-off is refused while they are pending.
    const shown = await listFollowUps(scopeFor(lead), onSite.id);
    expect(shown.map((s) => [s.finding.clause, s.finding.year, s.finding.status])).toEqual(
      expect.arrayContaining([
        ["7.5", 2040, "OPEN"],
        ["8.5", 2040, "CHECK_NEXT_TIME"],
      ]),
    );
    const problems = await signOffProblems(db, {
      id: onSite.id,
      recordDate: utc(2041, 5, 10),
      overallResult: "CONFORMING",
    });
    const vi = createTranslator("vi").raw;
    expect(problems.map((p) => messageText(vi, p))).toContain(
      "Còn 2 phát hiện từ lần kiểm tra trước chưa được đóng hay nêu lại.",
    );
  });

  it("closes one and re-raises the other with a due date two months after the record date; audited, threaded, told; decided once", async () => {
    const { unit, officer, earlier } = await unitWithEarlierFindings();
    const f = await raise(earlier.id, { "7.5": "MAJOR_NC", "8.5": "MINOR_NC" });
    const next = await planFor(2041, unit.id);
    const onSite = await inspectionOf(next.id, unit.id, "ON_SITE");
    await assign(onSite.id, [member.id]);
    await db.inspection.update({ where: { id: onSite.id }, data: { recordDate: utc(2041, 5, 10) } });
    const followUps = await db.inspectionFollowUp.findMany({ where: { inspectionId: onSite.id } });
    const of = (findingId: string) => followUps.find((x) => x.findingId === findingId)!.id;
    const decide = (actor: Actor, form: Record<string, string>) =>
      decideFollowUp(decideFollowUpSchema.parse({ inspectionId: onSite.id, ...form }), { scope: scopeFor(actor), ip });

    await decide(member, { followUpId: of(f["7.5"]!), outcome: "CLOSED", note: "Đã khắc phục, kiểm tra thực tế đạt." });
    expect(await db.finding.findUniqueOrThrow({ where: { id: f["7.5"]! } })).toMatchObject({
      status: "CLOSED",
      resolution: "CLOSED_AT_FOLLOW_UP",
      closedAt: expect.any(Date),
    });
    expect(await db.inspectionFollowUp.findUniqueOrThrow({ where: { id: of(f["7.5"]!) } })).toMatchObject({
      outcome: "CLOSED",
      decidedById: member.id,
      note: "Đã khắc phục, kiểm tra thực tế đạt.",
    });
    expect(await db.findingEvent.count({ where: { findingId: f["7.5"]!, action: "follow_up_closed" } })).toBe(1);

    const reraised = await decide(lead, { followUpId: of(f["8.5"]!), outcome: "RERAISED", note: "Chưa khắc phục." });
    expect(reraised.dueDate).toBe("10/07/2041");
    expect(await db.finding.findUniqueOrThrow({ where: { id: f["8.5"]! } })).toMatchObject({
      status: "OPEN",
      dueDate: utc(2041, 7, 10),
    });
    expect(await auditRowsFor({ type: "inspection", id: onSite.id }, "inspection.follow_up_decided")).toHaveLength(2);
    expect(await db.notification.count({ where: { userId: officer.id, type: "inspection.follow_up_decided" } })).toBe(
      2,
    );

    // Decided once: a second decision is refused and changes nothing.
    const again = await appError(decide(lead, { followUpId: of(f["7.5"]!), outcome: "RERAISED", note: "" }));
    expect(again.code).toBe("CONFLICT");
    expect((await db.finding.findUniqueOrThrow({ where: { id: f["7.5"]! } })).status).toBe("CLOSED");

    // Nothing pending: sign-off is no longer held by follow-ups; the minutes list both outcomes.
    const problems = await signOffProblems(db, {
      id: onSite.id,
      recordDate: utc(2041, 5, 10),
      overallResult: "CONFORMING",
    });
    expect(problems.some((p) => typeof p !== "string" && p.key === "inspections.signOff.pendingFollowUps")).toBe(false);
    const minutes = await getInspectionMinutes(scopeFor(lead), onSite.id);
    expect(minutes!.followUps.map((x) => [x.finding.clause, x.outcome]).sort()).toEqual([
      ["7.5", "CLOSED"],
      ["8.5", "RERAISED"],
    ]);
  });

  it("refuses a re-raise dated before the record date, a decision by a member not assigned, and another unit's follow-up", async () => {
    const { unit, earlier } = await unitWithEarlierFindings();
    const f = await raise(earlier.id, { "7.5": "MAJOR_NC" });
    const next = await planFor(2041, unit.id);
    const onSite = await inspectionOf(next.id, unit.id, "ON_SITE");
    await db.inspection.update({ where: { id: onSite.id }, data: { recordDate: utc(2041, 5, 10) } });
    const followUp = await db.inspectionFollowUp.findFirstOrThrow({ where: { inspectionId: onSite.id } });
    const form = {
      inspectionId: onSite.id,
      followUpId: followUp.id,
      outcome: "RERAISED",
      note: "",
      dueDate: "01/05/2041",
    };
    const early = await appError(decideFollowUp(decideFollowUpSchema.parse(form), { scope: scopeFor(lead), ip }));
    expect(early.code).toBe("VALIDATION");
    const notAssigned = await appError(
      decideFollowUp(decideFollowUpSchema.parse({ ...form, dueDate: "" }), { scope: scopeFor(member), ip }),
    );
    expect(notAssigned.code).toBe("FORBIDDEN");
    const other = await unitWithEarlierFindings();
    const otherNext = await planFor(2041, other.unit.id);
    const otherOnSite = await inspectionOf(otherNext.id, other.unit.id, "ON_SITE");
    const foreign = await appError(
      decideFollowUp(decideFollowUpSchema.parse({ ...form, inspectionId: otherOnSite.id, dueDate: "" }), {
        scope: scopeFor(lead),
        ip,
      }),
    );
    expect(foreign.code).toBe("NOT_FOUND");
    expect(await db.finding.findUniqueOrThrow({ where: { id: f["7.5"]! } })).toMatchObject({ status: "OPEN" });
    expect((await db.inspectionFollowUp.findUniqueOrThrow({ where: { id: followUp.id } })).outcome).toBe("PENDING");
  });

  it("does not hold sign-off for a carried finding DOST closed meanwhile, and refuses to decide it", async () => {
    const { unit, earlier } = await unitWithEarlierFindings();
    const f = await raise(earlier.id, { "7.5": "MAJOR_NC" });
    await db.finding.update({ where: { id: f["7.5"]! }, data: { status: "ANSWERED" } });
    const next = await planFor(2041, unit.id);
    const onSite = await inspectionOf(next.id, unit.id, "ON_SITE");
    const followUp = await db.inspectionFollowUp.findFirstOrThrow({ where: { inspectionId: onSite.id } });
    // DOST accepts the unit's answer before the inspection decides the follow-up.
    await db.finding.update({ where: { id: f["7.5"]! }, data: { status: "CLOSED", resolution: "ACCEPTED" } });
    const problems = await signOffProblems(db, {
      id: onSite.id,
      recordDate: utc(2041, 5, 10),
      overallResult: "CONFORMING",
    });
    expect(problems.some((p) => typeof p !== "string" && p.key === "inspections.signOff.pendingFollowUps")).toBe(false);
    const refused = await appError(
      decideFollowUp(
        decideFollowUpSchema.parse({ inspectionId: onSite.id, followUpId: followUp.id, outcome: "CLOSED", note: "" }),
        { scope: scopeFor(lead), ip },
      ),
    );
    expect([refused.code, refused.message]).toEqual(["CONFLICT", "inspections.followUp.findingClosed"]);
    expect(await db.finding.findUniqueOrThrow({ where: { id: f["7.5"]! } })).toMatchObject({ resolution: "ACCEPTED" });
    expect((await db.inspectionFollowUp.findUniqueOrThrow({ where: { id: followUp.id } })).outcome).toBe("PENDING");
  });

  it("adds a finding set to 'check next time' after the next plan's inspections were generated when that inspection starts", async () => {
    const { unit, earlier } = await unitWithEarlierFindings();
    const f = await raise(earlier.id, { "7.5": "MAJOR_NC" });
    await db.finding.update({ where: { id: f["7.5"]! }, data: { status: "CLOSED", resolution: "ACCEPTED" } });
    const next = await planFor(2041, unit.id);
    const onSite = await inspectionOf(next.id, unit.id, "ON_SITE");
    expect(await db.inspectionFollowUp.count({ where: { inspectionId: onSite.id } })).toBe(0);
    await db.finding.update({ where: { id: f["7.5"]! }, data: { status: "CHECK_NEXT_TIME", resolution: null } });
    await raise(onSite.id, { "4.1": "CONFORM" }); // the first save starts the inspection
    expect(await db.inspectionFollowUp.count({ where: { inspectionId: onSite.id, findingId: f["7.5"]! } })).toBe(1);
  });
});

describe("repeat findings", () => {
  it("marks a nonconformity on the clause the unit failed in an earlier year, the most recent one, never a recommendation", async () => {
    const { unit, earlier } = await unitWithEarlierFindings();
    const first = await raise(earlier.id, { "8.5": "MINOR_NC", "9.2": "RECOMMENDATION" });
    const middlePlan = await planFor(2041, unit.id, false);
    const middle = await raise((await inspectionOf(middlePlan.id, unit.id, "DOSSIER")).id, { "8.5": "MAJOR_NC" });
    expect((await db.finding.findUniqueOrThrow({ where: { id: middle["8.5"]! } })).repeatOfId).toBe(first["8.5"]);

    const latestPlan = await planFor(2042, unit.id, false);
    const latest = await inspectionOf(latestPlan.id, unit.id, "DOSSIER");
    const now = await raise(latest.id, { "8.5": "MINOR_NC", "9.2": "MINOR_NC", "7.5": "RECOMMENDATION" });
    const repeatOf = async (id: string) => (await db.finding.findUniqueOrThrow({ where: { id } })).repeatOfId;
    expect(await repeatOf(now["8.5"]!)).toBe(middle["8.5"]); // the most recent earlier one
    expect(await repeatOf(now["9.2"]!)).toBeNull(); // 2040's 9.2 was a recommendation
    expect(await repeatOf(now["7.5"]!)).toBeNull(); // a recommendation is never a repeat
    const minutes = await getInspectionMinutes(scopeFor(lead), latest.id);
    expect(minutes!.findings.find((x) => x.clause === "8.5")!.repeatOfYear).toBe(2041);
  });

  it("matches a 2008 clause and a 2015 clause through the crosswalk, not by number", async () => {
    const { unit, earlier } = await unitWithEarlierFindings("ISO_9001_2008");
    const old = await raise(earlier.id, { "7.5": "MAJOR_NC" }, "ISO_9001_2008"); // production and service provision
    await db.agency.update({ where: { id: unit.id }, data: { standardVersion: "ISO_9001_2015" } });
    const nextPlan = await planFor(2041, unit.id, false);
    const next = await inspectionOf(nextPlan.id, unit.id, "DOSSIER");
    const now = await raise(next.id, { "8.5": "MINOR_NC", "7.5": "MINOR_NC" }, "ISO_9001_2015");
    const repeatOf = async (id: string) => (await db.finding.findUniqueOrThrow({ where: { id } })).repeatOfId;
    expect(await repeatOf(now["8.5"]!)).toBe(old["7.5"]); // 2008 7.5 → 2015 8.5
    expect(await repeatOf(now["7.5"]!)).toBeNull(); // 2015 7.5 (documented information) is not 2008 7.5
  });
});
