import { z } from "zod";

/**
 * Form fields every domain's schemas share (as `calendarDate` for dates). Messages are catalogue keys; each
 * domain passes its own wording for "too long" and "too many", the action client translates them.
 */

/** Free text: trimmed, NFC, at most `max` characters; refused empty only when `required`. */
export function formText(max: number, tooLongKey: string, required = false) {
  return z
    .string({ error: "errors.required" })
    .trim()
    .max(max, tooLongKey)
    .refine((v) => !required || v.length > 0, "errors.required")
    .transform((v) => v.normalize("NFC"));
}

/** Free text a form may leave out: absent is "". */
export function optionalFormText(max: number, tooLongKey: string) {
  return z
    .string()
    .optional()
    .transform((v) => v ?? "")
    .pipe(formText(max, tooLongKey));
}

/** One value or several under the same form name (checkboxes, multi-selects), as a list of `item`, blanks dropped. */
export function formList<T extends z.ZodType<unknown, string>>(item: T, max: number, tooManyKey?: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean))
    .pipe(z.array(item).max(max, tooManyKey));
}
