import "server-only";
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { locales, type Locale } from "./index";

export const localeInputSchema = z.object({ locale: z.enum(locales) });

/**
 * Stores the language a user chose in the header: the app uses it where the browser has no language
 * cookie yet (lib/i18n/server.ts), and e-mails to the user are written in it. Audited, as every change of
 * a stored setting is: it decides what language the user's e-mails arrive in, and the audit row answers
 * "why did my e-mails turn English". The row is read locked, so two switches at once write two honest
 * rows (vi → en, en → vi), and choosing the stored language again writes nothing.
 */
export async function saveLocalePreference(
  input: { locale: Locale },
  { actor, ip }: { actor: Pick<Actor, "id">; ip: string | null },
) {
  const { locale } = localeInputSchema.parse(input);
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { locale: Locale }[]
    >`SELECT locale::text AS locale FROM user_account WHERE id = ${actor.id}::uuid FOR UPDATE`;
    if (!row || row.locale === locale) return { changed: false };
    await tx.user.update({ where: { id: actor.id }, data: { locale } });
    await writeAudit(tx, {
      type: "user.locale_changed",
      actorId: actor.id,
      target: { type: "user", id: actor.id },
      data: { from: row.locale, to: locale },
      ip,
    });
    return { changed: true };
  });
}

/** The user's stored language (Vietnamese until they choose). */
export async function storedLocale(userId: string): Promise<Locale> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { locale: true } });
  return user?.locale ?? "vi";
}
