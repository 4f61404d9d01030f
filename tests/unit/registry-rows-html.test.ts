import { describe, expect, it } from "vitest";
import { agencyRowsHtml } from "@/components/agencies/agency-rows-html";
import type { AgencyListItem } from "@/lib/agencies/loaders";
import { createTranslator } from "@/lib/i18n";
import { rowCells } from "@/tests/support/html-cells";

const unit = (overrides: Partial<AgencyListItem> = {}): AgencyListItem => ({
  id: "6f1c0e1a-0000-4000-8000-000000000001",
  code: "30280",
  name: "UBND phường Mỹ Bình",
  shortName: null,
  isoRequirement: "ENCOURAGED",
  standardVersion: "ISO_9001_2015",
  announcementNumber: "12/QĐ-UBND",
  announcementDate: new Date(Date.UTC(2020, 2, 5)),
  confirmed: true,
  validFrom: new Date(Date.UTC(2000, 0, 1)),
  validTo: null,
  kind: { code: "ubnd_xa", nameVi: "UBND cấp xã", nameEn: "Commune People's Committee" },
  parent: { id: "6f1c0e1a-0000-4000-8000-000000000002", name: "UBND thành phố Long Xuyên" },
  ...overrides,
});

describe("the registry's rows as HTML", () => {
  const vi = createTranslator("vi");

  it("writes a row per unit: code, linked name, kind, parent, requirement, standard, announcement", () => {
    const html = agencyRowsHtml([unit()], vi, "vi");
    expect(rowCells(html)).toEqual([
      [
        "30280",
        "UBND phường Mỹ Bình",
        "UBND cấp xã",
        "UBND thành phố Long Xuyên",
        vi("isoRequirement.ENCOURAGED"),
        vi("standardVersion.ISO_9001_2015"),
        "12/QĐ-UBND (05/03/2020)",
      ],
    ]);
    expect(html).toContain('<a href="/co-quan/6f1c0e1a-0000-4000-8000-000000000001"');
  });

  it("marks an unconfirmed and an ended unit, says when none was announced, and shows no parent as —", () => {
    const html = agencyRowsHtml(
      [
        unit({
          confirmed: false,
          validTo: new Date(Date.UTC(2025, 5, 30)),
          announcementNumber: null,
          announcementDate: null,
          parent: null,
        }),
      ],
      vi,
      "vi",
    );
    const [row] = rowCells(html);
    expect(row![1]).toBe(
      `UBND phường Mỹ Bình${vi("agencies.unconfirmed")}${vi("agencies.ended", { date: "30/06/2025" })}`,
    );
    expect(row![3]).toBe("—");
    expect(row![6]).toBe(vi("agencies.notAnnounced"));
  });

  it("names the kind in English for an English reader", () => {
    const en = createTranslator("en");
    expect(rowCells(agencyRowsHtml([unit()], en, "en"))[0]![2]).toBe("Commune People's Committee");
  });

  it("escapes every text, so a name cannot become markup", () => {
    const html = agencyRowsHtml([unit({ name: `<img src=x onerror="alert(1)">&`, code: "<b>1</b>" })], vi, "vi");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(rowCells(html)[0]!.slice(0, 2)).toEqual(["<b>1</b>", `<img src=x onerror="alert(1)">&`]);
  });
});
