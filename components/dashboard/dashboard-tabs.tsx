import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { dashboardHref, trendHref, type DashboardRegion } from "@/lib/dashboard/schema";

/** The dashboard's two views of the same region and day: one year, and every year. */
export function DashboardTabs(props: {
  t: Translate;
  current: "year" | "trend";
  year?: number;
  asOf?: string | null;
  region?: DashboardRegion | null;
}) {
  const { t } = props;
  const tabs = [
    {
      key: "year",
      label: props.year ? t("dashboard.tabs.year", { year: props.year }) : t("dashboard.tabs.yearAny"),
      href: props.year ? dashboardHref({ year: props.year, asOf: props.asOf, region: props.region }) : "/tong-quan",
    },
    { key: "trend", label: t("dashboard.tabs.trend"), href: trendHref({ asOf: props.asOf, region: props.region }) },
  ] as const;
  return (
    <nav aria-label={t("dashboard.tabs.label")} className="border-b border-slate-300 print:hidden">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={props.current === tab.key ? "page" : undefined}
              className={
                props.current === tab.key
                  ? "inline-flex min-h-11 items-center border-b-4 border-blue-800 px-4 font-semibold text-slate-900"
                  : "inline-flex min-h-11 items-center border-b-4 border-transparent px-4 text-blue-800 underline hover:border-slate-400"
              }
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
