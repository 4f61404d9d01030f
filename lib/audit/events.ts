import { z } from "zod";

/**
 * Every kind of audit event and the shape of its data. Adding a state change means adding its type here;
 * `recordAudit` refuses anything else.
 */
const change = z.object({ from: z.unknown(), to: z.unknown() });

export const auditEventSchemas = {
  "auth.sign_in.succeeded": z.object({ email: z.string() }),
  "auth.sign_in.failed": z.object({
    email: z.string(),
    reason: z.enum(["bad_credentials", "disabled", "locked"]),
    failures: z.number().int(),
  }),
  "auth.sign_in.locked": z.object({ email: z.string(), until: z.string() }),
  "auth.sign_out": z.object({}),
  "auth.password_changed": z.object({}),
  "user.created": z.object({ email: z.string(), role: z.string(), agencyId: z.string().nullable() }),
  "user.updated": z.object({ changes: z.record(z.string(), change) }),
  "user.disabled": z.object({}),
  "user.enabled": z.object({}),
  "user.password_reset": z.object({}),
  "notification.read_all": z.object({ count: z.number().int() }),
  "agency.created": z.object({ code: z.string(), name: z.string(), importId: z.string().optional(), reorganisationId: z.string().optional() }),
  "agency.updated": z.object({ changes: z.record(z.string(), change), importId: z.string().optional(), reorganisationId: z.string().optional() }),
  "agency.import_previewed": z.object({ fileName: z.string(), format: z.string(), rows: z.number().int(), errors: z.number().int() }),
  "agency.import_committed": z.object({ created: z.number().int(), updated: z.number().int() }),
  "agency.import_discarded": z.object({}),
  "reorganisation.applied": z.object({ key: z.string(), created: z.number().int(), ended: z.number().int(), links: z.number().int() }),
  "seed.applied": z.object({ dataset: z.string(), counts: z.record(z.string(), z.number()) }),
} as const;

export type AuditEventType = keyof typeof auditEventSchemas;
export type AuditEventData<T extends AuditEventType> = z.infer<(typeof auditEventSchemas)[T]>;
