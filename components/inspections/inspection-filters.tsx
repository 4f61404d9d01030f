import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import type { Translate } from "@/lib/i18n";

const control = "control";

type Option = { value: string; label: string };

/**
 * The inspections filter form (a GET form: the filters live in the URL), shared by /kiem-tra and a plan's
 * inspections tab: unit (diacritics ignored), then the plan where several are listed, kind and status, the
 * assignee within one plan's team, and beside the button an optional "assigned to me".
 */
export function InspectionFilters(props: {
  t: Translate;
  query: { q?: string; plan?: string; kind?: string; status?: string; assignee?: string };
  plans?: Option[];
  assignees?: Option[];
  besideButton?: ReactNode;
}) {
  const { t, query } = props;
  const all = t("inspections.filters.all");
  return (
    <form
      method="get"
      role="search"
      aria-label={t("inspections.filters.title")}
      className="grid gap-3 md:grid-cols-3 lg:grid-cols-6 md:items-end"
    >
      <div className="lg:col-span-2">
        <label htmlFor="q" className="field-label">
          {t("inspections.filters.q")}
        </label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={control} />
      </div>
      {props.plans ? (
        <FilterSelect
          label={t("inspections.filters.plan")}
          name="plan"
          value={query.plan}
          allLabel={all}
          className={control}
          options={props.plans}
        />
      ) : null}
      <FilterSelect
        label={t("inspections.filters.kind")}
        name="kind"
        value={query.kind}
        allLabel={all}
        className={control}
        options={(["DOSSIER", "ON_SITE"] as const).map((k) => ({ value: k, label: t(`inspections.kinds.${k}`) }))}
      />
      <FilterSelect
        label={t("inspections.filters.status")}
        name="status"
        value={query.status}
        allLabel={all}
        className={control}
        options={(["NOT_STARTED", "IN_PROGRESS", "SIGNED_OFF"] as const).map((s) => ({
          value: s,
          label: t(`inspections.statuses.${s}`),
        }))}
      />
      {props.assignees ? (
        <FilterSelect
          label={t("inspections.filters.assignee")}
          name="assignee"
          value={query.assignee}
          allLabel={all}
          className={control}
          options={[{ value: "none", label: t("inspections.filters.unassigned") }, ...props.assignees]}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        {props.besideButton}
        <button type="submit" className={buttonClass("secondary")}>
          {t("inspections.filters.apply")}
        </button>
      </div>
    </form>
  );
}
