import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getCurrentActor } from "@/lib/auth/session";
import { createTranslator, defaultLocale, isLocale, localeCookie, type Locale } from "./index";
import { storedLocale } from "./preference";

/**
 * The language of this request: the browser's choice (cookie), else the signed-in user's stored preference
 * (a new browser opens in the language they chose elsewhere), else Vietnamese.
 */
export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(localeCookie)?.value;
  if (isLocale(value)) return value;
  try {
    const actor = await getCurrentActor();
    return actor ? await storedLocale(actor.id) : defaultLocale;
  } catch {
    // The language must never be what fails a request: with the database out of reach, the page or action
    // reports that itself (in Vietnamese) instead of an unhandled error.
    return defaultLocale;
  }
});

export async function getTranslator() {
  return createTranslator(await getLocale());
}
