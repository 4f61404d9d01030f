import { z } from "zod";
import { asOfDaySchema, futureDayMessage } from "../schema";

/** `?kiem-tra=<id>`: the inspection whose scores by clause group the unit's dashboard shows; `?ngay=`: as of that day. */
export const unitDashboardQuerySchema = z.object({
  "kiem-tra": z.uuid({ error: "Mã cuộc kiểm tra không hợp lệ." }).optional(),
  ngay: asOfDaySchema.optional(),
});

/** The inspection asked for (undefined: the latest signed off), or the Vietnamese message for a bad value. */
export function parseUnitDashboardQuery(
  params: Record<string, string | string[] | undefined>,
  today: Date,
): { ok: true; inspectionId: string | undefined; asOf: Date | undefined } | { ok: false; message: string } {
  const first = (key: string) => {
    const raw = Array.isArray(params[key]) ? params[key][0] : params[key];
    return raw === undefined || raw.trim() === "" ? undefined : raw.trim();
  };
  const parsed = unitDashboardQuerySchema.safeParse({ "kiem-tra": first("kiem-tra"), ngay: first("ngay") });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  if (parsed.data.ngay && parsed.data.ngay > today) return { ok: false, message: futureDayMessage };
  return { ok: true, inspectionId: parsed.data["kiem-tra"], asOf: parsed.data.ngay };
}
