import { z } from "zod";

/** `?nam=2021`: the year the dashboard counts; absent means the latest year with a plan at work. */
export const dashboardQuerySchema = z.object({
  nam: z.coerce
    .number({ error: "Năm phải là một số, ví dụ ?nam=2021." })
    .int({ error: "Năm phải là số nguyên, ví dụ ?nam=2021." })
    .min(2000, { error: "Năm phải từ 2000 đến 2100." })
    .max(2100, { error: "Năm phải từ 2000 đến 2100." })
    .optional(),
});

/** The year asked for, undefined when none, or the Vietnamese message for a bad one. */
export function parseDashboardQuery(
  params: Record<string, string | string[] | undefined>,
): { ok: true; year: number | undefined } | { ok: false; message: string } {
  const raw = Array.isArray(params.nam) ? params.nam[0] : params.nam;
  const parsed = dashboardQuerySchema.safeParse({ nam: raw === undefined || raw === "" ? undefined : raw });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  return { ok: true, year: parsed.data.nam };
}
