import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanForm } from "@/components/plans/plan-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listProvincialAgencies } from "@/lib/plans/data";
import { canEditPlan } from "@/lib/plans/policy";
import { todayInVietnam, formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.create") };
}

const defaultLegalBases = [
  "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ",
  "Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ Khoa học và Công nghệ",
].join("\n");

export default async function NewPlanPage() {
  const actor = await requireActor();
  if (!canEditPlan(actor, "create")) notFound();
  const [t, agencies] = await Promise.all([getTranslator(), listProvincialAgencies()]);
  const dost = agencies.find((a) => a.name === "Sở Khoa học và Công nghệ");
  const partners = agencies.filter((a) => a.name === "Sở Nội vụ" || a.name === "Sở Tư pháp");
  const today = todayInVietnam();
  return (
    <div className="space-y-6">
      <p>
        <Link href="/ke-hoach" className="text-blue-800 underline">
          ← {t("plans.back")}
        </Link>
      </p>
      <PageHeader title={t("plans.create")} lead={t("plans.lead")} />
      <Card>
        <PlanForm
          agencies={agencies.map((a) => ({ value: a.id, label: a.name }))}
          coordinatorOptions={agencies
            .filter((a) => a.id !== dost?.id)
            .map((a) => ({ value: a.id, label: a.name }))
            .sort(
              (a, b) =>
                Number(partners.every((p) => p.id !== a.value)) - Number(partners.every((p) => p.id !== b.value)),
            )}
          values={{
            year: String(today.getUTCFullYear()),
            issuedOn: formatCalendarDate(today),
            legalBases: defaultLegalBases,
            leadAgencyId: dost?.id ?? "",
            coordinatorIds: partners.map((p) => p.id),
          }}
        />
      </Card>
    </div>
  );
}
