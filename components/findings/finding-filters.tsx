import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { findingSeverities, findingStatuses, type FindingListQuery } from "@/lib/findings/schema";
import type { Translate } from "@/lib/i18n";

const control = "filter-control";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function FindingFilters({
  query,
  plans,
  t,
  resetHref = "/phat-hien",
  label,
}: {
  query: FindingListQuery;
  plans: { id: string; label: string }[];
  t: Translate;
  /** The list without filters (the findings list, or the corrective-action queue). */
  resetHref?: string;
  label?: string;
}) {
  return (
    <form
      method="get"
      role="search"
      aria-label={label ?? t("findings.filters")}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
    >
      {query.inspection && <input type="hidden" name="inspection" value={query.inspection} />}
      <div className="sm:col-span-2">
        <label htmlFor="q" className="field-label">
          {t("findings.unit")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          aria-describedby="q-hint"
          className={control}
        />
        <p id="q-hint" className="mt-1 text-xs text-slate-700">
          {t("findings.unitHint")}
        </p>
      </div>
      <FilterSelect
        label={t("findings.plan")}
        name="plan"
        value={query.plan}
        allLabel={t("findings.allPlans")}
        className={control}
        options={plans.map((p) => ({ value: p.id, label: p.label }))}
      />
      <FilterSelect
        label={t("findings.severity")}
        name="severity"
        value={query.severity}
        allLabel={t("findings.allSeverities")}
        className={control}
        options={findingSeverities.map((s) => ({ value: s, label: t(`findings.severities.${s}`) }))}
      />
      <FilterSelect
        label={t("findings.status")}
        name="status"
        value={query.status}
        allLabel={t("findings.allStatuses")}
        className={control}
        options={findingStatuses.map((s) => ({ value: s, label: t(`findings.statuses.${s}`) }))}
      />
      <div className="flex items-center gap-2 self-center">
        <input
          id="overdue"
          name="overdue"
          type="checkbox"
          value="yes"
          defaultChecked={query.overdue === "yes"}
          className="size-5"
        />
        <label htmlFor="overdue" className="text-sm font-semibold">
          {t("findings.overdueOnly")}
        </label>
      </div>
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClass("primary")}>
          {t("findings.apply")}
        </button>
        <Link href={resetHref} className={buttonClass("secondary")}>
          {t("findings.reset")}
        </Link>
      </div>
    </form>
  );
}
