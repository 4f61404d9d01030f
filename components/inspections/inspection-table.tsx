import Link from "next/link";
import { Table, Th } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n";
import type { InspectionRow } from "@/lib/inspections/loaders";
import { InspectionStatusBadge } from "./status-badge";

/**
 * The body's cells styled as Td, from the row group: a page of rows repeats no class in the HTML or the RSC payload
 * (the /kiem-tra list is measured against a session-only page in `npm run bench`).
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
      <tbody className={rowCells}>
        {rows.map((r) => (
          <tr key={r.id}>
            {selectName ? (
              <td>
                <input
                  type="checkbox"
                  name={selectName}
                  value={r.id}
                  form="bulk-assign"
                  disabled={r.status === "SIGNED_OFF"}
                  className="size-5"
                  aria-label={t("inspections.assign.choose", {
                    unit: r.agency.name,
                    kind: t(`inspections.kinds.${r.kind}`),
                  })}
                />
              </td>
            ) : null}
            <td>
              <Link href={`/kiem-tra/${r.id}`} className="font-medium text-blue-800 underline">
                {r.agency.name}
              </Link>
            </td>
            {showPlan ? (
              <td>{t("inspections.planVersion", { number: r.plan.number, version: r.plan.version })}</td>
            ) : null}
            <td>{t(`inspections.kinds.${r.kind}`)}</td>
            <td>
              <InspectionStatusBadge status={r.status} label={t(`inspections.statuses.${r.status}`)} />
            </td>
            <td className="tabular-nums">
              {t("inspections.progressValue", { done: r.assessed, total: r._count.items })}
            </td>
            <td className="tabular-nums">{r._count.findings}</td>
            <td>{r.assignees.map((a) => a.member.user.name).join(", ") || t("inspections.nobody")}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
