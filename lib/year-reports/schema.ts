import { z } from "zod";
import type { YearReportKind } from "@/lib/generated/prisma/enums";
import { idSchema } from "@/lib/ids";
import { calendarDate } from "@/lib/text/date-schema";
import { formText } from "@/lib/text/form-schema";
import { yearReportKinds, yearReportStatuses } from "@/lib/year-reports/constants";

export { yearReportKinds, yearReportStatuses };

/**
 * The editable narrative of each kind, in the document's order. The figures go between them as tables; the
 * text is DOST's assessment of them (TT26 Đ38: results, shortcomings, proposals; QĐ19 Phụ lục II: the state of
 * building and applying, difficulties, proposals to the Ministry).
 */
export const narrativeSections = {
  NOVEMBER_CONSOLIDATION: ["overview", "results", "findings", "corrective", "assessment", "proposals"],
  MINISTRY_ANNUAL: ["overview", "status", "difficulties", "proposals"],
} as const satisfies Record<YearReportKind, readonly string[]>;
export type NarrativeSection = (typeof narrativeSections)[YearReportKind][number];
export type Narrative = Partial<Record<string, string>>;

/** The narrative stored in the row, as text by section (anything else in the JSON is dropped). */
export function narrativeOf(kind: YearReportKind, value: unknown): Record<string, string> {
  const raw = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(
    narrativeSections[kind].map((key) => [key, typeof raw[key] === "string" ? (raw[key] as string) : ""]),
  );
}

const year = z.coerce
  .number({ error: "yearReports.errors.year" })
  .int("yearReports.errors.year")
  .min(2014, "yearReports.errors.year")
  .max(2100, "yearReports.errors.year");
const asOf = calendarDate("yearReports.errors.date", { required: true }).transform((d) => d ?? z.NEVER);
const number = formText(50, "yearReports.errors.tooLong", true);
const comment = formText(4000, "yearReports.errors.tooLong", true);

/** A new report: its kind, year and the day its figures are counted at (dd/MM/yyyy), within or after the year. */
export const createYearReportSchema = z
  .object({ kind: z.enum(yearReportKinds, "errors.invalidChoice"), year, asOf })
  .refine((v) => v.asOf.getUTCFullYear() >= v.year, { path: ["asOf"], message: "yearReports.errors.asOfBeforeYear" });
export type CreateYearReportInput = z.infer<typeof createYearReportSchema>;

/** The narrative sections as the form sends them (`section.<key>`), with the version it was opened at. */
export const saveNarrativeSchema = z.object({
  id: idSchema,
  lockVersion: z.coerce.number().int().min(0),
  sections: z.record(z.string().regex(/^[a-z]{1,20}$/), z.string().max(20_000, "yearReports.errors.tooLong")),
});
export type SaveNarrativeInput = z.infer<typeof saveNarrativeSchema>;

/** The narrative form's fields (`section.overview`, …) gathered into `sections`. */
export const saveNarrativeFormSchema = z.preprocess((raw) => {
  const form = (raw ?? {}) as Record<string, unknown>;
  const sections = Object.fromEntries(
    Object.entries(form)
      .filter(([k, v]) => k.startsWith("section.") && typeof v === "string")
      .map(([k, v]) => [k.slice("section.".length), (v as string).normalize("NFC")]),
  );
  return { id: form.id, lockVersion: form.lockVersion, sections };
}, saveNarrativeSchema);

export const reportIdSchema = z.object({ id: idSchema });
export const approveSchema = z.object({ id: idSchema, number, date: asOf });
export const returnSchema = z.object({ id: idSchema, comment });
