import { beforeAll, describe, expect, it } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { getFinding, listFindingPlans, listFindings } from "@/lib/findings/data";
import { findingListQuerySchema } from "@/lib/findings/schema";
import type { Agency, Finding, InspectionPlan } from "@/lib/generated/prisma/client";
import { createAgency } from "@/tests/factories/agencies";
import { findingsWorld } from "@/tests/factories/findings-world";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { uniqueToken } from "@/tests/factories/unique";
import { createActor } from "@/tests/factories/users";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const today = utc(2051, 9, 1);
const query = (filters: Record<string, string> = {}) => findingListQuerySchema.parse(filters);

let admin: Actor;
let partner: Actor;
let plan: InspectionPlan;
let otherPlan: InspectionPlan;
let longXuyen: Agency;
let chauDoc: Agency;
/** Long Xuyên, signed off: 1 minor overdue, 2 recommendation not yet due, 3 major closed and past due. */
let signed: Finding[];
/** Long Xuyên, still being filled in: 1 major with no due date yet. */
let draft: Finding[];
/** Châu Đốc, signed off, in another plan: 1 minor overdue. */
let elsewhere: Finding[];

beforeAll(async () => {
  ({ admin, partner, longXuyen, chauDoc, plan, otherPlan } = await findingsWorld(2051));
  signed = (
    await insertInspection({
      planId: plan.id,
      agencyId: longXuyen.id,
      kind: "ON_SITE",
      items: [
        { code: "QD-02", result: "MINOR_NC" },
        { code: "N-4.1", result: "RECOMMENDATION" },
        { code: "N-8.5", result: "MAJOR_NC" },
      ],
      findings: [
        {
          code: "QD-02",
          severity: "MINOR",
          dueDate: utc(2051, 8, 15),
          description: "Danh mục thủ tục hành chính chưa cập nhật",
        },
        { code: "N-4.1", severity: "RECOMMENDATION", dueDate: utc(2051, 9, 1) },
        { code: "N-8.5", severity: "MAJOR", dueDate: utc(2051, 8, 1), status: "CLOSED" },
      ],
    })
  ).findings;
  draft = (
    await insertInspection({
      planId: plan.id,
      agencyId: longXuyen.id,
      kind: "DOSSIER",
      status: "IN_PROGRESS",
      items: [{ code: "N-7.5", result: "MAJOR_NC" }],
      findings: [{ code: "N-7.5", severity: "MAJOR", dueDate: null }],
    })
  ).findings;
  elsewhere = (
    await insertInspection({
      planId: otherPlan.id,
      agencyId: chauDoc.id,
      items: [{ code: "N-9.2", result: "MINOR_NC" }],
      findings: [{ code: "N-9.2", severity: "MINOR", dueDate: utc(2051, 8, 20) }],
    })
  ).findings;
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const of = (...findings: Finding[]) => findings.map((f) => f.id).sort();
/** The test's own findings among what the actor sees (other files add findings to the same database). */
async function visible(actor: Actor, filters: Record<string, string> = {}) {
  const mine = new Set(of(...signed, ...draft, ...elsewhere));
  // Every page: other files' findings share this database and may push this file's off the first page.
  const all = [];
  for (let page = 1; ; page++) {
    const { findings, pages } = await listFindings(scopeFor(actor), query({ ...filters, page: String(page) }), today);
    all.push(...findings);
    if (page >= pages) break;
  }
  return ids(all.filter((f) => mine.has(f.id)));
}

describe("who sees which findings", () => {
  it("DOST staff see every finding, signed off or not", async () => {
    expect(await visible(admin)).toEqual(of(...signed, ...draft, ...elsewhere));
    expect(await visible((await createActor("DOST_INSPECTOR")).actor)).toEqual(of(...signed, ...draft, ...elsewhere));
  });

  it("an agency officer sees only their unit's findings of signed-off inspections", async () => {
    const officer = (await createActor("AGENCY_OFFICER", { agencyId: longXuyen.id })).actor;
    const { findings, total } = await listFindings(scopeFor(officer), query(), today);
    expect(ids(findings)).toEqual(of(...signed));
    expect(total).toBe(3);
    expect(await getFinding(scopeFor(officer), signed[0]!.id)).toMatchObject({ id: signed[0]!.id, number: 1 });
    expect(await getFinding(scopeFor(officer), draft[0]!.id)).toBeNull();
    expect(await getFinding(scopeFor(officer), elsewhere[0]!.id)).toBeNull();
    expect((await listFindingPlans(scopeFor(officer))).map((p) => p.id)).toEqual([plan.id]);
  });

  it("another unit's officer sees none of them (cross-agency)", async () => {
    const officer = (await createActor("AGENCY_OFFICER", { agencyId: chauDoc.id })).actor;
    const { findings } = await listFindings(scopeFor(officer), query(), today);
    expect(ids(findings)).toEqual(of(...elsewhere));
    for (const f of [...signed, ...draft]) expect(await getFinding(scopeFor(officer), f.id)).toBeNull();
    expect((await listFindingPlans(scopeFor(officer))).map((p) => p.id)).toEqual([otherPlan.id]);
  });

  it("the People's Committee sees the findings of signed-off inspections only", async () => {
    const committee = (await createActor("COMMITTEE_VIEWER")).actor;
    expect(await visible(committee)).toEqual(of(...signed, ...elsewhere));
    expect(await getFinding(scopeFor(committee), draft[0]!.id)).toBeNull();
  });

  it("a partner inspector sees the findings of the plans they are on", async () => {
    expect(await visible(partner)).toEqual(of(...signed, ...draft));
    expect(await getFinding(scopeFor(partner), elsewhere[0]!.id)).toBeNull();
    expect(await visible((await createActor("PARTNER_INSPECTOR")).actor)).toEqual([]);
  });
});

describe("filters", () => {
  it("by plan", async () => {
    expect(await visible(admin, { plan: plan.id })).toEqual(of(...signed, ...draft));
    expect(await visible(admin, { plan: otherPlan.id })).toEqual(of(...elsewhere));
  });

  it("by inspection (the link from an inspection's conclusion page)", async () => {
    expect(await visible(admin, { inspection: signed[0]!.inspectionId })).toEqual(of(...signed));
    expect(await visible(admin, { inspection: draft[0]!.inspectionId })).toEqual(of(...draft));
  });

  it("by unit, ignoring diacritics and case", async () => {
    expect(await visible(admin, { q: "long xuyen" })).toEqual(of(...signed, ...draft));
    expect(await visible(admin, { q: "CHÂU ĐỐC" })).toEqual(of(...elsewhere));
    expect(await visible(admin, { q: "chau doc long" })).toEqual([]);
  });

  it("by severity and status", async () => {
    expect(await visible(admin, { severity: "MAJOR" })).toEqual(of(signed[2]!, draft[0]!));
    expect(await visible(admin, { status: "CLOSED" })).toEqual(of(signed[2]!));
    expect(await visible(admin, { severity: "MINOR", status: "OPEN", plan: plan.id })).toEqual(of(signed[0]!));
  });

  it("overdue: never a recommendation, even one carrying a past date from before the rule", async () => {
    const unit = await createAgency({ name: `UBND Xã Khuyến Nghị ${uniqueToken()}` });
    const ownPlan = await insertPlan({ createdById: admin.id, year: 2051, status: "IN_PROGRESS" });
    const legacy = (
      await insertInspection({
        planId: ownPlan.id,
        agencyId: unit.id,
        items: [{ code: "N-5.1", result: "RECOMMENDATION" }],
        findings: [{ code: "N-5.1", severity: "RECOMMENDATION", dueDate: utc(2051, 1, 1) }],
      })
    ).findings;
    const { findings } = await listFindings(scopeFor(admin), query({ overdue: "yes" }), today);
    expect(findings.map((f) => f.id)).not.toContain(legacy[0]!.id);
    expect(findings.map((f) => f.id)).toContain(signed[0]!.id);
  });

  it("overdue: open and due before today (due today is not late; a closed one never is)", async () => {
    expect(await visible(admin, { overdue: "yes" })).toEqual(of(signed[0]!, elsewhere[0]!));
    const officer = (await createActor("AGENCY_OFFICER", { agencyId: longXuyen.id })).actor;
    expect(await visible(officer, { overdue: "yes" })).toEqual(of(signed[0]!));
  });

  it("drops malformed values instead of failing", async () => {
    expect(query({ plan: "x", severity: "BAD", overdue: "maybe", page: "-3" })).toEqual({ page: 1 });
  });

  it("orders by due date (none last), then unit and number, and pages", async () => {
    const { findings, total, pages } = await listFindings(scopeFor(admin), query({ plan: plan.id }), today);
    expect(findings.map((f) => f.id)).toEqual([signed[2]!.id, signed[0]!.id, signed[1]!.id, draft[0]!.id]);
    expect([total, pages]).toEqual([4, 1]);
    expect((await listFindings(scopeFor(admin), query({ plan: plan.id, page: "2" }), today)).findings).toEqual([]);
  });
});
