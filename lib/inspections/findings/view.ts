import { formatCalendarDate } from "@/lib/text/dates";

/** What the checklist needs of one finding: dates as dd/MM/yyyy, as the finding form shows and takes them. */
export type FindingView = {
  id: string;
  number: number;
  severity: "MINOR" | "MAJOR" | "RECOMMENDATION";
  version: number;
  description: string;
  requiredAction: string;
  legalBasis: string;
  dueDate: string;
  /** The year of the earlier inspection this nonconformity repeats ("lặp lại"), null when it is no repeat. */
  repeatOfYear: number | null;
};

/** How the earlier finding a repeat points to is read: only its inspection's plan year is shown. */
export const repeatOfSelect = {
  select: { inspection: { select: { plan: { select: { year: true } } } } },
} as const;

/** One shape for the page and for the item-save reply, so the form never receives a Date. */
export function findingView(
  finding: Omit<FindingView, "dueDate" | "repeatOfYear"> & {
    dueDate: Date | null;
    repeatOf?: { inspection: { plan: { year: number } } } | null;
  },
): FindingView {
  return {
    id: finding.id,
    number: finding.number,
    severity: finding.severity,
    version: finding.version,
    description: finding.description,
    requiredAction: finding.requiredAction,
    legalBasis: finding.legalBasis,
    dueDate: formatCalendarDate(finding.dueDate),
    repeatOfYear: finding.repeatOf?.inspection.plan.year ?? null,
  };
}
