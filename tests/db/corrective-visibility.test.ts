import { beforeAll, describe, expect, it } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import {
  getCorrectiveEvidenceFile,
  getFindingThread,
  getInspectionCorrective,
  listCorrectiveQueue,
} from "@/lib/findings/data";
import { submitCorrectiveReport } from "@/lib/findings/mutations";
import { answerFieldsSchema, awaitingUnit, findingListQuerySchema } from "@/lib/findings/schema";
import type { Agency, Finding, Inspection, InspectionPlan } from "@/lib/generated/prisma/client";
import { findingsWorld } from "@/tests/factories/findings-world";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { createActor } from "@/tests/factories/users";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const today = utc(2053, 9, 1);
const query = (filters: Record<string, string> = {}) => findingListQuerySchema.parse(filters);

let admin: Actor;
let partner: Actor;
let committee: Actor;
let officer: Actor;
let longXuyen: Agency;
let chauDoc: Agency;
/** Long Xuyên, signed off: 1 major answered, 2 minor open and overdue, 3 minor closed. */
let signed: Finding[];
let signedInspection: Inspection;
/** Long Xuyên, not signed off: 1 major open. */
let draft: Finding[];
/** Châu Đốc, signed off, in a plan the partner is not on: 1 minor open. */
let elsewhere: Finding[];

beforeAll(async () => {
  let plan: InspectionPlan;
  let otherPlan: InspectionPlan;
  ({ admin, partner, longXuyen, chauDoc, plan, otherPlan } = await findingsWorld(2053));
  committee = (await createActor("COMMITTEE_VIEWER")).actor;
  officer = (await createActor("AGENCY_OFFICER", { agencyId: longXuyen.id })).actor;
  const inserted = await insertInspection({
    planId: plan.id,
    agencyId: longXuyen.id,
    items: [
      { code: "N-8.5", result: "MAJOR_NC" },
      { code: "QD-02", result: "MINOR_NC" },
      { code: "N-7.5", result: "MINOR_NC" },
    ],
    findings: [
      { code: "N-8.5", severity: "MAJOR", dueDate: utc(2053, 6, 1) },
      { code: "QD-02", severity: "MINOR", dueDate: utc(2053, 8, 1) },
      { code: "N-7.5", severity: "MINOR", dueDate: utc(2053, 5, 1), status: "CLOSED" },
    ],
  });
  signed = inserted.findings;
  signedInspection = inserted.inspection;
  draft = (
    await insertInspection({
      planId: plan.id,
      agencyId: longXuyen.id,
      kind: "DOSSIER",
      status: "IN_PROGRESS",
      items: [{ code: "N-4.1", result: "MAJOR_NC" }],
      findings: [{ code: "N-4.1", severity: "MAJOR", dueDate: null }],
    })
  ).findings;
  elsewhere = (
    await insertInspection({
      planId: otherPlan.id,
      agencyId: chauDoc.id,
      items: [{ code: "QD-02", result: "MINOR_NC" }],
      findings: [{ code: "QD-02", severity: "MINOR", dueDate: utc(2053, 7, 1) }],
    })
  ).findings;
  await submitCorrectiveReport(
    {
      note: "",
      answers: [
        {
          ...answerFieldsSchema.parse({
            findingId: signed[0]!.id,
            cause: "Nguyên nhân",
            action: "Hành động",
            plannedDate: "01/07/2053",
            responsible: "Văn phòng",
          }),
          files: [],
        },
      ],
    },
    { scope: scopeFor(officer), ip: null },
  );
});

const ids = (list: { id: string }[]) => list.map((f) => f.id);
const mine = (list: { id: string }[]) =>
  ids(list).filter((id) => [...signed, ...draft, ...elsewhere].some((f) => f.id === id));
const unitQuery = (filters: Record<string, string> = {}) => query({ q: `long xuyen`, ...filters });

