import type { InspectionStatus } from "@/lib/generated/prisma/enums";

const tones: Record<InspectionStatus, string> = {
  NOT_STARTED: "badge-slate",
  IN_PROGRESS: "badge-blue",
  SIGNED_OFF: "badge-green",
};

/** The badge's looks (app/globals.css), also for rows written as HTML (inspection-rows-html.ts). */
export const statusBadgeClass = (status: InspectionStatus) => `badge ${tones[status]}`;

export function InspectionStatusBadge({ status, label }: { status: InspectionStatus; label: string }) {
  return <span className={statusBadgeClass(status)}>{label}</span>;
}
