import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { recordCategories, reviewStatuses, type RecordListQuery } from "@/lib/documents/schema";
import type { Translate } from "@/lib/i18n";

const control = "filter-control";

/** The review queue's filters as a plain GET form: a filtered queue can be bookmarked and shared. */
export function RecordFilters({
  query,
  plans,
  t,
}: {
  query: RecordListQuery;
  plans: { value: string; label: string }[];
  t: Translate;
}) {
  return (
    <form
      method="get"
      role="search"
      aria-label={t("documents.list.filters")}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div>
        <label htmlFor="q" className="field-label">
          {t("documents.list.unitSearch")}
        </label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={control} />
      </div>
      <FilterSelect
        label={t("documents.fields.category")}
        name="category"
        value={query.category}
        allLabel={t("documents.list.all")}
        className={control}
        options={recordCategories.map((c) => ({ value: c, label: t(`documents.categories.${c}`) }))}
      />
      <FilterSelect
        label={t("documents.fields.plan")}
        name="plan"
        value={query.plan}
        allLabel={t("documents.list.all")}
        className={control}
        options={plans}
      />
      <FilterSelect
        label={t("documents.list.status")}
        name="status"
        value={query.status}
        allLabel={t("documents.list.all")}
        className={control}
        options={reviewStatuses.map((s) => ({ value: s, label: t(`documents.statuses.${s}`) }))}
      />
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClass("primary")}>
          {t("documents.list.apply")}
        </button>
        <Link href="/ho-so" className={buttonClass("secondary")}>
          {t("documents.list.reset")}
        </Link>
      </div>
    </form>
  );
}
