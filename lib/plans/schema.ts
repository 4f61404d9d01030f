import { z } from "zod";
import { calendarDate } from "@/lib/text/date-schema";
import { formList, formText, optionalFormText } from "@/lib/text/form-schema";
import { milestoneKinds } from "@/lib/plans/constants";

/** Messages are catalogue keys; the action client translates them. */
const text = (max: number, required = false) => formText(max, "plans.errors.tooLong", required);

const date = (required: boolean) => calendarDate("plans.errors.date", { required });

/** Số hiệu văn bản: 05/KH-SKHCN, 346/QĐ-UBND. */
const documentNumber = (kind: "KH" | "QĐ" | "any") =>
  z
    .string({ error: "errors.required" })
    .trim()
    .normalize("NFC")
    .regex(
      kind === "any"
        ? /^[0-9]+[a-z]?\/[A-ZĐ]+(-[A-ZĐ0-9]+)+$/u
        : new RegExp(`^[0-9]+[a-z]?/${kind}(-[A-ZĐ0-9]+)+$`, "u"),
      kind === "KH" ? "plans.errors.planNumber" : "plans.errors.decisionNumber",
    );

export { milestoneKinds };

const uuidList = formList(z.uuid("errors.invalidId"), 20);

export const planFieldsSchema = z
  .object({
    year: z.coerce
      .number({ error: "plans.errors.year" })
      .int("plans.errors.year")
      .min(2014, "plans.errors.year")
      .max(2100, "plans.errors.year"),
    number: documentNumber("KH"),
    issuedOn: date(true),
    title: text(500, true),
    legalBases: text(4000),
    objectives: text(4000),
    requirements: text(4000),
    leadAgencyId: z.uuid("errors.invalidChoice"),
    coordinatorIds: uuidList,
    teamDecisionNumber: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null)
      .pipe(documentNumber("QĐ").nullable()),
    teamDecisionDate: date(false),
    ...Object.fromEntries(milestoneKinds.map((k) => [`milestone_${k}`, date(false)])),
  })
  .superRefine((v, ctx) => {
    const values = v as unknown as Record<string, Date | null> & { issuedOn: Date | null; year: number };
    const issued = values.issuedOn;
    if (issued && issued.getUTCFullYear() !== v.year && issued.getUTCFullYear() !== v.year - 1) {
      ctx.addIssue({ code: "custom", path: ["issuedOn"], message: "plans.errors.issuedYear" });
    }
    for (const kind of milestoneKinds) {
      const d = values[`milestone_${kind}`];
      if (d && issued && d < issued)
        ctx.addIssue({ code: "custom", path: [`milestone_${kind}`], message: "plans.errors.beforeIssued" });
    }
    const pairs: [string, string][] = [
      ["ONSITE_START", "ONSITE_END"],
      ["TEAM_SETUP", "ONSITE_START"],
      ["CONSOLIDATION", "REPORT"],
    ];
    for (const [a, b] of pairs) {
      const da = values[`milestone_${a}`];
      const db = values[`milestone_${b}`];
      if (da && db && db < da)
        ctx.addIssue({ code: "custom", path: [`milestone_${b}`], message: "plans.errors.order" });
    }
    if (v.teamDecisionNumber && !v.teamDecisionDate)
      ctx.addIssue({ code: "custom", path: ["teamDecisionDate"], message: "plans.errors.decisionDate" });
  });
export type PlanFields = z.infer<typeof planFieldsSchema>;

export const createPlanSchema = planFieldsSchema;
export const updatePlanSchema = z.intersection(
  z.object({ id: z.uuid("errors.invalidId"), lockVersion: z.coerce.number().int().min(0) }),
  planFieldsSchema,
);
export type UpdatePlanInput = z.infer<typeof updatePlanSchema>;

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const setTargetSchema = z
  .object({
    planId: z.uuid("errors.invalidId"),
    agencyId: z.uuid("errors.invalidId"),
    inDossier: checkbox,
    dossierReason: text(1000),
    onSite: checkbox,
    onSiteCategory: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.enum(["MANDATORY", "ENCOURAGED"], { error: "errors.invalidChoice" }).optional(),
    ),
    rationale: text(1000),
  })
  .superRefine((v, ctx) => {
    if (v.onSite && !v.inDossier)
      ctx.addIssue({ code: "custom", path: ["onSite"], message: "plans.errors.onSiteNotInDossier" });
    if (v.onSite && !v.onSiteCategory)
      ctx.addIssue({ code: "custom", path: ["onSiteCategory"], message: "plans.errors.category" });
    if (v.onSite && !v.rationale)
      ctx.addIssue({ code: "custom", path: ["rationale"], message: "plans.errors.rationale" });
  });
