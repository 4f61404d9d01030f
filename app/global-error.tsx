"use client";

import { vi } from "@/lib/i18n/messages/vi";

/** Last resort when the root layout itself fails: plain Vietnamese, no details. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>{vi.errors.errorTitle}</h1>
        <p>{vi.errors.errorBody}</p>
        {error.digest ? <p>{vi.errors.errorRef.replace("{id}", error.digest)}</p> : null}
        <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0 1rem" }}>
          {vi.errors.retry}
        </button>
      </body>
    </html>
  );
}
