import "server-only";
import { requireScope } from "@/lib/auth/scope";
import { digestPreference } from "./data";

/** The notifications page's digest form: the user's own preference (null digest: their role receives none). */
export async function loadDigestPreference() {
  return digestPreference(await requireScope());
}