export type SetTargetInput = z.infer<typeof setTargetSchema>;

export const planIdSchema = z.object({ id: z.uuid("errors.invalidId") });
export const submitPlanSchema = planIdSchema;
export const returnPlanSchema = z.object({ id: z.uuid("errors.invalidId"), comment: text(2000, true) });
export const maxApprovalFileBytes = 20 * 1024 * 1024;

/** The signed decision, optional: a PDF (checked by its bytes later) of at most 20 MB; an empty file input is no file. */
const approvalFile = z
  .instanceof(File)
  .optional()
  .transform((f) => (f && f.size > 0 ? f : undefined))
  .refine((f) => !f || f.size <= maxApprovalFileBytes, "plans.errors.fileTooLarge");

export const approvePlanSchema = z.object({
  id: z.uuid("errors.invalidId"),
  approvalNumber: documentNumber("QĐ"),
  approvalDate: date(true),
  approvalFile,
});
export const cancelPlanSchema = z.object({ id: z.uuid("errors.invalidId"), reason: text(2000, true) });
export const copyPlanSchema = z.object({
  fromId: z.uuid("errors.invalidId"),
  year: z.coerce.number().int().min(2014).max(2100),
  number: documentNumber("KH"),
  issuedOn: date(true),
});

export const memberSchema = z.object({
  planId: z.uuid("errors.invalidId"),
  userId: z.uuid("errors.invalidChoice"),
  role: z.enum(["LEAD", "MEMBER", "SECRETARY"], { error: "errors.invalidChoice" }),
});
export const removeMemberSchema = z.object({
  planId: z.uuid("errors.invalidId"),
  memberId: z.uuid("errors.invalidId"),
});

const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "plans.errors.time");
export const visitSchema = z
  .object({
    planId: z.uuid("errors.invalidId"),
    visitId: z
      .uuid("errors.invalidId")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    targetId: z.uuid("errors.invalidChoice"),
    date: date(true),
    start: time,
    end: time,
    memberIds: uuidList,
    note: text(500),
  })
  .superRefine((v, ctx) => {
    if (v.end <= v.start) ctx.addIssue({ code: "custom", path: ["end"], message: "plans.errors.order" });
  });
export type VisitInput = z.infer<typeof visitSchema>;
export const removeVisitSchema = z.object({ planId: z.uuid("errors.invalidId"), visitId: z.uuid("errors.invalidId") });

/** Makes (again) the risk-based on-site proposal of a draft plan. */
export const proposeOnSiteSchema = z.object({ planId: z.uuid("errors.invalidId") });

/**
 * DOST's decision on one unit's on-site proposal: take it as proposed, or change it (on site or not, with a
 * category when on site, and a note saying why).
 */
export const decideProposalSchema = z
  .object({
    planId: z.uuid("errors.invalidId"),
    agencyId: z.uuid("errors.invalidId"),
    decision: z.enum(["ACCEPTED", "CHANGED"], { error: "errors.invalidChoice" }),
    onSite: checkbox,
    onSiteCategory: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.enum(["MANDATORY", "ENCOURAGED"], { error: "errors.invalidChoice" }).optional(),
    ),
    note: optionalFormText(1000, "plans.errors.tooLong"),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== "CHANGED") return;
    if (v.onSite && !v.onSiteCategory)
      ctx.addIssue({ code: "custom", path: ["onSiteCategory"], message: "plans.errors.category" });
    if (!v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "plans.proposal.errors.note" });
  });
export type DecideProposalInput = z.infer<typeof decideProposalSchema>;
