"use client";

import { lastResort } from "@/lib/i18n/messages/last-resort.vi";
import { interpolate } from "@/lib/i18n/format-message";

/** Last resort when the root layout itself fails: plain Vietnamese, no details. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>{lastResort.errorTitle}</h1>
        <p>{lastResort.errorBody}</p>
        {error.digest ? <p>{interpolate(lastResort.errorRef, { id: error.digest }, "vi")}</p> : null}
        <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0 1rem" }}>
          {lastResort.retry}
        </button>
      </body>
    </html>
  );
}
