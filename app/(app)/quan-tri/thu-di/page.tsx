import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { loadOutboxPage, outboxStatuses } from "@/lib/audit/loaders";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { publicUrl } from "@/lib/mail/links";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("outbox.title") };
}

/** E-mails written by the app: sent through SMTP when it is configured, kept here otherwise. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const [{ status, rows }, t] = await Promise.all([loadOutboxPage(searchParams), getTranslator()]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("outbox.title")}
        lead={env().SMTP_HOST ? t("outbox.smtpOn", { host: env().SMTP_HOST! }) : t("outbox.smtpOff")}
      />
      {publicUrl() ? null : (
        <p className="rounded-md border border-amber-500 bg-amber-50 p-3 text-amber-950">{t("outbox.noPublicUrl")}</p>
      )}
      <Card>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="status" className="field-label">
              {t("outbox.status")}
            </label>
            <select
              id="status"
              name="status"
              defaultValue={status ?? ""}
              className="min-h-11 rounded-md border border-slate-500 px-3"
            >
              <option value="">{t("outbox.all")}</option>
              {outboxStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`outbox.statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            {t("audit.filter")}
          </button>
        </form>
        {rows.length ? (
          <Table caption={t("outbox.title")}>
            <thead>
              <tr>
                <Th>{t("outbox.createdAt")}</Th>
                <Th>{t("outbox.to")}</Th>
                <Th>{t("outbox.subject")}</Th>
                <Th>{t("outbox.status")}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="whitespace-nowrap">{formatDateTime(row.createdAt)}</td>
                  <td className="break-all">{row.to}</td>
                  <td>
                    <details lang={row.locale}>
                      <summary className="cursor-pointer">{row.subject}</summary>
                      <p className="mt-1 whitespace-pre-line text-slate-800">{row.text}</p>
                    </details>
                  </td>
                  <td>
                    {t(`outbox.statuses.${row.status}`)}
                    {row.sentAt ? <span className="block text-xs">{formatDateTime(row.sentAt)}</span> : null}
                    {row.lastError ? <span className="block text-xs text-red-800">{row.lastError}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p>{t("outbox.empty")}</p>
        )}
      </Card>
    </div>
  );
}
