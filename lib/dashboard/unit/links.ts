import type { Actor } from "@/lib/auth/actor";
import { ownUnitDashboard } from "@/lib/dashboard/policy";

/* Where the unit dashboard leads, and how it is reached (the province page sends an officer here). */

/** The page's own query: the inspection shown by clause group, the as-of day (dd/MM/yyyy); absent: left out. */
export type UnitDashboardChoices = { inspectionId?: string | null; asOf?: string | null };

const withQuery = (base: string, { inspectionId, asOf }: UnitDashboardChoices) => {
  const query = new URLSearchParams();
  if (inspectionId) query.set("kiem-tra", inspectionId);
  if (asOf) query.set("ngay", asOf);
  const text = query.toString();
  return text ? `${base}?${text}` : base;
};

/** A unit's dashboard; `inspectionId`: with that inspection's scores by clause group; `asOf`: as of that day. */
export const unitDashboardHref = (agencyId: string, options: UnitDashboardChoices = {}): string =>
  withQuery(`/tong-quan/don-vi/${agencyId}`, options);

/** The unit dashboard's tables as XLSX, for the same choices as the page. */
export const unitDashboardXlsxHref = (agencyId: string, options: UnitDashboardChoices = {}): string =>
  withQuery(`/tong-quan/don-vi/${agencyId}/bang-so-lieu`, options);

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
