import type { RecordCategory } from "@/lib/generated/prisma/enums";
import { Table, Th } from "@/components/ui/table";
import type { UnitCompleteness } from "@/lib/documents/loaders";
import type { Locale, Translate } from "@/lib/i18n";
import { CompletenessBar } from "./completeness-bar";
import { RequestMissingForm } from "./request-missing-form";

/** Completeness of each unit of a plan; reviewers can ask a unit for what it is missing. */
export function CompletenessTable({
  units,
  planId,
  canRequest,
  t,
  locale,
}: {
  units: UnitCompleteness[];
  planId: string;
  canRequest: boolean;
  t: Translate;
  locale: Locale;
}) {
  const list = (items: RecordCategory[]) =>
    items.length ? items.map((c) => t(`documents.categories.${c}`)).join("; ") : "—";
  return (
    <Table caption={t("documents.completeness.title")}>
      <thead>
        <tr>
          <Th>{t("documents.list.unit")}</Th>
          <Th className="min-w-40">{t("documents.completeness.percent")}</Th>
          <Th>{t("documents.completeness.acceptedShort")}</Th>
          <Th>{t("documents.completeness.waiting")}</Th>
          <Th>{t("documents.completeness.missing")}</Th>
          {canRequest ? (
            <Th>
              <span className="sr-only">{t("documents.completeness.request")}</span>
            </Th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr key={u.agency.id}>
            <td>
              {u.agency.name}
              <span className="block text-xs text-slate-700">
                {locale === "vi" ? u.agency.kind.nameVi : u.agency.kind.nameEn}
                {u.openFindings ? ` · ${t("documents.completeness.openFindings", { count: u.openFindings })}` : ""}
              </span>
            </td>
            <td>
              <CompletenessBar
                percent={u.percent}
                label={t("documents.completeness.percentOf", { unit: u.agency.name })}
              />
            </td>
            <td>{list(u.accepted)}</td>
            <td>{list(u.present.filter((c) => !u.accepted.includes(c)))}</td>
            <td className="text-red-900">{list(u.missing)}</td>
            {canRequest ? (
              <td>
                {u.missing.length ? (
                  <RequestMissingForm
                    planId={planId}
                    agencyId={u.agency.id}
                    label={t("documents.completeness.requestUnit")}
                  />
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
