import type { PlanStatus } from "@/lib/generated/prisma/enums";

const tones: Record<PlanStatus, string> = {
  DRAFT: "bg-slate-200 text-slate-900",
  SUBMITTED: "bg-amber-100 text-amber-950 ring-1 ring-amber-700",
  APPROVED: "bg-green-100 text-green-900 ring-1 ring-green-700",
  IN_PROGRESS: "bg-blue-100 text-blue-900 ring-1 ring-blue-700",
  COMPLETED: "bg-green-800 text-white",
  CANCELLED: "bg-red-100 text-red-900 ring-1 ring-red-700",
  SUPERSEDED: "bg-slate-100 text-slate-800 ring-1 ring-slate-500",
};

export function StatusBadge({ status, label }: { status: PlanStatus; label: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${tones[status]}`}>{label}</span>;
}
