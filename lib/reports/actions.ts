"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { submitAnnualReport } from "./mutations";
import { annualReportSchema } from "./schema";

export const submitAnnualReportAction = createAction({
  schema: annualReportSchema,
  run: async (input, ctx) => {
    const result = await submitAnnualReport(input, ctx);
    revalidatePath("/ho-so");
    revalidatePath(`/ho-so/${result.id}`);
    return result;
  },
  success: "documents.report.submitted",
});
