"use server";

import { cookies } from "next/headers";
import { isLocale, localeCookie } from "./index";

/** Sets the interface language for this browser. Not a data change, so no audit row. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: false });
}
