import { SoftLinks } from "@/components/ui/soft-links";
import { Table, Th } from "@/components/ui/table";
import type { RecordListItem } from "@/lib/documents/loaders";
import type { Translate } from "@/lib/i18n";
import { recordRowsHtml } from "./record-rows-html";

/** Records with their status; the queue adds the unit and the submission time, the unit's own list the last comment. */
export function RecordTable({ records, t, queue }: { records: RecordListItem[]; t: Translate; queue: boolean }) {
  return (
    <SoftLinks>
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
        <tbody dangerouslySetInnerHTML={{ __html: recordRowsHtml(records, t, queue) }} />
      </Table>
    </SoftLinks>
  );
}
