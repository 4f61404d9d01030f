import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { RecordListItem } from "@/lib/documents/loaders";
import type { Translate } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { ReviewBadge } from "./status-badge";
import { coverage } from "./coverage";

/** Records with their status; the queue adds the unit and the submission time, the unit's own list the last comment. */
export function RecordTable({ records, t, queue }: { records: RecordListItem[]; t: Translate; queue: boolean }) {
  return (
    <Table caption={t("documents.list.caption")}>
      <thead>
        <tr>
          {queue ? <Th>{t("documents.list.unit")}</Th> : null}
          <Th>{t("documents.fields.category")}</Th>
          <Th>{t("documents.fields.title")}</Th>
          <Th>{t("documents.list.covers")}</Th>
          <Th className="text-right">{t("documents.list.version")}</Th>
          <Th>{t("documents.list.status")}</Th>
          <Th>{queue ? t("documents.list.submittedAt") : t("documents.list.lastComment")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {records.map((r) => (
          <tr key={r.id}>
            {queue ? <Td>{r.agency.name}</Td> : null}
            <Td>{t(`documents.categories.${r.category}`)}</Td>
            <Td className="max-w-md">
              <Link href={`/ho-so/${r.id}`} className="font-medium text-blue-800 underline">
                {r.title}
              </Link>
              {r.plan ? (
                <span className="block text-xs text-slate-700">
                  {r.plan.number} ({r.plan.year})
                </span>
              ) : null}
            </Td>
            <Td className="whitespace-nowrap">{r.latest ? coverage(r.latest) : "—"}</Td>
            <Td className="text-right tabular-nums">{r.latestVersion}</Td>
            <Td>
              <ReviewBadge status={r.status} label={t(`documents.statuses.${r.status}`)} />
            </Td>
            <Td className="max-w-xs">{queue ? formatDateTime(r.latest?.createdAt) : (r.lastComment ?? "—")}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
