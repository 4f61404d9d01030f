import type { Actor } from "@/lib/auth/actor";
import { ownUnitDashboard } from "@/lib/dashboard/policy";

/* Where the unit dashboard leads, and how it is reached (the province page sends an officer here). */

/** A unit's dashboard; `inspectionId`: with that inspection's scores by clause group. */
export function unitDashboardHref(agencyId: string, options: { inspectionId?: string } = {}): string {
  const base = `/tong-quan/don-vi/${agencyId}`;
  return options.inspectionId ? `${base}?${new URLSearchParams({ "kiem-tra": options.inspectionId })}` : base;
}

/** The province's dashboard narrowed to one district (the lead's `?huyen=` filter). */
export const districtDashboardHref = (districtId: string) => `/tong-quan?${new URLSearchParams({ huyen: districtId })}`;

export const inspectionHref = (inspectionId: string) => `/kiem-tra/${inspectionId}`;
export const findingHref = (findingId: string) => `/phat-hien/${findingId}`;

/**
 * Where /tong-quan sends a reader who has a unit dashboard instead of the province's: an officer to their own unit
 * (lib/dashboard/policy ownUnitDashboard); null for everyone else. For the province page's loader:
 * `const href = ownUnitDashboardHref(scope.actor); if (href) redirect(href);`
 */
export function ownUnitDashboardHref(actor: Pick<Actor, "role" | "agencyId">): string | null {
  const agencyId = ownUnitDashboard(actor);
  return agencyId ? unitDashboardHref(agencyId) : null;
}
