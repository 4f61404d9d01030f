// The audit log's public entry for other domains: write a row inside the caller's transaction.
export { writeAudit, writeAuditMany, type AuditInput } from "./mutations";
export type { AuditEventData, AuditEventType } from "./schema";
