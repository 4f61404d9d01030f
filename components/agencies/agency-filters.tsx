import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import type { AgencyListQuery } from "@/lib/agencies/schema";
import { standardVersions } from "@/lib/agencies/constants";
import type { Translate } from "@/lib/i18n";

const control = "filter-control";

type Props = {
  query: AgencyListQuery;
  kinds: { code: string; name: string }[];
  districts: { code: string; name: string }[];
  t: Translate;
};

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked, shared and exported. */
export function AgencyFilters({ query, kinds, districts, t }: Props) {
  return (
    <form
      method="get"
      role="search"
      aria-label={t("agencies.filters")}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className="sm:col-span-2">
        <label htmlFor="q" className="field-label">
          {t("agencies.search")}
        </label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={control} />
      </div>
      <FilterSelect
        label={t("agencies.kind")}
        name="kind"
        value={query.kind}
        allLabel={t("agencies.allKinds")}
        className={control}
        options={kinds.map((k) => ({ value: k.code, label: k.name }))}
      />
      <FilterSelect
        label={t("agencies.district")}
        name="district"
        value={query.district}
        allLabel={t("agencies.allDistricts")}
        className={control}
        options={districts.map((d) => ({ value: d.code, label: d.name }))}
      />
      <FilterSelect
        label={t("agencies.standard")}
        name="standard"
        value={query.standard}
        allLabel={t("agencies.allStandards")}
        className={control}
        options={standardVersions.map((v) => ({ value: v, label: t(`standardVersion.${v}`) }))}
      />
      <FilterSelect
        label={t("agencies.announced")}
        name="announced"
        value={query.announced}
        allLabel={t("agencies.any")}
        className={control}
        options={[
          { value: "yes", label: t("agencies.yes") },
          { value: "no", label: t("agencies.no") },
        ]}
      />
      <FilterSelect
        label={t("agencies.requirement")}
        name="requirement"
        value={query.requirement}
        allLabel={t("agencies.any")}
        className={control}
        options={[
          { value: "MANDATORY", label: t("isoRequirement.MANDATORY") },
          { value: "ENCOURAGED", label: t("isoRequirement.ENCOURAGED") },
        ]}
      />
      <div>
        <label htmlFor="activeOn" className="field-label">
          {t("agencies.activeOn")}
        </label>
        <input
          id="activeOn"
          name="activeOn"
          defaultValue={query.activeOn ?? ""}
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          aria-describedby="activeOn-hint"
          className={control}
        />
        <p id="activeOn-hint" className="mt-1 text-xs text-slate-700">
          {t("agencies.activeOnHint")}
        </p>
      </div>
      <div className="flex items-center gap-2 self-center">
        <input
          id="unconfirmed"
          name="unconfirmed"
          type="checkbox"
          value="yes"
          defaultChecked={query.unconfirmed === "yes"}
          className="size-5"
        />
        <label htmlFor="unconfirmed" className="text-sm font-semibold">
          {t("agencies.unconfirmedOnly")}
        </label>
      </div>
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClass("primary")}>
          {t("agencies.apply")}
        </button>
        <Link href="/co-quan" className={buttonClass("secondary")}>
          {t("agencies.reset")}
        </Link>
      </div>
    </form>
  );
}
