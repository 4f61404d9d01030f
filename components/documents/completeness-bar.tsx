/** A completeness percentage as a labelled bar (the number is always written, not only drawn). */
export function CompletenessBar({ percent, label }: { percent: number; label: string }) {
  const tone = percent >= 100 ? "bg-green-700" : percent >= 50 ? "bg-amber-600" : "bg-red-700";
  return (
    <div className="flex min-w-32 items-center gap-2">
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-3 flex-1 overflow-hidden rounded bg-slate-200"
      >
        <div className={`h-full ${tone}`} style={{ width: `${percent}%` }} />
      </div>
      <span className="w-12 text-right tabular-nums font-semibold">{percent}%</span>
    </div>
  );
}
