import type { Metadata } from "next";
import Link from "next/link";
import { CompletenessTable } from "@/components/documents/completeness-table";
import { RequestMissingForm } from "@/components/documents/request-missing-form";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterSelect } from "@/components/ui/filter-select";
import { loadCompletenessPage } from "@/lib/documents/loaders";
import { getLocale, getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("documents.completeness.title") };
}

const control = "filter-control";

/** Completeness per unit of a plan's dossier scope. An officer's own view is on /ho-so. */
export default async function CompletenessPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [t, locale, { query, plans, plan, units, kinds, complete, canRequest }] = await Promise.all([
    getTranslator(),
    getLocale(),
    loadCompletenessPage(searchParams),
  ]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/ho-so" className="text-blue-800 underline">
          ← {t("documents.back")}
        </Link>
      </p>
      <PageHeader title={t("documents.completeness.title")} lead={t("documents.completeness.lead")} />
      <Card>
        <form
          method="get"
          role="search"
          aria-label={t("documents.list.filters")}
          className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
        >
          <FilterSelect
            label={t("documents.fields.plan")}
            name="plan"
            value={plan?.id}
            allLabel={t("documents.completeness.choosePlan")}
            className={control}
            options={plans.map((p) => ({ value: p.id, label: `${p.number} (${p.year})` }))}
          />
          <FilterSelect
            label={t("documents.completeness.kind")}
            name="kind"
            value={query.kind}
            allLabel={t("documents.list.all")}
            className={control}
            options={kinds.map((k) => ({ value: k.code, label: locale === "vi" ? k.nameVi : k.nameEn }))}
          />
          <div>
            <label htmlFor="q" className="field-label">
              {t("documents.list.unitSearch")}
            </label>
            <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={control} />
          </div>
          <label className="flex min-h-11 items-center gap-2 self-end text-sm font-semibold">
            <input
              type="checkbox"
              name="incomplete"
              value="1"
              defaultChecked={query.incomplete === "1"}
              className="size-5"
            />
            {t("documents.completeness.incompleteOnly")}
          </label>
          <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-4">
            <button type="submit" className={buttonClass("primary")}>
              {t("documents.list.apply")}
            </button>
            <Link href="/ho-so/day-du" className={buttonClass("secondary")}>
              {t("documents.list.reset")}
            </Link>
          </div>
        </form>
      </Card>
      {plan ? (
        <>
          <Card title={t("documents.completeness.summary", { plan: `${plan.number} (${plan.year})` })}>
            <p className="text-sm">{t("documents.completeness.counts", { units: units.length, complete })}</p>
            {canRequest ? (
              <div className="mt-3 max-w-xl">
                <RequestMissingForm planId={plan.id} withComment label={t("documents.completeness.requestAll")} />
              </div>
            ) : null}
          </Card>
          <Card>
            {units.length ? (
              <CompletenessTable units={units} planId={plan.id} canRequest={canRequest} t={t} locale={locale} />
            ) : (
              <p>{t("documents.completeness.noUnits")}</p>
            )}
          </Card>
        </>
      ) : (
        <p>{t("documents.completeness.noPlan")}</p>
      )}
    </div>
  );
}
