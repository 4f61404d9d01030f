import { z } from "zod";
import { isoRequirements, standardVersions } from "@/lib/agencies/constants";
import { calendarDate } from "@/lib/text/date-schema";

export { isoRequirements, standardVersions };

/** Messages are catalogue keys; the action client translates them. */

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "agencies.errors.tooLong")
    .optional()
    .transform((v) => (v ? v.normalize("NFC") : null));

/** A date typed as dd/MM/yyyy (or yyyy-MM-dd from a date input); "" means none. */
export const optionalDate = calendarDate("agencies.errors.date");

export const agencyCode = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .max(20, "agencies.errors.codeFormat")
  .regex(/^[A-Za-z0-9][A-Za-z0-9.\-_]*$/, "agencies.errors.codeFormat");

/**
 * The rules of a unit's free-text and number fields, one per field, shared by the edit form
 * (agencyFieldsSchema) and the import's rows (lib/agencies/import/validate.ts): a value one refuses, the
 * other refuses too. Each takes the text as typed or read from a cell ("" or absent: none).
 */
export const agencyFieldRules = {
  name: z
    .string({ error: "errors.required" })
    .normalize("NFC")
    .trim()
    .min(1, { error: "errors.required", abort: true })
    .min(2, "agencies.errors.nameTooShort")
    .max(200, "agencies.errors.tooLong"),
  shortName: optionalText(100),
  nameEn: optionalText(200),
  group: optionalText(60),
  announcementNumber: optionalText(60),
  procedureCount: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 10_000) {
        ctx.addIssue({ code: "custom", message: "agencies.errors.procedureCount" });
        return z.NEVER;
      }
      return n;
    }),
  contactName: optionalText(120),
  contactPhone: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    .pipe(
      z
        .string()
        .regex(/^[0-9 +().-]{6,20}$/, "agencies.errors.phone")
        .nullable(),
    ),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => v || null)
    .pipe(z.email("errors.email").nullable()),
  note: optionalText(1000),
};

export const agencyFieldsSchema = z
  .object({
    ...agencyFieldRules,
    kindId: z.uuid("errors.invalidChoice"),
    parentId: z
      .string()
      .optional()
      .transform((v) => v || null)
      .pipe(z.uuid("errors.invalidChoice").nullable()),
    isoRequirement: z.enum(isoRequirements, { error: "errors.invalidChoice" }),
    standardVersion: z.enum(standardVersions, { error: "errors.invalidChoice" }),
    announcementDate: optionalDate,
    confirmed: z
      .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean()])
      .optional()
      .transform((v) => v === true || v === "on" || v === "true"),
    validFrom: optionalDate.transform((v) => v ?? new Date(Date.UTC(2000, 0, 1))),
    validTo: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.validTo && v.validTo < v.validFrom)
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "agencies.errors.validityOrder" });
    if (v.announcementNumber && !v.announcementDate)
      ctx.addIssue({ code: "custom", path: ["announcementDate"], message: "agencies.errors.announcementDate" });
  });

export const updateAgencySchema = z.intersection(
  z.object({ id: z.uuid("errors.invalidId"), version: z.coerce.number().int().min(0) }),
  agencyFieldsSchema,
);
export type UpdateAgencyInput = z.infer<typeof updateAgencySchema>;

const yesNo = z.enum(["yes", "no"]);

/** The list's query string. Bad values fall back to "no filter" rather than failing the page. */
export const agencyListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: z.string().trim().max(40).optional().catch(undefined),
  district: z.string().trim().max(20).optional().catch(undefined),
  standard: z.enum(standardVersions).optional().catch(undefined),
  announced: yesNo.optional().catch(undefined),
  requirement: z.enum(isoRequirements).optional().catch(undefined),
  /** dd/MM/yyyy; "all" shows units whatever their validity; empty means today. */
  activeOn: z.string().trim().max(10).optional().catch(undefined),
  unconfirmed: yesNo.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AgencyListQuery = z.infer<typeof agencyListQuerySchema>;
