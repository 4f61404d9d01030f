import { Table, Th } from "@/components/ui/table";
import type { TemplateDetail } from "@/lib/checklists/loaders";
import { groupLabelKey } from "@/lib/checklists/clauses/groups";
import type { Translate } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n";
import { ItemRowActions } from "./item-row-actions";

type Item = TemplateDetail["items"][number];
type Kind = { code: string; nameVi: string; nameEn: string };

/** The items of a version; on an editable draft each row gets its edit and move controls. */
export function ItemsTable({
  t,
  locale,
  standard,
  items,
  total,
  kinds,
  edit,
}: {
  t: Translate & { raw: (key: string, params?: Record<string, string | number>) => string };
  locale: Locale;
  standard: TemplateDetail["standard"];
  items: Item[];
  total: number;
  kinds: Kind[];
  /** Present on an editable draft: what the row controls need. */
  edit?: { templateId: string; lockVersion: number; href: (itemId: string) => string };
}) {
  const kindName = (code: string) => {
    const kind = kinds.find((k) => k.code === code);
    return kind ? (locale === "vi" ? kind.nameVi : kind.nameEn) : code;
  };
  const group = (value: string) => {
    const key = groupLabelKey(standard, value);
    return key ? t.raw(key) : value;
  };
  return (
    <Table caption={t("checklists.title")}>
      <thead>
        <tr>
          <Th className="text-right">{t("checklists.columns.position")}</Th>
          <Th>{t("checklists.columns.code")}</Th>
          <Th>{t("checklists.columns.clause")}</Th>
          <Th>{t("checklists.columns.itemTitle")}</Th>
          <Th>{t("checklists.columns.guidance")}</Th>
          <Th className="text-right">{t("checklists.columns.weight")}</Th>
          <Th>{t("checklists.columns.applicability")}</Th>
          {edit ? <Th>{t("checklists.actions")}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const fallback = locale === "en" && !item.guidanceEn;
          return (
            <tr key={item.id}>
              <td className="text-right tabular-nums">{item.position}</td>
              <td className="whitespace-nowrap font-semibold">{item.code}</td>
              <td className="min-w-32">
                {item.clause}
                <span className="block text-sm text-slate-700">{group(item.clauseGroup)}</span>
              </td>
              <td className="min-w-48">
                <span lang="vi" className="block font-medium">
                  {item.titleVi}
                </span>
                {item.titleEn ? (
                  <span lang="en" className="block text-sm text-slate-700">
                    {item.titleEn}
                  </span>
                ) : null}
              </td>
              <td className="min-w-64">
                <span lang={fallback || locale === "vi" ? "vi" : "en"}>
                  {locale === "en" && item.guidanceEn ? item.guidanceEn : item.guidanceVi}
                </span>
                {fallback && item.guidanceVi ? (
                  <span className="block text-sm italic text-slate-700">{t("checklists.guidanceFallback")}</span>
                ) : null}
              </td>
              <td className="text-right tabular-nums">{item.weight}</td>
              <td className="min-w-40 text-sm">
                {!item.kindCodes.length && !item.standardVersions.length ? t("checklists.everyUnit") : null}
                {item.kindCodes.length ? (
                  <span className="block">
                    {t("checklists.kindsList", { list: item.kindCodes.map(kindName).join(", ") })}
                  </span>
                ) : null}
                {item.standardVersions.length ? (
                  <span className="block">
                    {t("checklists.versionsList", {
                      list: item.standardVersions.map((v) => t(`standardVersion.${v}`)).join(", "),
                    })}
                  </span>
                ) : null}
              </td>
              {edit ? (
                <td>
                  <ItemRowActions
                    templateId={edit.templateId}
                    lockVersion={edit.lockVersion}
                    item={{ id: item.id, code: item.code }}
                    first={item.position === 1}
                    last={item.position === total}
                    editHref={edit.href(item.id)}
                  />
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
