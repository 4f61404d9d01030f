import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { AuditList } from "@/components/audit/audit-list";
import { canReadDashboard } from "@/lib/dashboard/policy";
import { ownUnitDashboardHref } from "@/lib/dashboard/unit/links";
import { formatNumber } from "@/lib/i18n/format";
import { loadHomePage } from "@/lib/home/loaders";

/** Each role's home: what that role works on, from live data. */
export default async function HomePage() {
  const { actor, t, locale, ownUnit, registry, agency, users, audit, checklists, unread } = await loadHomePage();
  const unitDashboard = ownUnitDashboardHref(actor);

  return (
    <div className="space-y-6">
      <PageHeader title={t("home.greeting", { name: actor.name })} lead={t(`home.${actor.role}`)} />
      {canReadDashboard(actor) ? (
        <p>
          <Link className="font-semibold text-blue-800 underline" href="/tong-quan">
            {t("dashboard.homeLink")}
          </Link>
        </p>
      ) : null}
      {unitDashboard ? (
        <p>
          <Link className="font-semibold text-blue-800 underline" href={unitDashboard}>
            {t("dashboard.unit.homeLink")}
          </Link>
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        {registry ? (
          <Card
            title={t("home.registryTitle")}
            action={
              <Link className="text-sm font-medium text-blue-800 underline" href="/co-quan">
                {t("nav.agencies")}
              </Link>
            }
          >
            <Table caption={t("home.byKind")}>
              <thead>
                <tr>
                  <Th>{t("home.kind")}</Th>
                  <Th className="text-right">{t("home.total")}</Th>
                  <Th className="text-right">{t("home.mandatory")}</Th>
                  <Th className="text-right">{t("home.encouraged")}</Th>
                  <Th className="text-right">{t("home.unconfirmed")}</Th>
                </tr>
              </thead>
              <tbody>
                {registry.map((row) => (
                  <tr key={row.kind.id}>
                    <td>{locale === "vi" ? row.kind.nameVi : row.kind.nameEn}</td>
                    <td className="text-right tabular-nums">{formatNumber(row.total)}</td>
                    <td className="text-right tabular-nums">{formatNumber(row.mandatory)}</td>
                    <td className="text-right tabular-nums">{formatNumber(row.encouraged)}</td>
                    <td className="text-right tabular-nums">{formatNumber(row.unconfirmed)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
        ) : null}

        {ownUnit ? (
          <Card
            title={t("home.myAgencyTitle")}
            action={
              agency ? (
                <Link className="text-sm font-medium text-blue-800 underline" href={`/co-quan/${agency.id}`}>
                  {t("agencies.detail")}
                </Link>
              ) : undefined
            }
          >
            {agency ? (
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                <dt className="font-semibold">{t("home.code")}</dt>
                <dd>{agency.code}</dd>
                <dt className="font-semibold">{t("users.agency")}</dt>
                <dd>{agency.name}</dd>
                <dt className="font-semibold">{t("home.kind")}</dt>
                <dd>{locale === "vi" ? agency.kind.nameVi : agency.kind.nameEn}</dd>
                {agency.parent ? (
                  <>
                    <dt className="font-semibold">{t("home.parent")}</dt>
                    <dd>{agency.parent.name}</dd>
                  </>
                ) : null}
                <dt className="font-semibold">{t("home.isoRequirement")}</dt>
                <dd>{t(`isoRequirement.${agency.isoRequirement}`)}</dd>
                <dt className="font-semibold">{t("home.standard")}</dt>
                <dd>{t(`standardVersion.${agency.standardVersion}`)}</dd>
              </dl>
            ) : (
              <p>{t("home.noAgency")}</p>
            )}
          </Card>
        ) : null}

        {users ? (
          <Card
            title={t("home.usersTitle")}
            action={
              <Link className="text-sm font-medium text-blue-800 underline" href="/quan-tri/nguoi-dung">
                {t("nav.users")}
              </Link>
            }
          >
            <dl className="grid grid-cols-2 gap-4">
              <div>
                <dt className="text-sm text-slate-700">{t("home.activeUsers")}</dt>
                <dd className="text-3xl font-bold tabular-nums">{formatNumber(users.active)}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-700">{t("home.disabledUsers")}</dt>
                <dd className="text-3xl font-bold tabular-nums">{formatNumber(users.disabled)}</dd>
              </div>
            </dl>
          </Card>
        ) : null}

        {checklists ? (
          <Card
            title={t("home.checklistTitle")}
            action={
              <Link className="text-sm font-medium text-blue-800 underline" href="/bang-kiem">
                {t("nav.checklists")}
              </Link>
            }
          >
            <ul className="space-y-1 text-sm">
              {checklists.map((c) => (
                <li key={c.id} className="flex justify-between gap-4">
                  <span>
                    {t(`checklistStandard.${c.standard}`)} (v{c.version})
                  </span>
                  <span className="tabular-nums text-slate-700">{t("home.checklistItems", { count: c.items })}</span>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}

        <Card
          title={t("home.unreadNotifications")}
          action={
            <Link className="text-sm font-medium text-blue-800 underline" href="/thong-bao">
              {t("nav.notifications")}
            </Link>
          }
        >
          <p className="text-3xl font-bold tabular-nums">{formatNumber(unread)}</p>
        </Card>
      </div>

      {audit ? (
        <Card
          title={t("home.recentActivity")}
          action={
            <Link className="text-sm font-medium text-blue-800 underline" href="/quan-tri/nhat-ky">
              {t("nav.audit")}
            </Link>
          }
        >
          <AuditList events={audit.events} empty={t("home.noActivity")} />
        </Card>
      ) : null}
    </div>
  );
}
