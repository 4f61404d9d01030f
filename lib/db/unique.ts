import { Prisma } from "@/lib/generated/prisma/client";
import type { AppError } from "@/lib/errors";

/** Two requests racing for the same unique value meet the unique index: the loser is told plainly (`onDuplicate`). */
export async function uniquely<T>(work: Promise<T>, onDuplicate: AppError): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw onDuplicate;
    throw error;
  }
}
