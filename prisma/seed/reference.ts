import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { IsoRequirement } from "@/lib/generated/prisma/enums";
import { randomUUID } from "node:crypto";
import { agencyDerived } from "@/lib/agencies/registry/derived";
import { cleanText } from "@/lib/text/normalize";
import agenciesData from "./data/agencies.json" with { type: "json" };
import { seedChecklists } from "./checklists";

/**
 * Reference data: An Giang's units of 2021 (GSO codes) and its provincial agencies, and the three
 * checklists with the 2008 ↔ 2015 crosswalk (./checklists.ts). Only missing rows are inserted, so edits
 * made in the app survive every restart.
 */
export const agencyKinds = [
  {
    code: "co_quan_tinh",
    nameVi: "Cơ quan cấp tỉnh",
    nameEn: "Provincial agency",
    level: 1,
    defaultIsoRequirement: "MANDATORY",
    sortOrder: 1,
  },
  {
    code: "ubnd_huyen",
    nameVi: "UBND cấp huyện",
    nameEn: "District-level People's Committee",
    level: 2,
    defaultIsoRequirement: "MANDATORY",
    sortOrder: 2,
  },
  {
    code: "ubnd_xa",
    nameVi: "UBND cấp xã",
    nameEn: "Commune-level People's Committee",
    level: 3,
    defaultIsoRequirement: "ENCOURAGED",
    sortOrder: 3,
  },
  {
    code: "ubnd_dac_khu",
    nameVi: "UBND đặc khu",
    nameEn: "Special zone People's Committee",
    level: 3,
    defaultIsoRequirement: "ENCOURAGED",
    sortOrder: 4,
  },
] as const satisfies readonly {
  code: string;
  nameVi: string;
  nameEn: string;
  level: number;
  defaultIsoRequirement: IsoRequirement;
  sortOrder: number;
}[];

export const seedValidFrom = new Date(Date.UTC(2000, 0, 1));

/**
 * When the five provincial bodies marked `likely_not_at_plan_time` in agencies.json had a QMS: they built it
 * from 12/2020 to 02/2021 under QĐ 2944/QĐ-UBND (legal.md §7), so from the end of that build — after Plan
 * 05/KH-SKHCN of 19/01/2021 (which leaves them out by this date alone) and before any later plan.
 */
export const qmsBuiltEarly2021 = new Date(Date.UTC(2021, 1, 28));

/** Registry code of the n-th provincial agency of the 2021 list (they have no GSO code). */
export const provincialCode = (index: number) => `T89-${String(index + 1).padStart(3, "0")}`;

type SeedAgency = {
  code: string;
  name: string;
  shortName: string | null;
  nameEn: string | null;
  kind: (typeof agencyKinds)[number]["code"];
  parentCode: string | null;
  group: string | null;
  unitType: string | null;
  confirmed: boolean;
  note: string | null;
  qmsSince: Date | null;
};

const parentAliases: Record<string, string> = { "Sở Nông nghiệp và PTNT": "Sở Nông nghiệp và Phát triển nông thôn" };

export function agenciesFromData(): SeedAgency[] {
  const provincial = agenciesData.provincialAgencies2021;
  const codeByName = new Map(provincial.map((a, i) => [a.name, provincialCode(i)]));
  const out: SeedAgency[] = provincial.map((a, i) => {
    const parentName = a.parent ? a.parent.replace(/\s*\(.*\)\s*$/, "").trim() : null;
    const notInPlan = a.inIsoCheckScope2021 === "likely_not_at_plan_time";
    return {
      code: provincialCode(i),
      name: cleanText(a.name.replace(/\s*\(.*\)\s*$/, "")),
      shortName: null,
      nameEn: a.nameEn,
      kind: "co_quan_tinh",
      parentCode: parentName ? (codeByName.get(parentAliases[parentName] ?? parentName) ?? null) : null,
      group: a.group,
      unitType: null,
      confirmed: a.confirmed,
      note: notInPlan
        ? "Xây dựng HTQLCL 12/2020–02/2021, sau khi lập danh sách Kế hoạch 05/KH-SKHCN: không thuộc phạm vi kiểm tra năm 2021."
        : "note" in a && a.note
          ? String(a.note)
          : null,
      qmsSince: notInPlan ? qmsBuiltEarly2021 : null,
    };
  });
  for (const district of agenciesData.districts2021) {
    out.push({
      code: district.gsoCode,
      name: `UBND ${district.name}`,
      shortName: district.shortName,
      nameEn: null,
      kind: "ubnd_huyen",
      parentCode: null,
      group: null,
      unitType: district.typeKey,
      confirmed: district.confirmed,
      note: null,
      qmsSince: null,
    });
    for (const commune of district.communes) {
      out.push({
        code: commune.gsoCode,
        name: `UBND ${commune.name}`,
        shortName: commune.shortName,
        nameEn: null,
        kind: "ubnd_xa",
        parentCode: district.gsoCode,
        group: null,
        unitType: commune.typeKey,
        confirmed: commune.confirmed,
        note: null,
        qmsSince: null,
      });
    }
  }
  return out;
}

export async function seedReference(db: PrismaClient) {
  const counts = { agencyKinds: 0, agencies: 0 };
  let checklists: Awaited<ReturnType<typeof seedChecklists>> | undefined;
  await db.$transaction(async (tx) => {
    counts.agencyKinds = (await tx.agencyKind.createMany({ data: [...agencyKinds], skipDuplicates: true })).count;
    const kinds = new Map((await tx.agencyKind.findMany()).map((k) => [k.code, k]));
    const agencies = agenciesFromData();
    // Seeded units are "in force since before the registry" (validFrom default); a unit formed later may reuse a code.
    const seeded = await tx.agency.findMany({ where: { validFrom: seedValidFrom }, select: { id: true, code: true } });
    const ids = new Map(seeded.map((a) => [a.code, a.id]));
    const missing = agencies.filter((a) => !ids.has(a.code));
    for (const a of missing) ids.set(a.code, randomUUID());
    if (missing.length) {
      counts.agencies = (
        await tx.agency.createMany({
          data: missing.map((a) => {
            const kind = kinds.get(a.kind)!;
            const name = cleanText(a.name);
            return {
              id: ids.get(a.code)!,
              code: a.code,
              name,
              shortName: a.shortName,
              nameEn: a.nameEn,
              ...agencyDerived({ name, shortName: a.shortName, code: a.code }),
              kindId: kind.id,
              parentId: a.parentCode ? (ids.get(a.parentCode) ?? null) : null,
              group: a.group,
              unitType: a.unitType,
              isoRequirement: kind.defaultIsoRequirement,
              // 202 units had announced conformity with TCVN ISO 9001:2015 by 18/12/2021 (legal.md §7).
              standardVersion: "ISO_9001_2015",
              confirmed: a.confirmed,
              note: a.note,
              qmsSince: a.qmsSince,
              validFrom: seedValidFrom,
            };
          }),
        })
      ).count;
    }
    // Rows written before the sort key existed, or with an older key format, get the current one.
    const stale = await tx.$queryRaw<{ id: string; name: string; shortName: string | null; code: string }[]>`
      SELECT id, name, "shortName", code FROM agency WHERE "sortKey" !~ '^[0-9]+$'`;
    for (const a of stale) {
      await tx.agency.update({ where: { id: a.id }, data: agencyDerived(a) });
    }

    checklists = await seedChecklists(tx);
  });
  return { ...counts, ...checklists! };
}
