import { queryHref } from "@/lib/query-string";
import type { AgencyListQuery } from "../schema";

/** The registry list's URL for a query (or another path taking the same filters, e.g. the export). */
export function agencyListHref(query: Partial<AgencyListQuery> & { format?: string }, path = "/co-quan"): string {
  return queryHref(path, query);
}
