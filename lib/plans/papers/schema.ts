import { z } from "zod";
import { calendarDate } from "@/lib/text/date-schema";
import { paperKinds } from "./kinds";

/** Messages are catalogue keys (planPapers.errors.*); the action client translates them. */

const decisionNumber = /^[0-9]+[a-z]?\/QĐ(-[A-ZĐ0-9]+)+$/u;
const letterNumber = /^[0-9]+[a-z]?\/[A-ZĐ]+(-[A-ZĐ0-9]+)+$/u;

/**
 * A paper's number and date as DOST types them. `intent` "save" keeps a draft (the number may stay blank);
 * "issue" saves and issues at once, so both are required then. `lockVersion` is the row's version the form
 * was drawn from (0 for a paper never saved).
 */
export const savePaperSchema = z
  .object({
    planId: z.uuid("errors.invalidId"),
    kind: z.enum(paperKinds, { error: "errors.invalidChoice" }),
    /** Only for a correction letter: the record request it answers. */
    recordRequestId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid("errors.invalidId").optional()),
    number: z
      .string()
      .trim()
      .normalize("NFC")
      .max(40, "planPapers.errors.number")
      .optional()
      .transform((v) => v || null),
    date: calendarDate("planPapers.errors.date"),
    lockVersion: z.coerce.number().int().min(0),
    intent: z.enum(["save", "issue"]).default("save"),
  })
  .superRefine((v, ctx) => {
    if (v.number) {
      const decision = v.kind === "TEAM_DECISION" || v.kind === "CHECK_DECISION";
      if (!(decision ? decisionNumber : letterNumber).test(v.number))
        ctx.addIssue({
          code: "custom",
          path: ["number"],
          message: decision ? "planPapers.errors.decisionNumber" : "planPapers.errors.letterNumber",
        });
    }
    if (v.intent === "issue") {
      if (!v.number) ctx.addIssue({ code: "custom", path: ["number"], message: "planPapers.errors.numberToIssue" });
      if (!v.date) ctx.addIssue({ code: "custom", path: ["date"], message: "planPapers.errors.dateToIssue" });
    }
    if ((v.kind === "CORRECTION_LETTER") !== Boolean(v.recordRequestId))
      ctx.addIssue({ code: "custom", path: ["recordRequestId"], message: "errors.invalidChoice" });
  });
export type SavePaperInput = z.infer<typeof savePaperSchema>;
