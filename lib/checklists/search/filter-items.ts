import { foldForSearch } from "@/lib/text/normalize";

type Searchable = {
  code: string;
  clause: string;
  clauseGroup: string;
  titleVi: string;
  titleEn: string;
  guidanceVi: string;
  guidanceEn: string;
};

/**
 * The items matching a filter typed by the user, ignoring case and diacritics ("kiem soat tai lieu" finds
 * "Kiểm soát tài liệu"); every word must appear in the code, clause, group, a title or the guidance.
 */
export function filterItems<T extends Searchable>(items: T[], query: string | undefined): T[] {
  const words = foldForSearch(query ?? "")
    .split(" ")
    .filter(Boolean);
  if (!words.length) return items;
  return items.filter((item) => {
    const haystack = foldForSearch(
      [item.code, item.clause, item.clauseGroup, item.titleVi, item.titleEn, item.guidanceVi, item.guidanceEn].join(
        " ",
      ),
    );
    return words.every((w) => haystack.includes(w));
  });
}
