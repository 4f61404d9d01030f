import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { FindingListItem } from "@/lib/findings/loaders";
import type { Translate } from "@/lib/i18n";
import { DueDate } from "./due-date";
import { RepeatBadge } from "./repeat-badge";
import { SeverityBadge } from "./severity-badge";

const excerpt = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);

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
      <tbody className="divide-y divide-slate-200">
        {findings.map((f) => (
          <tr key={f.id}>
            <Td>{f.agency.name}</Td>
            <Td className="whitespace-nowrap">
              <Link href={`/kiem-tra/${f.inspection.id}/bien-ban`} className="text-blue-800 underline">
                {t("findings.inspectionLink", {
                  plan: f.inspection.plan.number,
                  kind: t(`findings.kinds.${f.inspection.kind}`),
                })}
              </Link>
            </Td>
            <Td className="text-right tabular-nums">
              <Link
                href={`/phat-hien/${f.id}`}
                className="font-semibold text-blue-800 underline"
                aria-label={t("findings.detail.title", { number: f.number, unit: f.agency.name })}
              >
                {f.number}
              </Link>
              {f.repeatOfId ? <RepeatBadge label={t("corrective.repeat")} title={t("corrective.repeatTitle")} /> : null}
            </Td>
            <Td>{f.clause}</Td>
            <Td>
              <SeverityBadge severity={f.severity} label={t(`findings.severities.${f.severity}`)} />
            </Td>
            <Td className="max-w-md">{excerpt(f.description)}</Td>
            <Td>
              <DueDate finding={f} today={today} t={t} />
            </Td>
            <Td className="whitespace-nowrap">{t(`findings.statuses.${f.status}`)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
