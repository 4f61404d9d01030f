import type { RecordCategory } from "@/lib/generated/prisma/enums";
import type { Completeness } from "@/lib/documents/completeness/rules";
import type { Translate } from "@/lib/i18n";
import { CompletenessBar } from "./completeness-bar";

/** One unit's completeness for a plan: the bar, then what is accepted, waiting or missing. */
export function UnitCompleteness({ value, t, label }: { value: Completeness; t: Translate; label: string }) {
  const waiting = value.present.filter((c) => !value.accepted.includes(c));
  const list = (items: RecordCategory[]) =>
    items.length ? items.map((c) => t(`documents.categories.${c}`)).join("; ") : "—";
  return (
    <div className="space-y-2 text-sm">
      <CompletenessBar percent={value.percent} label={label} />
      <dl className="grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold text-green-900">
          {t("documents.completeness.accepted", { count: value.accepted.length, total: value.required.length })}
        </dt>
        <dd>{list(value.accepted)}</dd>
        <dt className="font-semibold text-amber-950">{t("documents.completeness.waiting")}</dt>
        <dd>{list(waiting)}</dd>
        <dt className="font-semibold text-red-900">{t("documents.completeness.missing")}</dt>
        <dd>{list(value.missing)}</dd>
      </dl>
    </div>
  );
}
