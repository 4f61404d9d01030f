import { Card } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import { getTranslator } from "@/lib/i18n/server";
import type { PaperItem } from "@/lib/plans/papers/list";
import { PaperNumberForm } from "./paper-number-form";

const stateTone = {
  DRAFT: "bg-amber-100 text-amber-950 ring-1 ring-amber-700",
  ISSUED: "bg-green-100 text-green-900 ring-1 ring-green-700",
};

/** One paper: its number, date and state, its downloads (links ending in the file name), and DOST's form while it is a draft. */
export async function PaperCard({ planId, item }: { planId: string; item: PaperItem }) {
  const t = await getTranslator();
  const name = t(`planPapers.kinds.${item.kind}`);
  const state = item.issued ? "ISSUED" : "DRAFT";
  const fileLabel = (f: PaperItem["files"][number]) =>
    f.format === "zip"
      ? t("planPapers.files.zip", { count: f.count ?? 0 })
      : f.format === "docx" && item.kind === "REQUEST_LETTER" && (item.files[0]?.count ?? 0) > 1
        ? t("planPapers.files.mergedDocx", { count: item.files[0]!.count! })
        : t(`planPapers.files.${f.format}`);
  return (
    <Card
      title={name}
      action={
        // A live region: issuing removes the form (and its message), so the changed state is what is announced.
        <span role="status" className={`rounded px-2 py-0.5 text-sm font-semibold ${stateTone[state]}`}>
          {t(`planPapers.states.${state}`)}
        </span>
      }
    >
      {item.request ? (
        <p className="mb-3 text-slate-800">
          {t("planPapers.correctionFor", {
            unit: item.request.unitName,
            date: formatDate(item.request.at),
            categories: item.request.categories.map((c) => t(`documents.categories.${c}`)).join(", "),
          })}
        </p>
      ) : null}
      <DescriptionList
        rows={[
          [t("planPapers.number"), item.number ?? t("planPapers.noNumber")],
          [t("planPapers.date"), item.date ? formatCalendarDate(item.date) : t("planPapers.noDate")],
        ]}
      />
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <span className="text-sm font-semibold text-slate-900">{t("planPapers.files.label")}:</span>
        {item.files.map((f) => (
          <a
            key={f.href}
            href={f.href}
            download
            aria-label={t("planPapers.files.download", { paper: name, format: fileLabel(f) })}
            className="inline-flex min-h-11 items-center rounded-md border border-blue-800 px-3 text-sm font-semibold text-blue-900 hover:bg-blue-50 focus-visible:outline-3 focus-visible:outline-amber-500"
          >
            {fileLabel(f)}
          </a>
        ))}
      </div>
      {item.kind === "PLAN" ? <p className="mt-3 text-sm text-slate-700">{t("planPapers.planNote")}</p> : null}
      {item.kind === "TEAM_DECISION" && item.form ? (
        <p className="mt-3 text-sm text-slate-700">{t("planPapers.teamNote")}</p>
      ) : null}
      {item.form ? (
        <div className="mt-4 border-t border-slate-200 pt-4">
          <PaperNumberForm
            planId={planId}
            kind={item.kind as Exclude<PaperItem["kind"], "PLAN">}
            recordRequestId={item.request?.id}
            paper={item.request ? `${name} — ${item.request.unitName}` : name}
            number={item.number ?? ""}
            date={item.date ? formatCalendarDate(item.date) : ""}
            lockVersion={item.form.lockVersion}
            canIssue={item.form.canIssue}
            issueRefusal={item.form.issueRefusal ? t.raw(item.form.issueRefusal) : null}
          />
        </div>
      ) : null}
    </Card>
  );
}
