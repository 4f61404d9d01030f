import { formatCalendarDate, todayInVietnam } from "@/lib/text/dates";
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

type Option = { value: string; label: string };
type ProvincialAgency = { id: string; name: string };

const options = (agencies: readonly ProvincialAgency[]): Option[] =>
  agencies.map((a) => ({ value: a.id, label: a.name }));

const defaultLegalBases = [
  "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ",
  "Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ Khoa học và Công nghệ",
].join("\n");

/**
 * The new-plan form: this year, issued today, the usual legal bases, DOST (Sở Khoa học và Công nghệ) as the
 * lead unit and the partner departments (Sở Nội vụ, Sở Tư pháp) as coordinators, listed first among them.
 */
export function newPlanForm(agencies: readonly ProvincialAgency[], today: Date = todayInVietnam()) {
  const dost = agencies.find((a) => a.name === "Sở Khoa học và Công nghệ");
  const partners = agencies.filter((a) => a.name === "Sở Nội vụ" || a.name === "Sở Tư pháp");
  const isPartner = (id: string) => partners.some((p) => p.id === id);
  return {
    agencies: options(agencies),
    coordinatorOptions: options(agencies.filter((a) => a.id !== dost?.id)).sort(
      (a, b) => Number(!isPartner(a.value)) - Number(!isPartner(b.value)),
    ),
    values: {
      year: String(today.getUTCFullYear()),
      issuedOn: formatCalendarDate(today),
      legalBases: defaultLegalBases,
      leadAgencyId: dost?.id ?? "",
      coordinatorIds: partners.map((p) => p.id),
    },
  };
}

/** The edit form of a plan: its values, and every provincial agency but the lead one as a possible coordinator. */
export function editPlanForm(plan: Parameters<typeof planFormValues>[0], agencies: readonly ProvincialAgency[]) {
  return {
    agencies: options(agencies),
    coordinatorOptions: options(agencies.filter((a) => a.id !== plan.leadAgencyId)),
    values: planFormValues(plan),
  };
}
