/** "lặp lại": the same clause was nonconforming for the unit at an earlier year's inspection. */
export function RepeatBadge({ label, title }: { label: string; title: string }) {
  return (
    <span title={title} className={repeatBadgeClass}>
      {label}
    </span>
  );
}

/** The badge's looks, also for rows written as HTML (finding-rows-html.ts). */
export const repeatBadgeClass =
  "ml-1 inline-block rounded border border-amber-700 bg-amber-50 px-1.5 text-xs font-semibold text-amber-900";
