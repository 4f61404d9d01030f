import { z } from "zod";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import { planArchive } from "@/lib/plans/archive/routes";

export const dynamic = "force-dynamic";

/** The plan's archive (TT26 Đ39) as one ZIP, for DOST staff; 404 otherwise. */
export const GET = createRoute({
  name: "plan-archive",
  params: z.object({ id: idSchema }),
  handle: planArchive,
});
