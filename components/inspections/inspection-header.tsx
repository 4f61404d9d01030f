import Link from "next/link";
import { PageHeader } from "@/components/ui/card";
import type { Translate } from "@/lib/i18n";
import type { InspectionDetail } from "@/lib/inspections/loaders";
import { formatDate } from "@/lib/i18n/format";
import { InspectionStatusBadge } from "./status-badge";

/** Title, status and the sub-pages of one inspection (checklist, conclusion, the printable minutes). */
export function InspectionHeader({
  inspection,
  t,
  current,
}: {
  inspection: InspectionDetail;
  t: Translate;
  current: "" | "ket-luan";
}) {
  const tabs = [
    { href: `/kiem-tra/${inspection.id}`, label: t("inspections.tabs.checklist"), slug: "" },
    { href: `/kiem-tra/${inspection.id}/ket-luan`, label: t("inspections.tabs.conclusion"), slug: "ket-luan" },
    { href: `/kiem-tra/${inspection.id}/bien-ban`, label: t("inspections.tabs.record"), slug: "bien-ban" },
  ];
  return (
    <>
      <p>
        <Link href="/kiem-tra" className="text-blue-800 underline">
          ← {t("inspections.back")}
        </Link>
      </p>
      <PageHeader
        title={`${inspection.agency.name} — ${t(`inspections.kinds.${inspection.kind}`)}`}
        lead={`${t("inspections.plan")} ${t("inspections.planVersion", { number: inspection.plan.number, version: inspection.plan.version })} · ${t("inspections.standard")}: ${t(`standardVersion.${inspection.standardVersion}`)}`}
      >
        <div className="flex flex-wrap items-center gap-2">
          <InspectionStatusBadge status={inspection.status} label={t(`inspections.statuses.${inspection.status}`)} />
          {inspection.signedOffAt ? (
            <span className="text-sm text-slate-700">
              {t("inspections.signOff.signedBy", {
                date: formatDate(inspection.signedOffAt),
                name: inspection.names[inspection.signedOffById ?? ""] ?? "",
              })}
            </span>
          ) : null}
        </div>
      </PageHeader>
      <nav aria-label={t("inspections.tabs.label")} className="mb-6 border-b border-slate-300">
        <ul className="flex flex-wrap gap-1">
          {tabs.map((tab) => (
            <li key={tab.slug}>
              <Link
                href={tab.href}
                aria-current={tab.slug === current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center px-4 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-amber-500 ${tab.slug === current ? "border-b-4 border-blue-800 text-blue-900" : "text-slate-700 hover:text-blue-800"}`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
