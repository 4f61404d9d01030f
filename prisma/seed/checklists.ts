import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChecklistStandard, StandardVersion } from "@/lib/generated/prisma/enums";
import { iso2008To2015 } from "@/lib/checklists/clauses/crosswalk";
import { clauseGroupFor } from "@/lib/checklists/clauses/groups";
import { cleanText } from "@/lib/text/normalize";
import checklistData from "./data/checklist.json" with { type: "json" };

type Tx = Prisma.TransactionClient;

export const checklistStandards: { key: string; standard: ChecklistStandard; title: string }[] = [
  { key: "QD19_2014", standard: "QD19_2014", title: "Quyết định 19/2014/QĐ-TTg và Thông tư 26/2014/TT-BKHCN" },
  { key: "ISO9001_2015", standard: "ISO_9001_2015", title: "TCVN ISO 9001:2015" },
  { key: "ISO9001_2008", standard: "ISO_9001_2008", title: "TCVN ISO 9001:2008" },
];

/**
 * Items that concern only units on some standard versions. QD-21 checks the move from 2008 to 2015 (CV
 * 419/BKHCN-TĐC: finished by 30/6/2021), which only a unit still on 2008 has left to make. No item of the
 * data concerns only some kinds of unit: TT26 Đ36 sets one content for every agency checked, so kindCodes
 * stay empty (every kind) and every weight is 1 (the data gives no reason to weigh one item above another).
 */
const standardVersionsByCode: Record<string, StandardVersion[]> = { "QD-21": ["ISO_9001_2008"] };

/** The v1 items of a standard from the shared data, with every field (see lib/checklists/clauses/groups.ts). */
export function seedItems(standard: ChecklistStandard) {
  const key = checklistStandards.find((s) => s.standard === standard)!.key;
  return checklistData
    .filter((i) => i.standard === key)
    .map((item, index) => ({
      code: item.code,
      position: index + 1,
      clause: item.clause,
      clauseGroup: clauseGroupFor(standard, item.clause),
      titleVi: cleanText(item.titleVi),
      titleEn: item.titleEn,
      guidanceVi: item.guidanceVi,
      guidanceEn: "",
      weight: 1,
      kindCodes: [] as string[],
      standardVersions: standardVersionsByCode[item.code] ?? [],
    }));
}

/**
 * The three checklists as version 1, published, and the 2008 ↔ 2015 crosswalk. Only what is missing is
 * written. Databases seeded before items had groups, weights and applicability hold v1 items without them:
 * those are filled in, but only in a v1 no inspection has used (a used version never changes) and only on
 * items still without a group, so a second run changes nothing.
 */
export async function seedChecklists(tx: Tx) {
  const counts = { checklistTemplates: 0, checklistItems: 0, checklistItemsBackfilled: 0, clauseCrosswalk: 0 };
  for (const { standard, title } of checklistStandards) {
    const items = seedItems(standard);
    if (!(await tx.checklistTemplate.count({ where: { standard } }))) {
      await tx.checklistTemplate.create({
        data: { standard, version: 1, title, status: "PUBLISHED", publishedAt: new Date(), items: { create: items } },
      });
      counts.checklistTemplates += 1;
      counts.checklistItems += items.length;
      continue;
    }
    const v1 = await tx.checklistTemplate.findFirst({
      where: { standard, version: 1, usedAt: null },
      select: { id: true, publishedAt: true, createdAt: true, status: true },
    });
    if (!v1) continue;
    if (!v1.publishedAt && v1.status !== "DRAFT")
      await tx.checklistTemplate.update({ where: { id: v1.id }, data: { publishedAt: v1.createdAt } });
    // Runs at every start: one query finds what still lacks a group (usually nothing).
    const pending = new Set(
      (await tx.checklistItem.findMany({ where: { templateId: v1.id, clauseGroup: "" }, select: { code: true } })).map(
        (i) => i.code,
      ),
    );
    for (const item of items.filter((i) => pending.has(i.code))) {
      const { count } = await tx.checklistItem.updateMany({
        where: { templateId: v1.id, code: item.code, clauseGroup: "" },
        data: {
          clauseGroup: item.clauseGroup,
          weight: item.weight,
          kindCodes: item.kindCodes,
          standardVersions: item.standardVersions,
        },
      });
      counts.checklistItemsBackfilled += count;
    }
  }
  counts.clauseCrosswalk = (
    await tx.clauseCrosswalk.createMany({
      data: iso2008To2015.map((p) => ({
        iso2008Clause: p.iso2008Clause,
        iso2015Clause: p.iso2015Clause,
        note: p.note ?? null,
      })),
      skipDuplicates: true,
    })
  ).count;
  return counts;
}
