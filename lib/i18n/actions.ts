"use server";

import { cookies } from "next/headers";
import { getCurrentActor, requestIp } from "@/lib/auth/session";
import { logger } from "@/lib/logger";
import { localeCookie } from "./index";
import { localeInputSchema, saveLocalePreference } from "./preference";

/**
 * Sets the interface language for this browser (a cookie: it works before sign-in too) and, for a signed-in
 * user, as their stored preference, in which their e-mails are written (audited, lib/i18n/preference.ts).
 * Anything but a known language is ignored.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeInputSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  const actor = await getCurrentActor();
  if (actor) {
    try {
      await saveLocalePreference(parsed.data, { actor, ip: await requestIp() });
    } catch (error) {
      // The page still switches: only the stored preference (the e-mails' language) is missed, and logged.
      logger.error("language preference not saved", { userId: actor.id, error });
    }
  }
  (await cookies()).set(localeCookie, parsed.data.locale, {
    path: "/",
    maxAge: 365 * 24 * 3600,
    sameSite: "lax",
    httpOnly: false,
  });
}
