import { vietnamDay } from "@/lib/dates";

/** Schedule problems to flag (not to forbid: DOST decides), computed from the visits of one plan. */
export type VisitForConflicts = {
  id: string;
  targetId: string;
  agencyName: string;
  startsAt: Date;
  members: { id: string; name: string }[];
};
export type ScheduleConflict =
  | { kind: "inspectorDoubleBooked"; memberName: string; day: string; visitIds: string[] }
  | { kind: "unitVisitedTwice"; agencyName: string; visitIds: string[] };

export function scheduleConflicts(visits: VisitForConflicts[]): ScheduleConflict[] {
  const conflicts: ScheduleConflict[] = [];
  const byMemberDay = new Map<string, { name: string; day: string; ids: string[] }>();
  const byTarget = new Map<string, { name: string; ids: string[] }>();
  for (const visit of visits) {
    const day = vietnamDay(visit.startsAt);
    for (const member of visit.members) {
      const key = `${member.id}|${day}`;
      const entry = byMemberDay.get(key) ?? { name: member.name, day, ids: [] };
      entry.ids.push(visit.id);
      byMemberDay.set(key, entry);
    }
    const target = byTarget.get(visit.targetId) ?? { name: visit.agencyName, ids: [] };
    target.ids.push(visit.id);
    byTarget.set(visit.targetId, target);
  }
  for (const entry of byMemberDay.values()) {
    if (entry.ids.length > 1)
      conflicts.push({ kind: "inspectorDoubleBooked", memberName: entry.name, day: entry.day, visitIds: entry.ids });
  }
  for (const entry of byTarget.values()) {
    if (entry.ids.length > 1) conflicts.push({ kind: "unitVisitedTwice", agencyName: entry.name, visitIds: entry.ids });
  }
  return conflicts;
}
