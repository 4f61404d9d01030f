import { SoftLinks } from "@/components/ui/soft-links";
import { Table, Th } from "@/components/ui/table";
import type { FindingListItem } from "@/lib/findings/loaders";
import type { Translate } from "@/lib/i18n";
import { findingRowsHtml } from "./finding-rows-html";

/** One page of findings: unit, record, number ("lặp lại" when a repeat), clause, severity, description excerpt, due date, status. */
export function FindingsTable({
  findings,
  today,
  t,
  caption,
}: {
  findings: FindingListItem[];
  today: Date;
  t: Translate;
  caption?: string;
}) {
  return (
    <SoftLinks>
      <Table caption={caption ?? t("findings.title")}>
        <thead>
          <tr>
            <Th>{t("findings.columns.unit")}</Th>
            <Th>{t("findings.columns.inspection")}</Th>
            <Th className="text-right">{t("findings.columns.number")}</Th>
            <Th>{t("findings.columns.clause")}</Th>
            <Th>{t("findings.columns.severity")}</Th>
            <Th>{t("findings.columns.description")}</Th>
            <Th>{t("findings.columns.dueDate")}</Th>
            <Th>{t("findings.columns.status")}</Th>
          </tr>
        </thead>
        <tbody dangerouslySetInnerHTML={{ __html: findingRowsHtml(findings, today, t) }} />
      </Table>
    </SoftLinks>
  );
}
