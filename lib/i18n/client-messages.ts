import "server-only";
import type { Locale } from "./config";
import { messagesFor, type Messages } from "./index";

export type Namespace = keyof Messages;

/** What client components anywhere may use (the error boundary, form errors): given by the root layout. */
export const commonNamespaces = ["common", "errors"] as const satisfies readonly Namespace[];

/**
 * The part of a catalogue sent to the browser: the common namespaces and those asked for. A route segment's
 * layout asks for what its client components use (components/i18n-messages); nothing else leaves the server.
 */
export function pickMessages(locale: Locale, namespaces: readonly Namespace[] = []): Partial<Messages> {
  const messages = messagesFor(locale);
  const picked = new Set<Namespace>([...commonNamespaces, ...namespaces]);
  return Object.fromEntries([...picked].map((ns) => [ns, messages[ns]]));
}
