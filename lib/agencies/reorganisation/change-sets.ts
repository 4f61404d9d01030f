import type { SuccessionKind } from "@/lib/generated/prisma/enums";
import agenciesData from "@/prisma/seed/data/agencies.json" with { type: "json" };

/**
 * Reorganisations of administrative units that ship with the app, as change sets an administrator can
 * apply. Pure data: which units end, which begin, and which old unit continues in which new one.
 */
export type ChangeSet = {
  key: string;
  title: string;
  legalBasis: string;
  /** First day of the new units (yyyy-MM-dd); old units end the day before. */
  effectiveDate: string;
  newUnits: {
    code: string;
    name: string;
    shortName: string;
    kindCode: "ubnd_xa" | "ubnd_dac_khu";
    unitType: string;
    note: string;
    predecessorCodes: string[];
  }[];
  /** Units that cease to exist (with no successor of their own when the level is abolished). */
  endedCodes: string[];
};

const typePrefix = /^(Xã|Phường|Thị trấn|Đặc khu)\s+/;

function anGiang2025(): ChangeSet {
  const post = agenciesData.post2025;
  const newUnits = post.communeLevelUnits.map((unit) => {
    const predecessors = (unit.formerAnGiang89Units2021 ?? []).map((p) => p.oldGsoCode);
    const from = unit.fromFormerProvince.startsWith("Kiên Giang") ? "Từ tỉnh Kiên Giang cũ." : "";
    return {
      code: unit.newGsoCode,
      name: `UBND ${unit.name}`,
      shortName: unit.name.replace(typePrefix, ""),
      kindCode: unit.typeKey === "dac_khu" ? ("ubnd_dac_khu" as const) : ("ubnd_xa" as const),
      unitType: unit.typeKey,
      note: [
        `Thành lập theo ${unit.resolution.doc}, Điều ${unit.resolution.article} khoản ${unit.resolution.clause}.`,
        from,
        "Cần xây dựng và công bố lại HTQLCL sau sắp xếp.",
      ]
        .filter(Boolean)
        .join(" "),
      predecessorCodes: predecessors,
    };
  });
  const communes = agenciesData.districts2021.flatMap((d) => d.communes.map((c) => c.gsoCode));
  const districts = agenciesData.districts2021.map((d) => d.gsoCode);
  return {
    key: "an-giang-2025",
    title: "Sắp xếp đơn vị hành chính tỉnh An Giang từ 01/07/2025 (hợp nhất An Giang và Kiên Giang, bỏ cấp huyện)",
    legalBasis: "Nghị quyết 1654/NQ-UBTVQH15 ngày 16/6/2025; Nghị quyết 202/2025/QH15",
    effectiveDate: "2025-07-01",
    newUnits,
    endedCodes: [...districts, ...communes],
  };
}

export const changeSets: Record<string, () => ChangeSet> = { "an-giang-2025": anGiang2025 };

export function getChangeSet(key: string): ChangeSet | null {
  return changeSets[key]?.() ?? null;
}

/** Kind of each predecessor → successor link: one old unit divided is a split, several joined a merge. */
export function linkKinds(set: ChangeSet): { from: string; to: string; kind: SuccessionKind }[] {
  const successorsOf = new Map<string, number>();
  for (const unit of set.newUnits)
    for (const code of unit.predecessorCodes) successorsOf.set(code, (successorsOf.get(code) ?? 0) + 1);
  return set.newUnits.flatMap((unit) =>
    unit.predecessorCodes.map((from) => ({
      from,
      to: unit.code,
      kind: (successorsOf.get(from) ?? 0) > 1 ? "SPLIT" : unit.predecessorCodes.length > 1 ? "MERGE" : "CONTINUE",
    })),
  );
}
