import type { InspectionStatus } from "@/lib/generated/prisma/enums";

const tones: Record<InspectionStatus, string> = {
  NOT_STARTED: "bg-slate-200 text-slate-900",
  IN_PROGRESS: "bg-blue-100 text-blue-900 ring-1 ring-blue-700",
  SIGNED_OFF: "bg-green-800 text-white",
};

/** The badge's looks, also for rows written as HTML (inspection-rows-html.ts). */
export const statusBadgeClass = (status: InspectionStatus) =>
  `inline-block rounded px-2 py-0.5 text-sm font-semibold ${tones[status]}`;

export function InspectionStatusBadge({ status, label }: { status: InspectionStatus; label: string }) {
  return <span className={statusBadgeClass(status)}>{label}</span>;
}
