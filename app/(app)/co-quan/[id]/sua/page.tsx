import type { Metadata } from "next";
import Link from "next/link";
import { AgencyForm } from "@/components/agencies/agency-form";
import { Card, PageHeader } from "@/components/ui/card";
import { loadAgencyEditPage } from "@/lib/agencies/loaders";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("agencies.editTitle") };
}

export default async function EditAgencyPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ agency, kinds, parents }, t, locale] = await Promise.all([
    loadAgencyEditPage(params),
    getTranslator(),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/co-quan/${agency.id}`} className="text-blue-800 underline">
          ← {agency.name}
        </Link>
      </p>
      <PageHeader title={t("agencies.editTitle")} lead={`${agency.code} · ${agency.name}`} />
      <Card>
        <AgencyForm
          kinds={kinds.map((k) => ({ value: k.id, label: locale === "vi" ? k.nameVi : k.nameEn }))}
          parents={parents.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))}
          values={{
            id: agency.id,
            version: String(agency.version),
            name: agency.name,
            shortName: agency.shortName ?? "",
            nameEn: agency.nameEn ?? "",
            kindId: agency.kindId,
            parentId: agency.parentId ?? "",
            group: agency.group ?? "",
            isoRequirement: agency.isoRequirement,
            standardVersion: agency.standardVersion,
            announcementNumber: agency.announcementNumber ?? "",
            announcementDate: formatCalendarDate(agency.announcementDate),
            procedureCount: agency.procedureCount?.toString() ?? "",
            contactName: agency.contactName ?? "",
            contactPhone: agency.contactPhone ?? "",
            contactEmail: agency.contactEmail ?? "",
            note: agency.note ?? "",
            validFrom: formatCalendarDate(agency.validFrom),
            validTo: formatCalendarDate(agency.validTo),
            confirmed: agency.confirmed,
          }}
        />
      </Card>
    </div>
  );
}
