import type { Metadata } from "next";
import Link from "next/link";
import { DraftPanel } from "@/components/checklists/draft-panel";
import { ItemEditor } from "@/components/checklists/item-editor";
import { ItemsTable } from "@/components/checklists/items-table";
import { CopyTemplateButton } from "@/components/checklists/copy-template-button";
import { TemplateStatusBadge, UsageBadge } from "@/components/checklists/template-status";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { loadChecklistPage, type ChecklistPageSearch } from "@/lib/checklists/loaders";
import { formatDate } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("checklists.title") };
}

export default async function ChecklistPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<ChecklistPageSearch>;
}) {
  const { template, t, locale, editable, canCopy, kinds, q, items, groups, editing, reason, done } =
    await loadChecklistPage(params, searchParams);
  const base = `/bang-kiem/${template.id}`;
  const withQuery = (extra: Record<string, string>) =>
    `${base}?${new URLSearchParams({ ...(q ? { q } : {}), ...extra })}#bieu-mau`;
  const closeHref = q ? `${base}?${new URLSearchParams({ q })}` : base;
  const standard = t(`checklistStandard.${template.standard}`);
  const notice =
    done?.key === "published"
      ? t("checklists.done.published")
      : done?.key === "removed"
        ? t("checklists.done.itemRemovedCode", { code: done.code })
        : null;

  return (
    <div className="space-y-6">
      <PageHeader title={t("checklists.detailTitle", { standard, version: template.version })} lead={template.title}>
        <Link href="/bang-kiem" className="font-semibold text-blue-800 underline">
          {t("checklists.backToList")}
        </Link>
      </PageHeader>
      <Alert tone="success">{notice}</Alert>
      <Card>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="font-semibold">{t("checklists.status")}</dt>
            <dd className="flex flex-wrap gap-2">
              <TemplateStatusBadge status={template.status} label={t(`checklists.statuses.${template.status}`)} />
              {template.usedAt ? <UsageBadge label={t("checklists.inUse")} /> : null}
            </dd>
            {template.publishedAt ? (
              <>
                <dt className="font-semibold">{t("checklists.publishedAt")}</dt>
                <dd>{formatDate(template.publishedAt)}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("checklists.basedOn")}</dt>
            <dd>
              {template.basedOn ? (
                <Link href={`/bang-kiem/${template.basedOn.id}`} className="text-blue-800 underline">
                  {t("checklists.versionN", { version: template.basedOn.version })}
                </Link>
              ) : (
                "—"
              )}
            </dd>
            {template.copies.length ? (
              <>
                <dt className="font-semibold">{t("checklists.copies")}</dt>
                <dd className="flex flex-wrap gap-3">
                  {template.copies.map((c) => (
                    <Link key={c.id} href={`/bang-kiem/${c.id}`} className="text-blue-800 underline">
                      {t("checklists.versionN", { version: c.version })}
                    </Link>
                  ))}
                </dd>
              </>
            ) : null}
            {template.note ? (
              <>
                <dt className="font-semibold">{t("checklists.draft.note")}</dt>
                <dd className="whitespace-pre-line">{template.note}</dd>
              </>
            ) : null}
          </dl>
          {canCopy ? <CopyTemplateButton fromId={template.id} version={template.version} /> : null}
        </div>
        <div className="mt-4">
          {reason ? (
            <Alert tone="info">
              {reason === "used"
                ? t("checklists.readOnly.used", { date: formatDate(template.usedAt) })
                : t(`checklists.readOnly.${reason}`)}
            </Alert>
          ) : !editable ? (
            <Alert tone="info">{t("checklists.readOnly.draft")}</Alert>
          ) : null}
        </div>
      </Card>

      {editable ? (
        <Card>
          <DraftPanel
            templateId={template.id}
            lockVersion={template.lockVersion}
            title={template.title}
            note={template.note ?? ""}
          />
        </Card>
      ) : null}

      {editing ? (
        <section
          id="bieu-mau"
          className="rounded-lg border border-blue-700 bg-white p-4 shadow-sm sm:p-6"
          aria-labelledby="bieu-mau-title"
        >
          <h2 id="bieu-mau-title" className="mb-3 text-lg font-semibold">
            {editing === "new"
              ? t("checklists.editor.addTitle")
              : t("checklists.editor.editTitle", { code: editing.code })}
          </h2>
          <ItemEditor
            key={editing === "new" ? "new" : editing.id}
            templateId={template.id}
            lockVersion={template.lockVersion}
            item={editing === "new" ? undefined : editing}
            kinds={kinds}
            groups={groups}
            closeHref={closeHref}
          />
        </section>
      ) : null}

      <Card
        title={t("checklists.columns.itemTitle")}
        action={
          editable ? (
            <Link href={withQuery({ muc: "moi" })} className={buttonClass("secondary")}>
              {t("checklists.editor.add")}
            </Link>
          ) : undefined
        }
      >
        <form method="get" action={base} className="mb-4 flex flex-wrap items-end gap-3" role="search">
          <div className="min-w-64 flex-1">
            <label htmlFor="q" className="field-label">
              {t("checklists.filter.label")}
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={q}
              className="block min-h-11 w-full rounded-md border border-slate-500 px-3 py-2"
            />
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            {t("checklists.filter.submit")}
          </button>
          {q ? (
            <Link href={base} className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline">
              {t("checklists.filter.reset")}
            </Link>
          ) : null}
        </form>
        <p className="mb-2 text-sm text-slate-700" aria-live="polite">
          {t("checklists.filter.count", { shown: items.length, total: template.items.length })}
        </p>
        {template.items.length === 0 ? (
          <p>{t("checklists.noItems")}</p>
        ) : items.length === 0 ? (
          <p>{t("checklists.filter.none")}</p>
        ) : (
          <ItemsTable
            t={t}
            locale={locale}
            standard={template.standard}
            items={items}
            total={template.items.length}
            kinds={kinds}
            edit={
              editable
                ? {
                    templateId: template.id,
                    lockVersion: template.lockVersion,
                    href: (itemId) => withQuery({ muc: itemId }),
                  }
                : undefined
            }
          />
        )}
      </Card>
    </div>
  );
}
