import "server-only";
import { dataVersion, keptAtDataVersion } from "@/lib/db/kept";

/*
 * The dashboard's computed figures, kept in this server's memory under the data version they were computed at
 * (lib/db/kept.ts). Why not a materialised view: the figures depend on the reader's plans, the region and the as-of
 * day, and a refresh of the national data set takes a quarter of a second of the database's time; a version read is
 * one index lookup, and a view is computed again only after a write.
 */

/** The data version the dashboard's figures are kept under, read once per request. */
export const dashboardDataVersion = dataVersion;

/**
 * The value of `compute` for `key` at the current data version: kept from an earlier call when nothing the dashboard
 * counts has changed since, computed otherwise. The bench times the sections themselves (DASHBOARD_SNAPSHOTS=off),
 * not the memory.
 */
export const atDataVersion = keptAtDataVersion(64, () => process.env.DASHBOARD_SNAPSHOTS !== "off");
