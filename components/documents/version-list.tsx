import Link from "next/link";
import { Table, Th } from "@/components/ui/table";
import type { RecordDetail } from "@/lib/documents/loaders";
import type { Locale, Translate } from "@/lib/i18n";
import { formatDateTime, formatFileSize } from "@/lib/i18n/format";
import { coverage } from "./coverage";
import { ReviewBadge } from "./status-badge";

type Version = RecordDetail["versions"][number];

/** Every version, newest first, each with its files (name, size, type, SHA-256, uploader, time) and its review. */
export function VersionList({
  record,
  selected,
  t,
  locale,
}: {
  record: RecordDetail;
  selected: number;
  t: Translate;
  locale: Locale;
}) {
  return (
    <ol className="space-y-4">
      {record.versions.map((v) => (
        <li
          key={v.id}
          className={`rounded-md border p-3 ${v.number === selected ? "border-blue-800 bg-blue-50/40" : "border-slate-300"}`}
        >
          <VersionHeader record={record} version={v} t={t} />
          {v.files.length ? (
            <div className="mt-2">
              <Table caption={t("documents.record.filesOf", { version: v.number })}>
                <thead>
                  <tr>
                    <Th>{t("documents.record.fileName")}</Th>
                    <Th className="text-right">{t("documents.record.size")}</Th>
                    <Th>{t("documents.record.type")}</Th>
                    <Th>SHA-256</Th>
                    <Th>{t("documents.record.uploadedBy")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {v.files.map((f) => (
                    <tr key={f.id}>
                      <td className="break-all">
                        <a className="text-blue-800 underline" href={`/api/ho-so/tep/${f.id}`} download={f.fileName}>
                          {f.fileName}
                        </a>
                      </td>
                      <td className="whitespace-nowrap text-right tabular-nums">{formatFileSize(f.size, locale)}</td>
                      <td className="whitespace-nowrap">{f.contentType}</td>
                      <td>
                        <abbr title={f.sha256} className="font-mono text-xs no-underline">
                          {f.sha256.slice(0, 12)}…
                        </abbr>
                      </td>
                      <td>
                        {record.people[f.uploadedById] ?? "—"}
                        <span className="block text-xs text-slate-700">{formatDateTime(f.createdAt)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          ) : null}
          {v.number !== selected ? (
            <p className="mt-2 text-sm">
              <Link className="text-blue-800 underline" href={`/ho-so/${record.id}?phien-ban=${v.number}`}>
                {t("documents.record.show", { version: v.number })}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function VersionHeader({ record, version: v, t }: { record: RecordDetail; version: Version; t: Translate }) {
  const superseded = v.status === "SUBMITTED" && v.number < record.latestVersion;
  return (
    <div className="space-y-1 text-sm">
      <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold">
        {t("documents.record.version", { version: v.number })}
        <ReviewBadge
          status={v.status}
          superseded={superseded}
          label={superseded ? t("documents.statuses.SUPERSEDED") : t(`documents.statuses.${v.status}`)}
        />
      </h3>
      <p>
        {t("documents.record.submittedBy", {
          name: record.people[v.uploadedById] ?? "—",
          time: formatDateTime(v.createdAt),
        })}
      </p>
      <p>
        {t("documents.list.covers")}: {coverage(v)}
      </p>
      {v.note ? (
        <p className="whitespace-pre-line">
          {t("documents.fields.note")}: {v.note}
        </p>
      ) : null}
      {v.reviewedAt ? (
        <p>
          {t("documents.record.reviewedBy", {
            name: v.reviewedById ? (record.people[v.reviewedById] ?? "—") : "—",
            time: formatDateTime(v.reviewedAt),
          })}
          {v.reviewComment ? <span className="block whitespace-pre-line font-medium">{v.reviewComment}</span> : null}
        </p>
      ) : null}
    </div>
  );
}
