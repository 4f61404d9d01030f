import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { createTranslator, defaultLocale, isLocale, localeCookie, type Locale } from "./index";

export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(localeCookie)?.value;
  return isLocale(value) ? value : defaultLocale;
});

export async function getTranslator() {
  return createTranslator(await getLocale());
}
