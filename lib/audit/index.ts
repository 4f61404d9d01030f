// The audit log's public entry for other domains: write a row inside the caller's transaction, and read a
// row's history with its actors' names. Scripts and the seed (run outside Next) import ./mutations directly:
// the readers here are server-only.
export { writeAudit, writeAuditMany, type AuditInput } from "./mutations";
export { listAuditEvents, withActors, type AuditEventView } from "./data";
export type { AuditEventData, AuditEventType } from "./schema";
