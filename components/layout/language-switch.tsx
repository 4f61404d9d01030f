import { setLocaleAction } from "@/lib/i18n/actions";
import type { Locale } from "@/lib/i18n";

/** A plain form, so it works before JavaScript loads. */
export function LanguageSwitch({ locale, label, switchTo }: { locale: Locale; label: string; switchTo: string }) {
  const other: Locale = locale === "vi" ? "en" : "vi";
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other} />
      <button type="submit" lang={other} aria-label={`${label}: ${switchTo}`} className="header-link">
        {switchTo}
      </button>
    </form>
  );
}
