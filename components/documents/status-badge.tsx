import type { ReviewStatus } from "@/lib/generated/prisma/enums";

const tones: Record<ReviewStatus, string> = {
  SUBMITTED: "bg-amber-100 text-amber-950 ring-1 ring-amber-700",
  REVISION_REQUESTED: "bg-red-100 text-red-900 ring-1 ring-red-700",
  ACCEPTED: "bg-green-100 text-green-900 ring-1 ring-green-700",
};

/** A review status; a version that a newer one replaced before review is shown as superseded. */
export function ReviewBadge({
  status,
  label,
  superseded = false,
}: {
  status: ReviewStatus;
  label: string;
  superseded?: boolean;
}) {
  return <span className={reviewBadgeClass(status, superseded)}>{label}</span>;
}

/** The badge's looks, also for rows written as HTML (record-rows-html.ts). */
export function reviewBadgeClass(status: ReviewStatus, superseded = false): string {
  const tone = superseded ? "bg-slate-100 text-slate-800 ring-1 ring-slate-500" : tones[status];
  return `inline-block whitespace-nowrap rounded px-2 py-0.5 text-sm font-semibold ${tone}`;
}
