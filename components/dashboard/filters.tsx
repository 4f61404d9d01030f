import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { defaultPart, partParam, regionParam, type DashboardPart, type DashboardRegion } from "@/lib/dashboard/schema";
import type { Translate } from "@/lib/i18n";

/**
 * The dashboard's choices as a plain GET form (works without JavaScript, and the URL is the view): the year, one of
 * its plans when it has several, and the day the figures are as of. The region of a drill-down and the part of the
 * page are kept.
 */
export function DashboardFilters(props: {
  t: Translate;
  years: number[];
  plans: { id: string; number: string }[];
  year?: number;
  planId?: string;
  asOf?: string | null;
  region?: DashboardRegion | null;
  part?: DashboardPart;
}) {
  const { t } = props;
  return (
    <form method="get" action="/tong-quan" className="flex flex-wrap items-end gap-3">
      <div className="w-32">
        <SelectField
          label={t("dashboard.year")}
          name="nam"
          defaultValue={props.year === undefined ? undefined : String(props.year)}
          options={props.years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </div>
      {props.plans.length > 1 ? (
        <div className="w-56">
          <SelectField
            label={t("dashboard.plan")}
            name="ke-hoach"
            defaultValue={props.planId ?? ""}
            options={[
              { value: "", label: t("dashboard.allPlans") },
              ...props.plans.map((p) => ({ value: p.id, label: p.number })),
            ]}
          />
        </div>
      ) : null}
      <div className="w-44">
        <TextField
          label={t("dashboard.asOf")}
          name="ngay"
          defaultValue={props.asOf ?? ""}
          placeholder="dd/mm/yyyy"
          inputMode="numeric"
          hint={t("dashboard.asOfHint")}
        />
      </div>
      {props.region ? <input type="hidden" name="huyen" value={regionParam(props.region)} /> : null}
      {props.part && props.part !== defaultPart ? (
        <input type="hidden" name="phan" value={partParam(props.part)} />
      ) : null}
      <Button type="submit">{t("dashboard.showYear")}</Button>
    </form>
  );
}
