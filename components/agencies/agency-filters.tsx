import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { AgencyListQuery } from "@/lib/agencies/schema";
import { standardVersions } from "@/lib/agencies/schema";
import type { Translate } from "@/lib/i18n";

const control = "min-h-11 w-full rounded-md border border-slate-500 bg-white px-3";

type Props = {
  query: AgencyListQuery;
  kinds: { code: string; name: string }[];
  districts: { code: string; name: string }[];
  t: Translate;
};

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked, shared and exported. */
export function AgencyFilters({ query, kinds, districts, t }: Props) {
  return (
    <form method="get" role="search" aria-label={t("agencies.filters")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <div className="sm:col-span-2">
        <label htmlFor="q" className="block text-sm font-semibold">{t("agencies.search")}</label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={control} />
      </div>
      <div>
        <label htmlFor="kind" className="block text-sm font-semibold">{t("agencies.kind")}</label>
        <select id="kind" name="kind" defaultValue={query.kind ?? ""} className={control}>
          <option value="">{t("agencies.allKinds")}</option>
          {kinds.map((k) => <option key={k.code} value={k.code}>{k.name}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="district" className="block text-sm font-semibold">{t("agencies.district")}</label>
        <select id="district" name="district" defaultValue={query.district ?? ""} className={control}>
          <option value="">{t("agencies.allDistricts")}</option>
          {districts.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="standard" className="block text-sm font-semibold">{t("agencies.standard")}</label>
        <select id="standard" name="standard" defaultValue={query.standard ?? ""} className={control}>
          <option value="">{t("agencies.allStandards")}</option>
          {standardVersions.map((s) => <option key={s} value={s}>{t(`standardVersion.${s}`)}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="announced" className="block text-sm font-semibold">{t("agencies.announced")}</label>
        <select id="announced" name="announced" defaultValue={query.announced ?? ""} className={control}>
          <option value="">{t("agencies.any")}</option>
          <option value="yes">{t("agencies.yes")}</option>
          <option value="no">{t("agencies.no")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="requirement" className="block text-sm font-semibold">{t("agencies.requirement")}</label>
        <select id="requirement" name="requirement" defaultValue={query.requirement ?? ""} className={control}>
          <option value="">{t("agencies.any")}</option>
          <option value="MANDATORY">{t("isoRequirement.MANDATORY")}</option>
          <option value="ENCOURAGED">{t("isoRequirement.ENCOURAGED")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="activeOn" className="block text-sm font-semibold">{t("agencies.activeOn")}</label>
        <input id="activeOn" name="activeOn" defaultValue={query.activeOn ?? ""} inputMode="numeric" placeholder="dd/mm/yyyy" aria-describedby="activeOn-hint" className={control} />
        <p id="activeOn-hint" className="mt-1 text-xs text-slate-700">{t("agencies.activeOnHint")}</p>
      </div>
      <div className="flex items-center gap-2 self-center">
        <input id="unconfirmed" name="unconfirmed" type="checkbox" value="yes" defaultChecked={query.unconfirmed === "yes"} className="size-5" />
        <label htmlFor="unconfirmed" className="text-sm font-semibold">{t("agencies.unconfirmedOnly")}</label>
      </div>
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClass("primary")}>{t("agencies.apply")}</button>
        <Link href="/co-quan" className={buttonClass("secondary")}>{t("agencies.reset")}</Link>
      </div>
    </form>
  );
}
