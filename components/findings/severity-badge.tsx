import type { FindingSeverity } from "@/lib/generated/prisma/enums";

const tones: Record<FindingSeverity, string> = {
  MAJOR: "border-red-700 bg-red-50 text-red-900",
  MINOR: "border-amber-700 bg-amber-50 text-amber-900",
  RECOMMENDATION: "border-blue-700 bg-blue-50 text-blue-900",
};

/** A finding's severity as a coloured label; the text carries the meaning, the colour only helps. */
export function SeverityBadge({ severity, label }: { severity: FindingSeverity; label: string }) {
  return <span className={severityBadgeClass(severity)}>{label}</span>;
}

/** The badge's looks, also for rows written as HTML (finding-rows-html.ts). */
export const severityBadgeClass = (severity: FindingSeverity) =>
  `inline-block whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold print:border-black print:bg-white print:text-black ${tones[severity]}`;
