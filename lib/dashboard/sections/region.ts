import { Prisma } from "@/lib/generated/prisma/client";
import { inRegion, type DashboardFilter } from "../filter";

/**
 * SQL: the unit id `unit` is in the filter's region (inRegion over the agency table), and no condition at all for
 * the whole province, so the sections' scans pay no join to the agency table they do not need.
 */
export const unitInRegion = (filter: DashboardFilter, unit: Prisma.Sql) =>
  filter.region === null
    ? Prisma.sql`TRUE`
    : Prisma.sql`${unit} IN (SELECT r.id FROM agency r WHERE ${inRegion(filter, Prisma.sql`r`)})`;
