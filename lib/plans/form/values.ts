import { formatCalendarDate } from "@/lib/text/dates";
import { milestoneKinds } from "../schema";

/** A plan as the values of its form (dates as dd/MM/yyyy). */
export function planFormValues(plan: {
  id: string;
  lockVersion: number;
  year: number;
  number: string;
  issuedOn: Date;
  title: string;
  legalBases: string;
  objectives: string;
  requirements: string;
  leadAgencyId: string;
  teamDecisionNumber: string | null;
  teamDecisionDate: Date | null;
  coordinators: { agencyId: string }[];
  milestones: { kind: string; date: Date }[];
}) {
  return {
    id: plan.id,
    lockVersion: String(plan.lockVersion),
    year: String(plan.year),
    number: plan.number,
    issuedOn: formatCalendarDate(plan.issuedOn),
    title: plan.title,
    legalBases: plan.legalBases,
    objectives: plan.objectives,
    requirements: plan.requirements,
    leadAgencyId: plan.leadAgencyId,
    teamDecisionNumber: plan.teamDecisionNumber ?? "",
    teamDecisionDate: formatCalendarDate(plan.teamDecisionDate),
    ...Object.fromEntries(
      milestoneKinds.map((k) => [
        `milestone_${k}`,
        formatCalendarDate(plan.milestones.find((m) => m.kind === k)?.date),
      ]),
    ),
    coordinatorIds: plan.coordinators.map((c) => c.agencyId),
  };
}
