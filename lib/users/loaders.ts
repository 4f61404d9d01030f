import "server-only";
import { requireScope } from "@/lib/auth/scope";
import { countUsersByStatus } from "./data";

/** Active and disabled accounts, for the home page; null for anyone who may not manage accounts. */
export async function loadUserCounts() {
  return countUsersByStatus(await requireScope());
}
