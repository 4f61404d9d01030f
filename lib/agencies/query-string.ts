import type { AgencyListQuery } from "./schema";

/** The list's URL for a query, leaving out empty values; `page` 1 is implied. */
export function agencyListHref(query: Partial<AgencyListQuery> & { format?: string }, path = "/co-quan"): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
