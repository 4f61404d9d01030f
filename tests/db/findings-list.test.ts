import { beforeAll, describe, expect, it } from "vitest";
import type { Actor, Scope } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { findingListOrder, findingListSelect, findingWhere, listFindings } from "@/lib/findings/data";
import { findingListQuerySchema, type FindingListQuery } from "@/lib/findings/schema";
import type { Agency, InspectionPlan } from "@/lib/generated/prisma/client";
import { findingsWorld } from "@/tests/factories/findings-world";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { createActor } from "@/tests/factories/users";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const today = utc(2052, 9, 1);

/**
 * The list as the model queries read it before it became SQL (lib/findings/data.ts listFindings): findingWhere (the
 * visibility, the scope and the filters), findingListSelect and findingListOrder, as the corrective queue still reads.
 */
async function modelList(scope: Scope, query: FindingListQuery) {
  const where = findingWhere(scope, query, today);
  const [rows, total] = await Promise.all([
    db.finding.findMany({
      where,
      orderBy: findingListOrder,
      skip: (query.page - 1) * 50,
      take: 50,
      select: findingListSelect,
    }),
    db.finding.count({ where }),
  ]);
  return { findings: rows, total, pages: Math.max(1, Math.ceil(total / 50)) };
}

let actors: Actor[];
let plan: InspectionPlan;
let otherPlan: InspectionPlan;
let longXuyen: Agency;

beforeAll(async () => {
  const world = await findingsWorld(2052);
  ({ plan, otherPlan, longXuyen } = world);
  const officer = (await createActor("AGENCY_OFFICER", { agencyId: longXuyen.id })).actor;
  const others = await Promise.all(
    (["DOST_INSPECTOR", "COMMITTEE_VIEWER", "PARTNER_INSPECTOR", "AGENCY_OFFICER"] as const).map(
      async (role) => (await createActor(role)).actor,
    ),
  );
  actors = [world.admin, world.partner, officer, ...others];
  // In the partner's plan, 60 findings over two pages: each unit's on-site inspection signed off, Long Xuyên's dossier
  // review still in progress, due dates repeating (the order's ties are broken by unit, inspection and number), some
  // without a due date, every severity and several statuses.
  const codes = (
    await db.checklistItem.findMany({ where: { template: { version: 1 } }, orderBy: { code: "asc" }, take: 15 })
  ).map((c) => c.code);
  const severities = ["MAJOR", "MINOR", "RECOMMENDATION"] as const;
  const statuses = ["OPEN", "ANSWERED", "REJECTED", "CLOSED"] as const;
  const inspections = [
    [longXuyen.id, "ON_SITE", "SIGNED_OFF"],
    [longXuyen.id, "DOSSIER", "IN_PROGRESS"],
    [world.chauDoc.id, "ON_SITE", "SIGNED_OFF"],
    [world.chauDoc.id, "DOSSIER", "SIGNED_OFF"],
  ] as const;
  for (const [round, [agencyId, kind, status]] of inspections.entries()) {
    const n = round * codes.length;
    await insertInspection({
      planId: plan.id,
      agencyId,
      kind,
      status,
      items: codes.map((code) => ({ code, result: "MINOR_NC" as const })),
      findings: codes.map((code, i) => ({
        code,
        severity: severities[(n + i) % 3]!,
        status: statuses[(n + i) % 4]!,
        dueDate: (n + i) % 7 === 0 ? null : utc(2052, 8, 1 + ((n + i) % 5) * 7),
      })),
    });
  }
  await insertInspection({
    planId: otherPlan.id,
    agencyId: longXuyen.id,
    items: [{ code: "N-9.2", result: "MINOR_NC" }],
    findings: [{ code: "N-9.2", severity: "MINOR", dueDate: utc(2052, 8, 20) }],
  });
});

const query = (raw: Record<string, string>) => findingListQuerySchema.parse(raw);

describe("listFindings (SQL) reads what the model queries read", () => {
  it("for every role, under every filter and on both pages", async () => {
    const filters: Record<string, string>[] = [
      { plan: plan.id },
      { plan: plan.id, page: "2" },
      { plan: plan.id, severity: "MAJOR" },
      { plan: plan.id, status: "REJECTED" },
      { plan: plan.id, overdue: "yes" },
      { plan: plan.id, q: "long xuyen" },
      { plan: otherPlan.id },
      { q: longXuyen.name },
      { q: longXuyen.name, overdue: "yes", page: "2" },
    ];
    for (const actor of actors)
      for (const raw of filters) {
        const scope = scopeFor(actor);
        expect(await listFindings(scope, query(raw), today), `${actor.role} ${JSON.stringify(raw)}`).toEqual(
          await modelList(scope, query(raw)),
        );
      }
  });

  it("gives DOST the plan's 60 findings in due order (no date last) over two pages, the committee the 45 signed off", async () => {
    const [admin, , , , committee] = actors;
    const all = await listFindings(scopeFor(admin!), query({ plan: plan.id }), today);
    expect(all).toMatchObject({ total: 60, pages: 2 });
    const due = all.findings.map((f) => f.dueDate?.getTime() ?? Infinity);
    expect(due).toEqual([...due].sort((a, b) => a - b));
    const second = await listFindings(scopeFor(admin!), query({ plan: plan.id, page: "2" }), today);
    expect(second.findings).toHaveLength(10);
    expect(second.findings.at(-1)?.dueDate).toBeNull();
    expect((await listFindings(scopeFor(committee!), query({ plan: plan.id }), today)).total).toBe(45);
  });
});
