"use client";

import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";

/** Shown instead of a page that failed. The digest refers to the server log; no message or stack reaches the browser. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("errors.errorTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("errors.errorBody")}</p>
      {error.digest ? (
        <p className="mt-2 text-sm text-slate-700">{t("errors.errorRef", { id: error.digest })}</p>
      ) : null}
      <Button className="mt-6" onClick={reset}>
        {t("errors.retry")}
      </Button>
    </main>
  );
}
