import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "./actor";

/**
 * The scope's units as a condition on `column` (a unit id) of a plain SQL statement: agencyIdFilter's twin for the
 * lists written in SQL. TRUE for a scope that sees every unit.
 */
export const unitsInScopeSql = (scope: Scope, column: Prisma.Sql): Prisma.Sql =>
  scope.agencyIds === "all" ? Prisma.sql`TRUE` : Prisma.sql`${column} = ANY(${[...scope.agencyIds]}::uuid[])`;
