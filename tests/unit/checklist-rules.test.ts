import { describe, expect, it } from "vitest";
import { clauseGroupFor, groupLabelKey } from "@/lib/checklists/clauses/groups";
import { canChecklist, readOnlyReason, type ChecklistAction, type TemplateState } from "@/lib/checklists/policy";
import { filterItems } from "@/lib/checklists/search/filter-items";
import type { Role } from "@/lib/generated/prisma/enums";
import { locales, messagesFor, resolve } from "@/lib/i18n";
import { seedItems } from "@/prisma/seed/checklists";

const draft: TemplateState = { status: "DRAFT", usedAt: null };
const published: TemplateState = { status: "PUBLISHED", usedAt: null };
const used: TemplateState = { status: "PUBLISHED", usedAt: new Date("2026-01-05") };
const retired: TemplateState = { status: "RETIRED", usedAt: new Date("2025-01-05") };

describe("canChecklist", () => {
  const table: [Role, ChecklistAction, TemplateState | undefined, boolean][] = [
    ["AGENCY_OFFICER", "read", used, true],
    ["COMMITTEE_VIEWER", "read", draft, true],
    ["PARTNER_INSPECTOR", "read", published, true],
    ["DOST_ADMIN", "copy", published, true],
    ["DOST_ADMIN", "copy", retired, true],
    ["DOST_ADMIN", "copy", draft, false],
    ["DOST_ADMIN", "copy", undefined, false],
    ["DOST_INSPECTOR", "copy", published, false],
    ["DOST_ADMIN", "edit", draft, true],
    ["DOST_ADMIN", "publish", draft, true],
    ["DOST_ADMIN", "discard", draft, true],
    ["DOST_ADMIN", "edit", published, false],
    ["DOST_ADMIN", "edit", retired, false],
    ["DOST_ADMIN", "edit", { status: "DRAFT", usedAt: new Date() }, false],
    ["DOST_ADMIN", "publish", published, false],
    ["DOST_INSPECTOR", "edit", draft, false],
    ["PARTNER_INSPECTOR", "publish", draft, false],
    ["AGENCY_OFFICER", "discard", draft, false],
    ["COMMITTEE_VIEWER", "edit", draft, false],
  ];
  it.each(table)("%s may %s a %o version: %s", (role, action, template, expected) => {
    expect(canChecklist({ role }, action, template)).toBe(expected);
  });

  it("says why a version is read-only", () => {
    expect([draft, published, used, retired].map(readOnlyReason)).toEqual([null, "published", "used", "used"]);
    expect(readOnlyReason({ status: "RETIRED", usedAt: null })).toBe("retired");
  });
});

describe("clause groups", () => {
  it("groups ISO items by top-level clause and Decision 19 items by TT26 Đ36 part", () => {
    expect(clauseGroupFor("ISO_9001_2015", "10.2")).toBe("10");
    expect(clauseGroupFor("ISO_9001_2008", "4.2.3")).toBe("4");
    expect(clauseGroupFor("QD19_2014", "QĐ19 Đ3.1; TT26 Đ36.1.a")).toBe("Đ36.1");
    expect(clauseGroupFor("QD19_2014", "QĐ19 Đ4.2.d; TT26 Đ36.2.b")).toBe("Đ36.2");
    expect(clauseGroupFor("QD19_2014", "QĐ19 Đ11.3, Đ11.4")).toBe("QĐ19");
    expect(clauseGroupFor("QD19_2014", "TT26 Đ35, Đ37.1")).toBe("TT26");
  });

  it("seeds every item with a group that has a name in both languages", () => {
    for (const standard of ["QD19_2014", "ISO_9001_2015", "ISO_9001_2008"] as const) {
      for (const item of seedItems(standard)) {
        const key = groupLabelKey(standard, item.clauseGroup);
        expect(key, `${item.code} ${item.clauseGroup}`).not.toBeNull();
        for (const locale of locales)
          expect(resolve(messagesFor(locale), key!), `${locale} ${key}`).toBeTypeOf("string");
      }
    }
    const qd = seedItems("QD19_2014");
    expect(
      Object.fromEntries(
        ["Đ36.1", "Đ36.2", "QĐ19", "TT26"].map((g) => [g, qd.filter((i) => i.clauseGroup === g).length]),
      ),
    ).toEqual({ "Đ36.1": 9, "Đ36.2": 8, QĐ19: 4, TT26: 4 });
    expect(qd.find((i) => i.code === "QD-21")!.standardVersions).toEqual(["ISO_9001_2008"]);
  });

  it("leaves a typed group without a catalogue name as it is", () => {
    expect(groupLabelKey("QD19_2014", "Khác")).toBeNull();
    expect(groupLabelKey("ISO_9001_2008", "9")).toBeNull();
    expect(groupLabelKey("ISO_9001_2015", "9")).toBe("checklists.groups.ISO_9001_2015.g9");
  });
});

describe("filterItems", () => {
  const items = seedItems("ISO_9001_2008").map((i) => ({ ...i, id: i.code }));
  it("ignores diacritics and case, every word must match", () => {
    expect(filterItems(items, "kiem soat tai lieu").map((i) => i.code)).toEqual(["O-4.2.3"]);
    expect(filterItems(items, "KIỂM SOÁT").length).toBeGreaterThan(2);
    expect(filterItems(items, "4.2.4").map((i) => i.code)).toEqual(["O-4.2.4"]);
    expect(filterItems(items, "  ")).toHaveLength(28);
  });
});