/**
 * The queue's every page for `who`: other files' findings share this database (signed-off ones, overdue for years,
 * come first) and may push this file's off the first page.
 */
async function everyPage(who: Actor, priority: Parameters<typeof listCorrectiveQueue>[2]) {
  const all = { findings: [] as Awaited<ReturnType<typeof listCorrectiveQueue>>["findings"] };
  for (let page = 1; ; page++) {
    const one = await listCorrectiveQueue(scopeFor(who), query({ page: String(page) }), priority, today);
    all.findings.push(...one.findings);
    if (page >= one.pages) break;
  }
  return all;
}

describe("the corrective-action queue per role", () => {
  it("an officer sees their own unit's unresolved findings, those awaiting the unit first", async () => {
    const { findings } = await listCorrectiveQueue(scopeFor(officer), query(), awaitingUnit, today);
    expect(ids(findings)).toEqual([signed[1]!.id, signed[0]!.id]);
  });

  it("DOST sees every unit, answers waiting for verification first; the unit filter ignores diacritics", async () => {
    const all = await everyPage(admin, ["ANSWERED"]);
    expect(mine(all.findings)).toEqual(
      expect.arrayContaining([signed[0]!.id, signed[1]!.id, draft[0]!.id, elsewhere[0]!.id]),
    );
    const unit = await listCorrectiveQueue(scopeFor(admin), unitQuery(), ["ANSWERED"], today);
    expect(mine(unit.findings)).toEqual([signed[0]!.id, signed[1]!.id, draft[0]!.id]);
    const overdue = await listCorrectiveQueue(scopeFor(admin), unitQuery({ overdue: "yes" }), ["ANSWERED"], today);
    expect(mine(overdue.findings)).toEqual([signed[1]!.id]);
    const closed = await listCorrectiveQueue(scopeFor(admin), unitQuery({ status: "CLOSED" }), ["ANSWERED"], today);
    expect(mine(closed.findings)).toEqual([signed[2]!.id]);
  });

  it("a partner sees the plans they are on; the committee signed-off inspections only", async () => {
    const asPartner = await listCorrectiveQueue(scopeFor(partner), query(), [], today);
    expect(mine(asPartner.findings).sort()).toEqual([signed[0]!.id, signed[1]!.id, draft[0]!.id].sort());
    const asCommittee = await everyPage(committee, []);
    expect(mine(asCommittee.findings)).not.toContain(draft[0]!.id);
    expect(mine(asCommittee.findings)).toEqual(expect.arrayContaining([signed[0]!.id, elsewhere[0]!.id]));
  });
});

describe("thread, report page and evidence follow the finding's scope", () => {
  it("the thread shows the answer to the unit and to DOST, nothing to another unit", async () => {
    const stranger = (await createActor("AGENCY_OFFICER", { agencyId: chauDoc.id })).actor;
    expect((await getFindingThread(scopeFor(officer), signed[0]!.id)).answers).toHaveLength(1);
    expect((await getFindingThread(scopeFor(admin), signed[0]!.id)).answers[0]).toMatchObject({
      round: 1,
      cause: "Nguyên nhân",
      submittedBy: officer.name,
    });
    expect((await getFindingThread(scopeFor(stranger), signed[0]!.id)).answers).toEqual([]);
    expect(await getInspectionCorrective(scopeFor(stranger), signedInspection.id)).toBeNull();
    expect(await getCorrectiveEvidenceFile(scopeFor(stranger), signed[0]!.id, signed[0]!.id)).toBeNull();
  });

  it("the report page lists the findings awaiting the unit and the reports sent", async () => {
    const page = await getInspectionCorrective(scopeFor(officer), signedInspection.id);
    expect(ids(page!.awaiting)).toEqual([signed[1]!.id]);
    expect(page!.reports).toHaveLength(1);
    expect(page!.reports[0]!.answers.map((a) => a.finding.number)).toEqual([1]);
  });
});
