import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getCurrentSession } from "@/lib/auth/session";
import { createTranslator, defaultLocale, isLocale, localeCookie, type Locale } from "./index";

/**
 * The language of this request: the browser's choice (cookie), else the signed-in user's stored preference
 * (a new browser opens in the language they chose elsewhere), else Vietnamese.
 */
export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(localeCookie)?.value;
  if (isLocale(value)) return value;
  try {
    // The stored language is read with the session (one statement), not on its own.
    return (await getCurrentSession())?.locale ?? defaultLocale;
  } catch {
    // The language must never be what fails a request: with the database out of reach, the page or action
    // reports that itself (in Vietnamese) instead of an unhandled error.
    return defaultLocale;
  }
});

export async function getTranslator() {
  return createTranslator(await getLocale());
}
