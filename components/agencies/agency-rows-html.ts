import type { AgencyListItem } from "@/lib/agencies/loaders";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n";
import { formatCalendarDate } from "@/lib/text/dates";
import { escapeHtml, htmlLink } from "@/lib/text/html";
import { endedBadgeClass, unconfirmedBadgeClass } from "./unit-badges";

const badges = (unit: Pick<AgencyListItem, "confirmed" | "validTo">, t: Translate) =>
  (unit.confirmed ? "" : `<span class="${unconfirmedBadgeClass}">${escapeHtml(t("agencies.unconfirmed"))}</span>`) +
  (unit.validTo
    ? `<span class="${endedBadgeClass}">${escapeHtml(t("agencies.ended", { date: formatCalendarDate(unit.validTo) }))}</span>`
    : "");

/**
 * A page of the registry as the rows of its table, one HTML string (see lib/text/html.ts): code, name (a link to
 * the unit, with its marks), kind, parent, ISO requirement, standard, announcement. The row group styles the
 * cells (app/(app)/co-quan/page.tsx); every text is escaped.
 */
export function agencyRowsHtml(agencies: AgencyListItem[], t: Translate, locale: Locale): string {
  return agencies
    .map((a) => {
      const cells = [
        escapeHtml(a.code),
        htmlLink(`/co-quan/${a.id}`, a.name, { className: "link" }) + badges(a, t),
        escapeHtml(locale === "vi" ? a.kind.nameVi : a.kind.nameEn),
        escapeHtml(a.parent?.name ?? "—"),
        escapeHtml(t(`isoRequirement.${a.isoRequirement}`)),
        escapeHtml(t(`standardVersion.${a.standardVersion}`)),
        escapeHtml(
          a.announcementNumber
            ? `${a.announcementNumber} (${formatCalendarDate(a.announcementDate)})`
            : t("agencies.notAnnounced"),
        ),
      ];
      return `<tr><td class="n">${cells[0]}</td>${cells
        .slice(1)
        .map((cell) => `<td>${cell}</td>`)
        .join("")}</tr>`;
    })
    .join("");
}
