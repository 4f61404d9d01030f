import { z } from "zod";

/**
 * Every kind of audit event and the shape of its data. Adding a state change means adding its type here;
 * `writeAudit` refuses anything else.
 */
const change = z.object({ from: z.unknown(), to: z.unknown() });

export const auditEventSchemas = {
  "auth.sign_in.succeeded": z.object({ email: z.string(), sessionId: z.string().optional() }),
  "auth.sign_in.failed": z.object({
    email: z.string(),
    reason: z.enum(["bad_credentials", "disabled", "locked"]),
    /** Failures of this account from this address (the pair), within the lock window. */
    failures: z.number().int(),
    accountFailures: z.number().int().optional(),
    addressFailures: z.number().int().optional(),
    /** With reason "locked": which lock refused the attempt. */
    lock: z.enum(["pair", "address"]).optional(),
  }),
  /** scope "pair": this account from the row's address; "address": the row's address for every account. */
  "auth.sign_in.locked": z.object({
    email: z.string(),
    until: z.string(),
    scope: z.enum(["pair", "address"]).optional(),
  }),
  "auth.sign_out": z.object({ sessionId: z.string().optional() }),
  /** `sessions`: how many live sessions the change ended (every change of password ends them all). */
  "auth.password_changed": z.object({ sessions: z.number().int().optional() }),
  "auth.signed_out_everywhere": z.object({ sessions: z.number().int() }),
  "user.created": z.object({ email: z.string(), role: z.string(), agencyId: z.string().nullable() }),
  "user.updated": z.object({ changes: z.record(z.string(), change) }),
  "user.disabled": z.object({ sessions: z.number().int().optional() }),
  "user.enabled": z.object({}),
  "user.password_reset": z.object({ sessions: z.number().int().optional() }),
  "user.sessions_revoked": z.object({ sessions: z.number().int() }),
  "notification.read_all": z.object({ count: z.number().int() }),
  /** The user's own choice of language in the header: the app's and their e-mails'. */
  "user.locale_changed": z.object({ from: z.string(), to: z.string() }),
  "agency.created": z.object({
    code: z.string(),
    name: z.string(),
    importId: z.string().optional(),
    reorganisationId: z.string().optional(),
  }),
  "agency.updated": z.object({
    changes: z.record(z.string(), change),
    importId: z.string().optional(),
    reorganisationId: z.string().optional(),
  }),
  "agency.import_previewed": z.object({
    fileName: z.string(),
    format: z.string(),
    rows: z.number().int(),
    errors: z.number().int(),
  }),
  "agency.import_committed": z.object({ created: z.number().int(), updated: z.number().int() }),
  "agency.import_discarded": z.object({}),
  "reorganisation.applied": z.object({
    key: z.string(),
    created: z.number().int(),
    ended: z.number().int(),
    links: z.number().int(),
  }),
  "plan.created": z.object({
    year: z.number().int(),
    number: z.string(),
    targets: z.number().int(),
    copiedFrom: z.string().optional(),
  }),
  "plan.updated": z.object({ fields: z.array(z.string()) }),
  "plan.target_set": z.object({
    agencyId: z.string(),
    inDossier: z.boolean(),
    dossierReason: z.string().nullable(),
    onSite: z.boolean(),
    onSiteCategory: z.string().nullable(),
    rationale: z.string().nullable(),
  }),
  "plan.transition": z.object({ action: z.string(), from: z.string(), to: z.string(), comment: z.string().nullable() }),
  "plan.amended": z.object({ from: z.string(), version: z.number().int() }),
  /**
   * A read, audited on purpose: the plan's whole file (TT26 Đ39) left the system as one ZIP. Written in its
   * own transaction before the archive streams, so a download nobody recorded cannot start.
   */
  "plan.archive_downloaded": z.object({ year: z.number().int(), number: z.string(), version: z.number().int() }),
  "plan.member_added": z.object({ userId: z.string(), role: z.string() }),
  "plan.member_removed": z.object({ userId: z.string() }),
  "plan.visit_saved": z.object({
    visitId: z.string(),
    agencyId: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    members: z.array(z.string()),
    moved: z.boolean(),
  }),
  "plan.visit_removed": z.object({ visitId: z.string() }),
  "record.created": z.object({
    agencyId: z.string(),
    category: z.string(),
    title: z.string(),
    planId: z.string().nullable(),
    files: z.number().int(),
  }),
  "record.version_added": z.object({ version: z.number().int(), files: z.number().int() }),
  "record.reviewed": z.object({
    version: z.number().int(),
    decision: z.enum(["accept", "revise"]),
    comment: z.string().nullable(),
  }),
  "record.missing_requested": z.object({
    planId: z.string(),
    categories: z.array(z.string()),
    comment: z.string().nullable(),
  }),
  "record.annual_report_submitted": z.object({ year: z.number().int(), version: z.number().int() }),
  "checklist.copied": z.object({
    fromId: z.string(),
    fromVersion: z.number().int(),
    standard: z.string(),
    version: z.number().int(),
    items: z.number().int(),
  }),
  "checklist.updated": z.object({ changes: z.record(z.string(), change) }),
  "checklist.item_added": z.object({ itemId: z.string(), code: z.string() }),
  "checklist.item_updated": z.object({ itemId: z.string(), code: z.string(), changes: z.record(z.string(), change) }),
  "checklist.item_removed": z.object({ itemId: z.string(), code: z.string() }),
  "checklist.item_moved": z.object({
    itemId: z.string(),
    code: z.string(),
    from: z.number().int(),
    to: z.number().int(),
  }),
  "checklist.published": z.object({
    standard: z.string(),
    version: z.number().int(),
    retired: z.array(z.number().int()),
  }),
  "checklist.retired": z.object({ standard: z.string(), version: z.number().int(), by: z.number().int() }),
  "checklist.discarded": z.object({ standard: z.string(), version: z.number().int() }),
  "inspection.generated": z.object({
    created: z.number().int(),
    items: z.number().int(),
    carried: z.number().int(),
    removed: z.number().int(),
    kept: z.number().int(),
  }),
  "inspection.started": z.object({ planId: z.string() }),
  "inspection.item_saved": z.object({
    itemId: z.string(),
    code: z.string(),
    result: z.string().nullable(),
    version: z.number().int(),
  }),
  "inspection.assigned": z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
  "inspection.concluded": z.object({ fields: z.array(z.string()), dueDatesFilled: z.number().int() }),
  "inspection.signed_off": z.object({ overallResult: z.string(), findings: z.number().int() }),
  "inspection.reopened": z.object({ reason: z.string() }),
  "inspection.evidence_added": z.object({
    itemId: z.string(),
    evidenceId: z.string(),
    kind: z.string(),
    recordVersionId: z.string().optional(),
    fileName: z.string().optional(),
  }),
  "inspection.evidence_removed": z.object({ itemId: z.string(), evidenceId: z.string() }),
  "finding.created": z.object({
    inspectionId: z.string(),
    itemId: z.string(),
    severity: z.string(),
    repeatOfId: z.string().nullable().optional(),
  }),
  "finding.updated": z.object({ inspectionId: z.string(), changes: z.record(z.string(), change) }),
  "finding.deleted": z.object({ inspectionId: z.string(), itemId: z.string() }),
  "finding.answered": z.object({
    answerId: z.string(),
    reportId: z.string(),
    round: z.number().int(),
    evidence: z.number().int(),
  }),
  "finding.acknowledged": z.object({ answerId: z.string(), reportId: z.string() }),
  "finding.verified": z.object({ answerId: z.string(), verdict: z.string(), note: z.string() }),
  "finding.extension_requested": z.object({ extensionId: z.string(), from: z.string(), to: z.string() }),
  "finding.extension_decided": z.object({
    extensionId: z.string(),
    decision: z.string(),
    grantedDate: z.string().nullable(),
    note: z.string(),
  }),
  "inspection.follow_up_decided": z.object({
    findingId: z.string(),
    outcome: z.enum(["CLOSED", "RERAISED"]),
    dueDate: z.string().nullable(),
    note: z.string(),
  }),
  "plan.proposal_made": z.object({ units: z.number().int(), proposed: z.number().int() }),
  "plan.proposal_decided": z.object({
    agencyId: z.string(),
    decision: z.enum(["ACCEPTED", "CHANGED"]),
    onSite: z.boolean(),
    onSiteCategory: z.string().nullable(),
    note: z.string().nullable(),
  }),
  "plan.proposal_accepted_all": z.object({ units: z.number().int(), onSite: z.number().int() }),
  /** A paper's number and date saved (still a draft), or saved and issued at once (then read-only). */
  "plan.paper_saved": z.object({
    kind: z.string(),
    recordRequestId: z.string().nullable(),
    number: z.string().nullable(),
    date: z.string().nullable(),
  }),
  "plan.paper_issued": z.object({
    kind: z.string(),
    recordRequestId: z.string().nullable(),
    number: z.string(),
    date: z.string(),
  }),
  "seed.applied": z.object({ dataset: z.string(), counts: z.record(z.string(), z.number()) }),
  "reminder.swept": z.object({ today: z.string(), counts: z.record(z.string(), z.number().int()) }),
  "reminder.digest_sent": z.object({ kind: z.string(), period: z.string(), users: z.number().int() }),
  "user.digests_changed": z.object({ enabled: z.boolean() }),
  "yearReport.created": z.object({ kind: z.string(), year: z.number().int(), asOf: z.string() }),
  "yearReport.narrative_saved": z.object({ sections: z.array(z.string()) }),
  "yearReport.transition": z.object({
    action: z.string(),
    from: z.string(),
    to: z.string(),
    comment: z.string().nullable(),
  }),
  "yearReport.corrected": z.object({ from: z.string(), version: z.number().int() }),
  "yearReport.figures_refreshed": z.object({ asOf: z.string(), computedAt: z.string() }),
} as const;

export type AuditEventType = keyof typeof auditEventSchemas;
export type AuditEventData<T extends AuditEventType> = z.infer<(typeof auditEventSchemas)[T]>;
