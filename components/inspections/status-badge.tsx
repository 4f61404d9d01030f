import type { InspectionStatus } from "@/lib/generated/prisma/enums";
import { statusBadgeClass } from "@/lib/inspections/list/rows-html";

export function InspectionStatusBadge({ status, label }: { status: InspectionStatus; label: string }) {
  return <span className={statusBadgeClass(status)}>{label}</span>;
}
