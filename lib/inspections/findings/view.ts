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
};

/** One shape for the page and for the item-save reply, so the form never receives a Date. */
export function findingView(finding: Omit<FindingView, "dueDate"> & { dueDate: Date | null }): FindingView {
  return {
    id: finding.id,
    number: finding.number,
    severity: finding.severity,
    version: finding.version,
    description: finding.description,
    requiredAction: finding.requiredAction,
    legalBasis: finding.legalBasis,
    dueDate: formatCalendarDate(finding.dueDate),
  };
}
