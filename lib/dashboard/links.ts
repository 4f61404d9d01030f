/*
 * Where a dashboard count leads: the existing lists with the URL filters they read (lib/inspections/schema.ts
 * inspectionListQuerySchema, lib/findings/schema.ts findingListQuerySchema). The lists filter by plan, so a
 * year with several plans at work gets no links (null).
 */
export function inspectionsHref(
  planId: string | null,
  filters: { kind?: "DOSSIER" | "ON_SITE"; status?: "IN_PROGRESS" | "SIGNED_OFF" } = {},
): string | null {
  if (!planId) return null;
  const params = new URLSearchParams({ plan: planId });
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.status) params.set("status", filters.status);
  return `/kiem-tra?${params}`;
}

export function findingsHref(
  planId: string | null,
  filters: { severity?: "MAJOR" | "MINOR" | "RECOMMENDATION"; overdue?: true } = {},
): string | null {
  if (!planId) return null;
  const params = new URLSearchParams({ plan: planId });
  if (filters.severity) params.set("severity", filters.severity);
  if (filters.overdue) params.set("overdue", "yes");
  return `/phat-hien?${params}`;
}
