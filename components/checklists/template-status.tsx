import type { TemplateStatus } from "@/lib/generated/prisma/enums";

const tones: Record<TemplateStatus, string> = {
  DRAFT: "bg-slate-200 text-slate-900",
  PUBLISHED: "bg-green-100 text-green-900 ring-1 ring-green-700",
  RETIRED: "bg-slate-100 text-slate-800 ring-1 ring-slate-500",
};

export function TemplateStatusBadge({ status, label }: { status: TemplateStatus; label: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${tones[status]}`}>{label}</span>;
}

/** "Đang được sử dụng" for a version an inspection has used (it can no longer change). */
export function UsageBadge({ label }: { label: string }) {
  return (
    <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-950 ring-1 ring-amber-700">
      {label}
    </span>
  );
}
