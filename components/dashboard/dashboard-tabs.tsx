import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import {
  dashboardHref,
  dashboardSections,
  trendHref,
  type DashboardPart,
  type DashboardRegion,
} from "@/lib/dashboard/schema";

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
  return <TabLinks label={t("dashboard.tabs.label")} tabs={tabs} current={props.current} />;
}

const partTitle = {
  progress: "dashboard.progress.title",
  results: "dashboard.results.title",
  findings: "dashboard.findings.title",
  corrective: "dashboard.corrective.title",
  all: "dashboard.parts.all",
} as const;

/**
 * The parts of the year's page, one view each (a leader reads one part at a time, and each loads on its own); "all"
 * shows every part at once, to read through or print.
 */
export function DashboardPartTabs({
  t,
  current,
  hrefOf,
}: {
  t: Translate;
  current: DashboardPart;
  hrefOf: (part: DashboardPart) => string;
}) {
  const tabs = [...dashboardSections, "all" as const].map((part) => ({
    key: part,
    label: t(partTitle[part]),
    href: hrefOf(part),
  }));
  return <TabLinks label={t("dashboard.parts.label")} tabs={tabs} current={current} />;
}

function TabLinks({
  label,
  tabs,
  current,
}: {
  label: string;
  tabs: readonly { key: string; label: string; href: string }[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="border-b border-slate-300 print:hidden">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={current === tab.key ? "page" : undefined}
              className={
                current === tab.key
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
