import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n";
import type { InspectionRow } from "@/lib/inspections/loaders";
import { InspectionStatusBadge } from "./status-badge";

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
      <tbody className="divide-y divide-slate-200">
        {rows.map((r) => (
          <tr key={r.id}>
            {selectName ? (
              <Td>
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
              </Td>
            ) : null}
            <Td>
              <Link href={`/kiem-tra/${r.id}`} className="font-medium text-blue-800 underline">
                {r.agency.name}
              </Link>
            </Td>
            {showPlan ? (
              <Td>{t("inspections.planVersion", { number: r.plan.number, version: r.plan.version })}</Td>
            ) : null}
            <Td>{t(`inspections.kinds.${r.kind}`)}</Td>
            <Td>
              <InspectionStatusBadge status={r.status} label={t(`inspections.statuses.${r.status}`)} />
            </Td>
            <Td className="tabular-nums">
              {t("inspections.progressValue", { done: r.assessed, total: r._count.items })}
            </Td>
            <Td className="tabular-nums">{r._count.findings}</Td>
            <Td>{r.assignees.map((a) => a.member.user.name).join(", ") || t("inspections.nobody")}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
