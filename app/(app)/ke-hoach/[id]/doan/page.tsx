import type { Metadata } from "next";
import { PlanPageTop } from "@/components/plans/plan-page-top";
import { AddMemberForm, RemoveMemberButton } from "@/components/plans/team-forms";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { getTranslator } from "@/lib/i18n/server";
import { loadPlanTeamPage, planTabs } from "@/lib/plans/loaders";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.team.title") };
}

export default async function PlanTeamPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, plan, t, editable, candidates } = await loadPlanTeamPage(params);
  return (
    <div className="space-y-6">
      <PlanPageTop
        backLabel={t("plans.back")}
        title={`${plan.number} — ${t("plans.team.title")}`}
        lead={
          plan.teamDecisionNumber
            ? `${t("plans.teamDecision")}: ${plan.teamDecisionNumber} (${formatCalendarDate(plan.teamDecisionDate)})`
            : plan.title
        }
        planId={plan.id}
        current="doan"
        tabs={planTabs(t, actor, plan)}
      />
      {plan.isSample && plan.members.length ? <Alert tone="info">{t("plans.sampleTeam")}</Alert> : null}
      <Card title={t("plans.team.title")}>
        {plan.members.length ? (
          <Table caption={t("plans.team.title")}>
            <thead>
              <tr>
                <Th>{t("plans.team.member")}</Th>
                <Th>{t("plans.team.role")}</Th>
                <Th>{t("plans.team.agency")}</Th>
                {editable ? (
                  <Th>
                    <span className="sr-only">{t("plans.team.remove")}</span>
                  </Th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {plan.members.map((m) => (
                <tr key={m.id}>
                  <td>{m.user.name}</td>
                  <td>{t(`plans.team.roles.${m.role}`)}</td>
                  <td>{m.user.agency?.name ?? "—"}</td>
                  {editable ? (
                    <td>
                      <RemoveMemberButton planId={plan.id} memberId={m.id} name={m.user.name} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p>{t("plans.team.empty")}</p>
        )}
      </Card>
      {editable && candidates.length ? (
        <Card title={t("plans.team.add")}>
          <AddMemberForm
            planId={plan.id}
            people={candidates.map((u) => ({
              value: u.id,
              label: `${u.name} — ${t(`roles.${u.role}`)}${u.agency ? `, ${u.agency.name}` : ""}`,
            }))}
          />
        </Card>
      ) : null}
    </div>
  );
}
