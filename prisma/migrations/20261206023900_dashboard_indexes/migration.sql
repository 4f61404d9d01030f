-- Hand-written: covering indexes for the dashboard's sections (lib/dashboard/sections), which aggregate a year's or
-- every year's inspections and findings. Prisma's schema cannot say INCLUDE, so they live here only (see the
-- comments in schema.prisma). Measured on the national data set (npm run seed:scale: 42,587 inspections, 94,234
-- findings): an inspection row is about 1 kB (its conclusion texts), so reading a year's inspections by plan fetched
-- ~3,500 heap pages for ~4,300 rows; from this index it reads ~160 index pages, with no heap fetch once the table is
-- vacuumed (index-only scan; autovacuum does it).

-- The dashboard's reads of inspections by plan: signed off (status in the key) by month, started by month, a unit's
-- result and tally of the year, the ISO version, and `id` for joining findings. It makes inspection_planId_status_idx
-- redundant, which is kept because schema.prisma declares it.
CREATE INDEX "inspection_dashboard_idx" ON "inspection"("planId", "status")
  INCLUDE ("kind", "agencyId", "startedAt", "signedOffAt", "standardVersion", "overallResult", "itemsConforming",
           "itemsApplicable", "id");

-- Findings by inspection: had no index at all (the foreign key of an inspection's findings, deleted by cascade,
-- and every "findings of these inspections" filter scanned the table). Covering severity, raised-at and unit for the
-- findings by year.
CREATE INDEX "finding_inspectionId_idx" ON "finding"("inspectionId") INCLUDE ("severity", "createdAt", "agencyId");
