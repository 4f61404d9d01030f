import { SoftLinks } from "@/components/ui/soft-links";
import { Table, Th } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n";
import type { InspectionRow } from "@/lib/inspections/loaders";
import { inspectionRowsHtml } from "./inspection-rows-html";

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
        <tbody dangerouslySetInnerHTML={{ __html: inspectionRowsHtml(rows, t, { showPlan, selectName }) }} />
      </Table>
    </SoftLinks>
  );
}
