import { describe, expect, it } from "vitest";
import type { ChecklistStandard, StandardVersion } from "@/lib/generated/prisma/enums";
import { composeChecklist, standardsFor, type ComposableItem } from "@/lib/checklists/composition/compose";

const item = (code: string, position: number, extra: Partial<ComposableItem> = {}): ComposableItem => ({
  code,
  position,
  kindCodes: [],
  standardVersions: [],
  ...extra,
});
const template = (standard: ChecklistStandard, items: ComposableItem[]) => ({ standard, items });

const templates = [
  template("ISO_9001_2015", [item("N-4.2", 2), item("N-4.1", 1)]),
  template("ISO_9001_2008", [item("O-4.1", 1), item("O-4.2.2", 2)]),
  template("QD19_2014", [
    item("QD-01", 1),
    item("QD-02", 2, { kindCodes: ["co_quan_tinh"] }),
    item("QD-03", 3, { standardVersions: ["ISO_9001_2008"] }),
  ]),
];
const codes = (kindCode: string, standardVersion: StandardVersion) =>
  composeChecklist(templates, { kindCode, standardVersion }).map((i) => i.code);

describe("composeChecklist", () => {
  it("puts the Decision 19 items first, then the unit's standard version in template order", () => {
    expect(codes("co_quan_tinh", "ISO_9001_2015")).toEqual(["QD-01", "QD-02", "N-4.1", "N-4.2"]);
  });

  it("uses the 2008 items for a unit still on TCVN ISO 9001:2008", () => {
    expect(codes("co_quan_tinh", "ISO_9001_2008")).toEqual(["QD-01", "QD-02", "QD-03", "O-4.1", "O-4.2.2"]);
  });

  it("leaves out items limited to other kinds of unit", () => {
    expect(codes("ubnd_xa", "ISO_9001_2015")).toEqual(["QD-01", "N-4.1", "N-4.2"]);
  });

  it("checks a unit without an announced version against 2015", () => {
    expect(standardsFor("NONE")).toEqual(["QD19_2014", "ISO_9001_2015"]);
    expect(codes("ubnd_xa", "NONE")).toEqual(["QD-01", "N-4.1", "N-4.2"]);
  });

  it("refuses to compose without the template of a needed standard", () => {
    expect(() => composeChecklist([templates[0]!], { kindCode: "x", standardVersion: "ISO_9001_2015" })).toThrow(
      /QD19_2014/,
    );
  });
});
