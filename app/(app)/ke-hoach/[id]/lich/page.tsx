import type { Metadata } from "next";
import Link from "next/link";
import { PlanPageTop } from "@/components/plans/plan-page-top";
import { RemoveVisitButton, VisitForm } from "@/components/plans/visit-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { calendarDay, formatCalendarDate, vietnamTime } from "@/lib/dates";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { isOfficer } from "@/lib/auth/roles";
import { loadPlanPage, planTabs } from "@/lib/plans/loaders";
import { canEditPlan } from "@/lib/plans/policy";
import { scheduleMonth, visitFormTimes } from "@/lib/plans/schedule/calendar";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.schedule.title") };
}

export default async function PlanSchedulePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ month?: string; edit?: string }>;
}) {
  const { actor, plan, t } = await loadPlanPage(params);
  const query = await searchParams;
  const editable = canEditPlan(actor, "editSchedule", plan);
  const calendar = scheduleMonth({
    visits: plan.visits,
    onSiteStart: plan.milestones.find((m) => m.kind === "ONSITE_START")?.date,
    planYear: plan.year,
    month: query.month,
  });
  const conflicted = new Set(plan.conflicts.flatMap((c) => c.visitIds));
  const editing = plan.visits.find((v) => v.id === query.edit);
  const onSiteTargets = plan.targets
    .filter((target) => target.onSite)
    .map((target) => ({ value: target.id, label: target.agency.name }));
  const members = plan.members.map((m) => ({
    value: m.id,
    label: `${m.user.name} (${t(`plans.team.roles.${m.role}`)})`,
  }));
  const weekdays = t("plans.schedule.weekdays").split(",");
  return (
    <div className="space-y-6">
      <PlanPageTop
        backLabel={t("plans.back")}
        title={`${plan.number} — ${t("plans.schedule.title")}`}
        lead={plan.title}
        planId={plan.id}
        current="lich"
        tabs={planTabs(t, actor, plan)}
      />
      {plan.isSample && plan.visits.length ? <Alert tone="info">{t("plans.sampleTeam")}</Alert> : null}
      {plan.conflicts.length ? (
        <Alert tone="error">
          <p className="font-semibold">{t("plans.schedule.conflicts")}</p>
          <ul className="list-disc pl-5">
            {plan.conflicts.map((c, i) => (
              <li key={i}>
                {c.kind === "inspectorDoubleBooked"
                  ? t("plans.schedule.inspectorDoubleBooked", {
                      name: c.memberName,
                      day: formatCalendarDate(calendarDay(c.day)),
                    })
                  : t("plans.schedule.unitVisitedTwice", { name: c.agencyName })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Card title={t("plans.schedule.calendar")}>
        <div className="mb-3 flex items-center justify-between gap-2">
          <Link
            className="rounded-md px-3 py-2 text-blue-800 underline"
            href={`/ke-hoach/${plan.id}/lich?month=${calendar.previous}`}
          >
            ← {t("plans.schedule.previousMonth")}
          </Link>
          <h2 className="text-lg font-semibold">
            {t("plans.schedule.month", { month: calendar.month, year: calendar.year })}
          </h2>
          <Link
            className="rounded-md px-3 py-2 text-blue-800 underline"
            href={`/ke-hoach/${plan.id}/lich?month=${calendar.next}`}
          >
            {t("plans.schedule.nextMonth")} →
          </Link>
        </div>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[42rem] table-fixed border-collapse text-sm">
            <caption className="sr-only">
              {t("plans.schedule.month", { month: calendar.month, year: calendar.year })}
            </caption>
            <thead>
              <tr>
                {weekdays.map((d) => (
                  <th key={d} scope="col" className="border border-slate-300 bg-slate-100 p-1">
                    {d}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {calendar.weeks.map((week, w) => (
                <tr key={w}>
                  {week.map((cell, i) => (
                    <td key={i} className="h-24 border border-slate-300 p-1 align-top">
                      {cell ? (
                        <>
                          <span className="text-xs text-slate-700">{cell.dayOfMonth}</span>
                          <ul className="space-y-1">
                            {cell.visits.map((v) => (
                              <li
                                key={v.id}
                                className={`rounded px-1 text-xs ${conflicted.has(v.id) ? "bg-red-100 text-red-900 ring-1 ring-red-700" : "bg-blue-50 text-blue-900"}`}
                              >
                                {vietnamTime(v.startsAt)} {v.target.agency.name}
                              </li>
                            ))}
                          </ul>
                        </>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title={t("plans.schedule.list")}>
        {plan.visits.length ? (
          <Table caption={t("plans.schedule.list")}>
            <thead>
              <tr>
                <Th>{t("plans.schedule.date")}</Th>
                <Th>{t("plans.schedule.unit")}</Th>
                <Th>{t("plans.schedule.members")}</Th>
                <Th>{t("plans.schedule.note")}</Th>
                {editable ? (
                  <Th>
                    <span className="sr-only">{t("plans.schedule.edit")}</span>
                  </Th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {plan.visits.map((v) => (
                <tr key={v.id} className={conflicted.has(v.id) ? "bg-red-50" : undefined}>
                  <td className="whitespace-nowrap">
                    {formatDateTime(v.startsAt)} – {vietnamTime(v.endsAt)}
                  </td>
                  <td>{v.target.agency.name}</td>
                  <td>{v.members.map((m) => m.member.user.name).join(", ") || "—"}</td>
                  <td>{v.note ?? ""}</td>
                  {editable ? (
                    <td className="whitespace-nowrap">
                      <Link
                        className="text-blue-800 underline"
                        href={`/ke-hoach/${plan.id}/lich?edit=${v.id}`}
                        aria-label={`${t("plans.schedule.edit")}: ${v.target.agency.name}`}
                      >
                        {t("plans.schedule.edit")}
                      </Link>
                      <RemoveVisitButton planId={plan.id} visitId={v.id} label={v.target.agency.name} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p>{isOfficer(actor) ? t("plans.schedule.noVisit") : t("plans.schedule.empty")}</p>
        )}
      </Card>
      {editable && onSiteTargets.length ? (
        <Card title={editing ? `${t("plans.schedule.edit")}: ${editing.target.agency.name}` : t("plans.schedule.add")}>
          <VisitForm
            key={editing?.id ?? "new"}
            planId={plan.id}
            targets={onSiteTargets}
            members={members}
            values={
              editing
                ? {
                    visitId: editing.id,
                    targetId: editing.targetId,
                    ...visitFormTimes(editing),
                    note: editing.note ?? "",
                    memberIds: editing.members.map((m) => m.memberId),
                  }
                : { targetId: onSiteTargets[0]!.value, date: "", start: "08:00", end: "11:00", note: "", memberIds: [] }
            }
          />
        </Card>
      ) : null}
    </div>
  );
}
