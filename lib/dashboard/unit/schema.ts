import { z } from "zod";

/** `?kiem-tra=<id>`: the inspection whose scores by clause group the unit's dashboard shows. */
export const unitDashboardQuerySchema = z.object({
  "kiem-tra": z.uuid({ error: "Mã cuộc kiểm tra không hợp lệ." }).optional(),
});

/** The inspection asked for (undefined: the latest signed off), or the Vietnamese message for a bad value. */
export function parseUnitDashboardQuery(
  params: Record<string, string | string[] | undefined>,
): { ok: true; inspectionId: string | undefined } | { ok: false; message: string } {
  const raw = Array.isArray(params["kiem-tra"]) ? params["kiem-tra"][0] : params["kiem-tra"];
  const parsed = unitDashboardQuerySchema.safeParse({ "kiem-tra": raw === "" ? undefined : raw });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  return { ok: true, inspectionId: parsed.data["kiem-tra"] };
}
