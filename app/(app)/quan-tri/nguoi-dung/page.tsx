import type { Metadata } from "next";
import Link from "next/link";
import { CreateUserForm } from "@/components/users/create-user-form";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Th } from "@/components/ui/table";
import { roles } from "@/lib/auth/roles";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { loadUsersPage } from "@/lib/users/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("users.title") };
}

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [{ query, users, total, pages, agencies }, t] = await Promise.all([
    loadUsersPage(searchParams),
    getTranslator(),
  ]);
  const href = (page: number) =>
    `/quan-tri/nguoi-dung?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.role ? { role: query.role } : {}), page: String(page) })}`;

  return (
    <div className="space-y-6">
      <PageHeader title={t("users.title")} lead={t("users.lead")} />
      <Card title={t("users.create")}>
        <CreateUserForm agencies={agencies} />
      </Card>
      <Card title={t("users.count", { count: formatNumber(total) })}>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search">
          <div className="min-w-64 flex-1">
            <label htmlFor="q" className="field-label">
              {t("users.search")}
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={query.q ?? ""}
              className="min-h-11 w-full rounded-md border border-slate-500 px-3"
            />
          </div>
          <div>
            <label htmlFor="role-filter" className="field-label">
              {t("users.role")}
            </label>
            <select
              id="role-filter"
              name="role"
              defaultValue={query.role ?? ""}
              className="min-h-11 rounded-md border border-slate-500 px-3"
            >
              <option value="">{t("users.allRoles")}</option>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            {t("users.searchSubmit")}
          </button>
        </form>
        {users.length ? (
          <Table caption={t("users.title")}>
            <thead>
              <tr>
                <Th>{t("users.name")}</Th>
                <Th>{t("users.email")}</Th>
                <Th>{t("users.role")}</Th>
                <Th>{t("users.agency")}</Th>
                <Th>{t("users.status")}</Th>
                <Th>{t("users.lastSignIn")}</Th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <td>
                    <Link href={`/quan-tri/nguoi-dung/${user.id}`} className="font-medium text-blue-800 underline">
                      {user.name}
                    </Link>
                  </td>
                  <td className="break-all">{user.email}</td>
                  <td>{t(`roles.${user.role}`)}</td>
                  <td>{user.agency?.name ?? "—"}</td>
                  <td>
                    <span className={user.status === "ACTIVE" ? "text-green-800" : "font-semibold text-red-800"}>
                      {t(`users.${user.status}`)}
                    </span>
                  </td>
                  <td className="whitespace-nowrap">
                    {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t("users.never")}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p>{t("users.empty")}</p>
        )}
        <Pagination
          page={query.page}
          pages={pages}
          href={href}
          labels={{
            previous: t("audit.previous"),
            next: t("audit.next"),
            status: t("common.page", { page: query.page, pages }),
          }}
        />
      </Card>
    </div>
  );
}
