import type { Metadata } from "next";
import { AuditList } from "@/components/audit/audit-list";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { auditEventTypes, loadAuditLogPage } from "@/lib/audit/loaders";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("audit.title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ type?: string; page?: string }> }) {
  const [{ type, page, events, pages }, t] = await Promise.all([loadAuditLogPage(searchParams), getTranslator()]);
  const href = (p: number) =>
    `/quan-tri/nhat-ky?${new URLSearchParams({ ...(type ? { type } : {}), page: String(p) })}`;
  return (
    <div>
      <PageHeader title={t("audit.title")} lead={t("audit.lead")} />
      <Card>
        <form className="mb-4 flex flex-wrap items-end gap-3" method="get">
          <div>
            <label htmlFor="type" className="field-label">
              {t("audit.filterType")}
            </label>
            <select
              id="type"
              name="type"
              defaultValue={type ?? ""}
              className="min-h-11 rounded-md border border-slate-500 px-3"
            >
              <option value="">{t("audit.allTypes")}</option>
              {auditEventTypes.map((value) => (
                <option key={value} value={value}>
                  {t.raw(`audit.types.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            {t("audit.filter")}
          </button>
        </form>
        <AuditList events={events} empty={t("audit.empty")} />
        <Pagination
          page={page}
          pages={pages}
          href={href}
          labels={{ previous: t("audit.previous"), next: t("audit.next"), status: t("common.page", { page, pages }) }}
        />
      </Card>
    </div>
  );
}
