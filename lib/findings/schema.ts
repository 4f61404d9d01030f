import { z } from "zod";
import { queryHref } from "@/lib/query-string";

export const findingSeverities = ["MAJOR", "MINOR", "RECOMMENDATION"] as const;
export const findingStatuses = ["OPEN", "ANSWERED", "REJECTED", "CHECK_NEXT_TIME", "CLOSED"] as const;
export type FindingStatusValue = (typeof findingStatuses)[number];

/** The unit owes an answer: not answered yet, or its answer was rejected. Only these can be late. */
export const awaitingUnit = ["OPEN", "REJECTED"] as const satisfies readonly FindingStatusValue[];

/** Not closed: the unit or DOST still has something to do (the completeness page counts these as open). */
export const unresolved = [
  "OPEN",
  "ANSWERED",
  "REJECTED",
  "CHECK_NEXT_TIME",
] as const satisfies readonly FindingStatusValue[];

/**
 * The findings list's filters, from the URL. A malformed value is dropped rather than refused: a hand-edited
 * or stale link still opens the list.
 */
export const findingListQuerySchema = z.object({
  plan: z.uuid().optional().catch(undefined),
  /** One inspection's findings (the link from its conclusion page). */
  inspection: z.uuid().optional().catch(undefined),
  /** Unit name; compared without diacritics (Agency.searchText). */
  q: z.string().trim().max(100).optional().catch(undefined),
  severity: z.enum(findingSeverities).optional().catch(undefined),
  status: z.enum(findingStatuses).optional().catch(undefined),
  /** "yes": open findings whose due date has passed. */
  overdue: z.literal("yes").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type FindingListQuery = z.infer<typeof findingListQuerySchema>;

/** The findings list's URL for a query. */
export function findingListHref(query: Partial<FindingListQuery>): string {
  return queryHref("/phat-hien", query);
}
