import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditList } from "@/components/audit/audit-list";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { auditEventSchemas } from "@/lib/audit/schema";
import { listAuditEvents } from "@/lib/audit/data";
import { scopeFor } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("audit.title") };
}

const types = Object.keys(auditEventSchemas);

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ type?: string; page?: string }> }) {
  const actor = await requireActor();
  if (actor.role !== "DOST_ADMIN") notFound();
  const [params, t] = await Promise.all([searchParams, getTranslator()]);
  const type = params.type && types.includes(params.type) ? params.type : undefined;
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  const { events, pages } = await listAuditEvents(scopeFor(actor), { type, page });
  const href = (p: number) =>
    `/quan-tri/nhat-ky?${new URLSearchParams({ ...(type ? { type } : {}), page: String(p) })}`;
  return (
    <div>
      <PageHeader title={t("audit.title")} lead={t("audit.lead")} />
      <Card>
        <form className="mb-4 flex flex-wrap items-end gap-3" method="get">
          <div>
            <label htmlFor="type" className="block text-sm font-semibold">
              {t("audit.filterType")}
            </label>
            <select
              id="type"
              name="type"
              defaultValue={type ?? ""}
              className="min-h-11 rounded-md border border-slate-500 px-3"
            >
              <option value="">{t("audit.allTypes")}</option>
              {types.map((value) => (
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
