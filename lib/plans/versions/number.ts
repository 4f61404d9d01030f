import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A plan number is taken once per year by a first version (amendments share their plan's number). */
export async function assertNumberFree(tx: Tx, year: number, number: string, exceptId?: string) {
  const taken = await tx.inspectionPlan.findFirst({
    where: { year, number, ...(exceptId ? { id: { not: exceptId } } : {}), previousId: null },
    select: { id: true },
  });
  if (taken) throw new AppError("VALIDATION", "errors.VALIDATION", { number: ["plans.errors.numberTaken"] });
}

export const numberTaken = () =>
  new AppError("VALIDATION", "errors.VALIDATION", { number: ["plans.errors.numberTaken"] });
