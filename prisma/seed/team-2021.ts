import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { isoDay, vietnamInstant } from "@/lib/dates";
import { foldForSearch } from "@/lib/text/normalize";
import { demoAccounts, demoPassword } from "./demo";
import { plan2021 } from "./plan-2021";

/**
 * The demo seed's team, team decision, visits and assignments for the sample 2021 plan, so that the year can
 * be walked without building it by hand. Like the on-site list they illustrate (the real ones were not
 * published): the plan's `isSample` banner says so on its team and schedule pages.
 */
export const team2021 = {
  decisionNumber: "512/QĐ-UBND",
  decisionDate: new Date(Date.UTC(2021, 2, 15)),
  /** Home Affairs sits on the team as the demo partner inspector; Justice needs a person of its own. */
  justice: { email: "thanhvien@sotuphap.example", name: "Huỳnh Văn Pháp", agency: "Sở Tư pháp" },
  /** One visit a working day, 08:00–11:00 in Viet Nam, from Monday 05/04/2021 (after the team decision). */
  firstDay: new Date(Date.UTC(2021, 3, 5)),
  hours: { start: "08:00", end: "11:00" }, // in Viet Nam
  /** Public holidays of 2021 on working days: Giỗ Tổ Hùng Vương, 30/4, the day off for 1/5, 2–3/9. */
  holidays: ["2021-04-21", "2021-04-30", "2021-05-03", "2021-09-02", "2021-09-03"],
} as const;

const operational: PlanStatus[] = ["APPROVED", "IN_PROGRESS"];
const day = isoDay;

/** The first `count` working days from `from` (Monday to Friday, leaving out the holidays). */
export function workingDays(from: Date, count: number): Date[] {
  const days: Date[] = [];
  for (const d = new Date(from); days.length < count; d.setUTCDate(d.getUTCDate() + 1)) {
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !(team2021.holidays as readonly string[]).includes(day(d)))
      days.push(new Date(d));
  }
  return days;
}

/** The Justice member of the sample team, created once (as a demo account, with the demo password). */
async function justiceMember(db: PrismaClient) {
  const { email, name, agency } = team2021.justice;
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, agencyId: true, status: true } });
  if (existing) return existing;
  const unit = await db.agency.findFirst({ where: { name: agency, validTo: null }, select: { id: true } });
  return db.user.create({
    data: {
      email,
      name,
      searchName: foldForSearch(name),
      role: "PARTNER_INSPECTOR",
      agencyId: unit?.id ?? null,
      passwordHash: await hashPassword(demoPassword),
    },
    select: { id: true, agencyId: true, status: true },
  });
}

/**
 * Gives the 2021 plan in force (approved or in progress, `isSample`) its team when it has none: the demo DOST
 * inspector as lead, the demo partner inspector (Home Affairs) and a Justice member; the team decision when
 * the plan has none; a visit of the whole team to every on-site unit, one a working day, mandatory units
 * first; and its inspections assigned — on-site ones to the visit's members (as saving a visit does), dossier
 * reviews to the lead, or to the Home Affairs member for the lead's own unit. Idempotent: a plan with a team
 * (seeded or built in the app) is left alone, and the check runs with the plan row locked.
 */
export async function seedTeam2021(db: PrismaClient): Promise<{ teamMembers: number; visits: number }> {
  const none = { teamMembers: 0, visits: 0 };
  const plan = await db.inspectionPlan.findFirst({
    where: { year: plan2021.year, number: plan2021.number, isSample: true, status: { in: operational } },
    orderBy: { version: "desc" },
    select: { id: true, _count: { select: { members: true } } },
  });
  if (!plan || plan._count.members > 0) return none;
  const email = (role: string) => demoAccounts.find((a) => a.role === role)!.email;
  const [lead, homeAffairs] = await Promise.all(
    [email("DOST_INSPECTOR"), email("PARTNER_INSPECTOR")].map((e) =>
      db.user.findUnique({ where: { email: e }, select: { id: true, agencyId: true, status: true } }),
    ),
  );
  if (!lead || !homeAffairs || lead.status !== "ACTIVE" || homeAffairs.status !== "ACTIVE") return none;
  const justice = await justiceMember(db);

  return db.$transaction(
    async (tx) => {
      const [locked] = await tx.$queryRaw<
        { status: PlanStatus }[]
      >`SELECT status FROM inspection_plan WHERE id = ${plan.id}::uuid FOR UPDATE`;
      if (
        !locked ||
        !operational.includes(locked.status) ||
        (await tx.planMember.count({ where: { planId: plan.id } }))
      )
        return none;

      const people = [
        { ...lead, role: "LEAD" as const },
        { ...homeAffairs, role: "MEMBER" as const },
        ...(justice.status === "ACTIVE" ? [{ ...justice, role: "MEMBER" as const }] : []),
      ].map((p) => ({ ...p, memberId: randomUUID() }));
      await tx.planMember.createMany({
        data: people.map((p) => ({ id: p.memberId, planId: plan.id, userId: p.id, role: p.role })),
      });
      await tx.inspectionPlan.updateMany({
        where: { id: plan.id, teamDecisionNumber: null },
        data: { teamDecisionNumber: team2021.decisionNumber, teamDecisionDate: team2021.decisionDate },
      });

      const targets = await tx.planTarget.findMany({
        where: { planId: plan.id, inDossier: true, onSite: true },
        select: {
          id: true,
          agencyId: true,
          onSiteCategory: true,
          agency: { select: { code: true, kind: { select: { sortOrder: true } } } },
        },
      });
      // Mandatory units first (provincial agencies, then districts, in code order), then the communes.
      const rank = (t: (typeof targets)[number]) =>
        `${t.onSiteCategory === "MANDATORY" ? 0 : 1}|${String(t.agency.kind.sortOrder).padStart(3, "0")}|${t.agency.code}`;
      targets.sort((a, b) => (rank(a) < rank(b) ? -1 : 1));
      const days = workingDays(team2021.firstDay, targets.length);
      const at = (d: Date, time: string) => vietnamInstant(d, time)!;
      const visits = targets.map((t, i) => ({
        id: randomUUID(),
        target: t,
        startsAt: at(days[i]!, team2021.hours.start),
        endsAt: at(days[i]!, team2021.hours.end),
        // Impartiality, as saveVisit checks it: nobody visits the unit they work at.
        members: people.filter((p) => p.agencyId !== t.agencyId),
      }));
      await tx.planVisit.createMany({
        data: visits.map((v) => ({
          id: v.id,
          planId: plan.id,
          targetId: v.target.id,
          startsAt: v.startsAt,
          endsAt: v.endsAt,
        })),
      });
      await tx.planVisitMember.createMany({
        data: visits.flatMap((v) => v.members.map((m) => ({ visitId: v.id, memberId: m.memberId }))),
      });

      const inspections = await tx.inspection.findMany({
        where: { planId: plan.id, status: { not: "SIGNED_OFF" } },
        select: { id: true, kind: true, targetId: true, agencyId: true },
      });
      const byTarget = new Map(visits.map((v) => [v.target.id, v.members]));
      const reviewer = (agencyId: string) => people.find((p) => p.agencyId !== agencyId)!;
      await tx.inspectionAssignee.createMany({
        data: inspections.flatMap((i) =>
          i.kind === "ON_SITE"
            ? (byTarget.get(i.targetId) ?? []).map((m) => ({ inspectionId: i.id, memberId: m.memberId }))
            : [{ inspectionId: i.id, memberId: reviewer(i.agencyId).memberId }],
        ),
        skipDuplicates: true,
      });
      return { teamMembers: people.length, visits: visits.length };
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}
