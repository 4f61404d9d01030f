import { setLocaleAction } from "@/lib/i18n/actions";
import type { Locale } from "@/lib/i18n";

/** A plain form, so it works before JavaScript loads. */
export function LanguageSwitch({ locale, label, switchTo }: { locale: Locale; label: string; switchTo: string }) {
  const other: Locale = locale === "vi" ? "en" : "vi";
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={`${label}: ${switchTo}`}
        className="min-h-11 rounded-md px-3 py-2 text-sm font-medium text-white underline-offset-2 hover:underline focus-visible:outline-3 focus-visible:outline-amber-400"
      >
        {switchTo}
      </button>
    </form>
  );
}
