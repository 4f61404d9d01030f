import type { Metadata } from "next";
import { AssignForm } from "@/components/inspections/assign-form";
import { Checklist } from "@/components/inspections/checklist";
import { FollowUps } from "@/components/inspections/follow-ups";
import { checklistGroups } from "@/components/inspections/groups";
import { InspectionHeader } from "@/components/inspections/inspection-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { env } from "@/lib/env";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { loadInspectionChecklist } from "@/lib/inspections/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("inspections.checklist.title") };
}

export default async function InspectionPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ inspection, t, can, records, followUps, inspectionSide }, locale] = await Promise.all([
    loadInspectionChecklist(params),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      <InspectionHeader inspection={inspection} t={t} current="" />
      {inspection.status === "SIGNED_OFF" ? (
        <Alert tone="info">{t("inspections.readOnly")}</Alert>
      ) : inspectionSide && !can.fill ? (
        <Alert tone="info">{t("inspections.readOnlyNotMember")}</Alert>
      ) : null}
      {can.assign ? (
        <Card title={t("inspections.assign.title")}>
          <AssignForm
            inspectionId={inspection.id}
            members={inspection.plan.members.map((m) => ({
              value: m.id,
              label: `${m.user.name} (${t(`plans.team.roles.${m.role}`)})`,
            }))}
            assigned={inspection.assignees.map((a) => a.memberId)}
          />
        </Card>
      ) : null}
      {followUps.length ? (
        <Card title={t("inspections.followUp.title")}>
          <FollowUps inspectionId={inspection.id} followUps={followUps} editable={can.fill} />
        </Card>
      ) : null}
      <Card title={t("inspections.checklist.title")}>
        <Checklist
          inspectionId={inspection.id}
          groups={checklistGroups(inspection, locale, t)}
          editable={can.fill}
          maxFileBytes={env().UPLOAD_MAX_BYTES}
          records={records.map((r) => ({
            value: r.id,
            label: t("inspections.evidence.recordVersion", { title: r.record.title, number: r.number }),
          }))}
        />
      </Card>
    </div>
  );
}
