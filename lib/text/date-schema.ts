import { z } from "zod";
import { parseVietnameseDate } from "./dates";

/**
 * A calendar date typed dd/MM/yyyy (or yyyy-MM-dd from a date input), as a UTC-midnight Date; empty: null,
 * or the "required" message when `required`. `message` is the catalogue key for a malformed date (each
 * domain says it in its own words).
 */
export function calendarDate(message: string, { required = false } = {}) {
  return z
    .string({ error: "errors.required" })
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) {
        if (required) ctx.addIssue({ code: "custom", message: "errors.required" });
        return null;
      }
      const parsed = parseVietnameseDate(v);
      if (!parsed) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return parsed;
    });
}
