import type { Metadata } from "next";
import Link from "next/link";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { getTranslator } from "@/lib/i18n/server";
import { loadPlanDiffPage, planTabs } from "@/lib/plans/loaders";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.workflow.compare") };
}

const showDate = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCalendarDate(new Date(`${value}T00:00:00Z`)) : (value ?? "—");

/** What an amendment changes compared with the version it amends. */
export default async function PlanDiffPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, plan, previous, t, diff } = await loadPlanDiffPage(params);
  const label = (field: string) =>
    field.startsWith("milestone.")
      ? t.raw(`plans.milestone.${field.slice(10)}`)
      : t.raw(field === "title" ? "plans.titleField" : `plans.${field}`);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/ke-hoach/${plan.id}`} className="text-blue-800 underline">
          ← {plan.number}
        </Link>
      </p>
      <PageHeader
        title={t("plans.diff.title", { version: previous.version })}
        lead={`${plan.number} — ${t("plans.version", { version: plan.version })}`}
      />
      <PlanTabs planId={plan.id} current="so-sanh" tabs={planTabs(t, actor, plan)} />
      {diff.unchanged ? <p>{t("plans.diff.none")}</p> : null}
      {diff.fields.length ? (
        <Card>
          <Table caption={t("plans.diff.title", { version: previous.version })}>
            <thead>
              <tr>
                <Th>{t("plans.diff.field")}</Th>
                <Th>{t("plans.diff.from")}</Th>
                <Th>{t("plans.diff.to")}</Th>
              </tr>
            </thead>
            <tbody>
              {diff.fields.map((f) => (
                <tr key={f.field}>
                  <td className="font-semibold">{label(f.field)}</td>
                  <td className="whitespace-pre-line bg-red-50">{showDate(f.from)}</td>
                  <td className="whitespace-pre-line bg-green-50">{showDate(f.to)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      ) : null}
      {diff.targets.length ? (
        <Card title={t("plans.diff.targets")}>
          <Table caption={t("plans.diff.targets")}>
            <thead>
              <tr>
                <Th>{t("plans.scope.unit")}</Th>
                <Th>{t("plans.diff.from")}</Th>
                <Th>{t("plans.diff.to")}</Th>
              </tr>
            </thead>
            <tbody>
              {diff.targets.map((d) => (
                <tr key={d.agency.code}>
                  <td>
                    {d.agency.name} ({d.agency.code})
                  </td>
                  <td>{t.raw(`plans.diff.track.${d.from}`)}</td>
                  <td>{t.raw(`plans.diff.track.${d.to}`)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      ) : null}
      {diff.members.added.length || diff.members.removed.length ? (
        <Card title={t("plans.team.title")}>
          <ul className="list-disc pl-6 text-sm">
            {diff.members.added.map((m) => (
              <li key={`a${m.name}`}>
                {t("plans.diff.added")}: {m.name} ({t.raw(`plans.team.roles.${m.role}`)})
              </li>
            ))}
            {diff.members.removed.map((m) => (
              <li key={`r${m.name}`}>
                {t("plans.diff.removedMembers")}: {m.name} ({t.raw(`plans.team.roles.${m.role}`)})
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
