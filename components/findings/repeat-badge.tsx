/** "lặp lại": the same clause was nonconforming for the unit at an earlier year's inspection. */
export function RepeatBadge({ label, title }: { label: string; title: string }) {
  return (
    <span
      title={title}
      className="ml-1 inline-block rounded border border-amber-700 bg-amber-50 px-1.5 text-xs font-semibold text-amber-900"
    >
      {label}
    </span>
  );
}
