import { SoftLinks } from "@/components/ui/soft-links";
import { Table, Th } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n";
import type { InspectionRow } from "@/lib/inspections/loaders";
import { inspectionRowsHtml } from "@/lib/inspections/list/rows-html";

/**
 * The body's cells styled as Td, from the row group: a page of rows repeats no class. The rows are one HTML string
 * (lib/inspections/list/rows-html.ts) and their links navigate through SoftLinks: a page of rows as React elements
 * with a next/link each cost the /kiem-tra list a third of its server time (measured against a session-only page
 * in `npm run bench`).
 */
const rowCells = "divide-y divide-slate-200 [&>tr>td]:px-3 [&>tr>td]:py-2 [&>tr>td]:align-top [&>tr>td]:text-slate-900";

/** Inspections as rows: unit, plan, form, status, progress, findings, assignees; optionally a tick box per row. */
export function InspectionTable({
  rows,
  t,
  showPlan,
  selectName,
}: {
  rows: InspectionRow[];
  t: Translate;
  showPlan: boolean;
  selectName?: string;
}) {
  return (
    <SoftLinks>
      <Table caption={t("inspections.title")}>
        <thead>
          <tr>
            {selectName ? (
              <Th>
                <span className="sr-only">{t("inspections.assign.bulkButton")}</span>
              </Th>
            ) : null}
            <Th>{t("inspections.unit")}</Th>
            {showPlan ? <Th>{t("inspections.plan")}</Th> : null}
            <Th>{t("inspections.kind")}</Th>
            <Th>{t("inspections.status")}</Th>
            <Th>{t("inspections.progress")}</Th>
            <Th>{t("inspections.findingsCount")}</Th>
            <Th>{t("inspections.assignees")}</Th>
          </tr>
        </thead>
        <tbody
          className={rowCells}
          dangerouslySetInnerHTML={{ __html: inspectionRowsHtml(rows, t, { showPlan, selectName }) }}
        />
      </Table>
    </SoftLinks>
  );
}
