import type { ChecklistStandard } from "@/lib/generated/prisma/enums";

/**
 * Clause groups, the unit of scoring and of the checklist's sections.
 *
 * ISO items: the top-level clause of the standard ("4" … "8" for 2008, "4" … "10" for 2015).
 *
 * Decision 19 items: the two parts of the content of a check in TT26 Đ36, then what lies outside it:
 * - "Đ36.1": Đ36 khoản 1, the QMS against TCVN ISO 9001 (scope, roll-out, conformity, processes, audit,
 *   review and corrective action, complaints, improvement);
 * - "Đ36.2": Đ36 khoản 2, against Decision 19 (participation, the head's confirmation, announcement,
 *   legal updates, re-announcement, consultants);
 * - "QĐ19": other duties of Decision 19 itself (approval of documents Đ4.2.a, no certification Đ4,
 *   the 2015 transition, training and IT Đ11);
 * - "TT26": other duties of Circular 26 (the procedure catalogue Đ4, reporting Đ35/Đ37.1, closing the
 *   previous check's findings Đ37.2, shared procedures Đ41.6).
 * An item citing a Đ36 point belongs to that part even when it also cites Decision 19 (QD-01: "QĐ19 Đ3.1;
 * TT26 Đ36.1.a").
 */
export const qd19Groups = ["Đ36.1", "Đ36.2", "QĐ19", "TT26"] as const;

export function clauseGroupFor(standard: ChecklistStandard, clause: string): string {
  if (standard !== "QD19_2014") return clause.trim().split(".")[0] ?? "";
  const part = /TT26 Đ36\.([12])/u.exec(clause);
  if (part) return `Đ36.${part[1]}`;
  return /QĐ19/u.test(clause) ? "QĐ19" : "TT26";
}

/**
 * The catalogue key naming a group (checklists.groups.*), or null for a group an administrator typed that
 * has no name in the catalogue (shown as typed).
 */
export function groupLabelKey(standard: ChecklistStandard, group: string): string | null {
  if (standard === "QD19_2014") {
    const index = (qd19Groups as readonly string[]).indexOf(group);
    return index < 0 ? null : `checklists.groups.QD19_2014.${["part1", "part2", "qd19", "tt26"][index]}`;
  }
  const top = Number(group);
  const max = standard === "ISO_9001_2008" ? 8 : 10;
  return Number.isInteger(top) && top >= 4 && top <= max ? `checklists.groups.${standard}.g${top}` : null;
}
