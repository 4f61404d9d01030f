import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { UnitBadges } from "@/components/agencies/unit-badges";
import { AuditList } from "@/components/audit/audit-list";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { loadAgencyPage } from "@/lib/agencies/loaders";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("agencies.detail") };
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-slate-900">{label}</dt>
      <dd className="text-slate-900">{children || "—"}</dd>
    </>
  );
}

export default async function AgencyPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ agency, history, showList, can }, t, locale] = await Promise.all([
    loadAgencyPage(params),
    getTranslator(),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      {showList ? (
        <p>
          <Link href="/co-quan" className="text-blue-800 underline">
            ← {t("agencies.back")}
          </Link>
        </p>
      ) : null}
      <PageHeader
        title={agency.name}
        lead={`${t("agencies.code")} ${agency.code} · ${locale === "vi" ? agency.kind.nameVi : agency.kind.nameEn}`}
      >
        {can.update ? (
          <Link href={`/co-quan/${agency.id}/sua`} className={buttonClass("primary")}>
            {t("agencies.edit")}
          </Link>
        ) : null}
      </PageHeader>
      <p>
        <UnitBadges confirmed={agency.confirmed} validTo={agency.validTo} t={t} />
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("agencies.detail")}>
          <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
            <Row label={t("agencies.shortName")}>{agency.shortName}</Row>
            <Row label={t("agencies.nameEn")}>{agency.nameEn}</Row>
            <Row label={t("agencies.parent")}>
              {agency.parent ? (
                <Link className="text-blue-800 underline" href={`/co-quan/${agency.parent.id}`}>
                  {agency.parent.name}
                </Link>
              ) : null}
            </Row>
            <Row label={t("agencies.group")}>{agency.group}</Row>
            <Row label={t("agencies.isoRequirement")}>{t(`isoRequirement.${agency.isoRequirement}`)}</Row>
            <Row label={t("agencies.standardVersion")}>{t(`standardVersion.${agency.standardVersion}`)}</Row>
            <Row label={t("agencies.announcementNumber")}>
              {agency.announcementNumber ?? t("agencies.notAnnounced")}
            </Row>
            <Row label={t("agencies.announcementDate")}>{formatCalendarDate(agency.announcementDate)}</Row>
            <Row label={t("agencies.qmsSince")}>{formatCalendarDate(agency.qmsSince)}</Row>
            <Row label={t("agencies.procedureCount")}>{agency.procedureCount?.toString()}</Row>
            <Row label={t("agencies.validFrom")}>{formatCalendarDate(agency.validFrom)}</Row>
            <Row label={t("agencies.validTo")}>
              {agency.validTo ? formatCalendarDate(agency.validTo) : t("agencies.inForce")}
            </Row>
            <Row label={t("agencies.note")}>{agency.note}</Row>
          </dl>
        </Card>
        <Card title={t("agencies.contact")}>
          <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
            <Row label={t("agencies.contactName")}>{agency.contactName}</Row>
            <Row label={t("agencies.contactPhone")}>{agency.contactPhone}</Row>
            <Row label={t("agencies.contactEmail")}>{agency.contactEmail}</Row>
          </dl>
        </Card>
        {agency.predecessors.length || agency.successors.length ? (
          <Card title={`${t("agencies.predecessors")} / ${t("agencies.successors")}`}>
            {agency.predecessors.length ? (
              <>
                <h3 className="font-semibold">{t("agencies.predecessors")}</h3>
                <ul className="mb-3 list-disc pl-6 text-sm">
                  {agency.predecessors.map((link) => (
                    <li key={link.id}>
                      <Link className="text-blue-800 underline" href={`/co-quan/${link.predecessor.id}`}>
                        {link.predecessor.name}
                      </Link>{" "}
                      ({link.predecessor.code}, {t(`agencies.succession.${link.kind}`)},{" "}
                      {formatCalendarDate(link.effectiveDate)})
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {agency.successors.length ? (
              <>
                <h3 className="font-semibold">{t("agencies.successors")}</h3>
                <ul className="list-disc pl-6 text-sm">
                  {agency.successors.map((link) => (
                    <li key={link.id}>
                      <Link className="text-blue-800 underline" href={`/co-quan/${link.successor.id}`}>
                        {link.successor.name}
                      </Link>{" "}
                      ({link.successor.code}, {t(`agencies.succession.${link.kind}`)},{" "}
                      {formatCalendarDate(link.effectiveDate)})
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Card>
        ) : null}
        {agency.children.length ? (
          <Card title={`${t("agencies.children")} (${agency.children.length})`}>
            <ul className="columns-1 text-sm sm:columns-2">
              {agency.children.map((c) => (
                <li key={c.id}>
                  <Link className="text-blue-800 underline" href={`/co-quan/${c.id}`}>
                    {c.name}
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
      <Card title={t("agencies.history")}>
        <AuditList events={history} empty={t("audit.empty")} />
      </Card>
    </div>
  );
}
