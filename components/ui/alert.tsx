import type { ReactNode } from "react";

const tones = {
  error: "border-red-700 bg-red-50 text-red-900",
  success: "border-green-700 bg-green-50 text-green-900",
  info: "border-blue-700 bg-blue-50 text-blue-900",
} as const;

/**
 * A message in a live region. Always rendered (empty when there is nothing to say) so screen readers
 * announce the text when it appears.
 */
export function Alert({ tone, children, id }: { tone: keyof typeof tones; children?: ReactNode; id?: string }) {
  return (
    <div id={id} role="status" aria-live="polite" aria-atomic="true">
      {children ? <div className={`rounded-md border-l-4 px-4 py-3 text-sm ${tones[tone]}`}>{children}</div> : null}
    </div>
  );
}
