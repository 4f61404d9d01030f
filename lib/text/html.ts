/*
 * Markup written as a string, for the large static tables of lists and dashboards: React would carry each of their
 * cells twice (as markup and in the page's server-component payload), a string costs one escaped copy. Every text
 * and attribute value goes through escapeHtml; the strings are built from the app's own data and messages only.
 */

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute's value with the five HTML-significant characters escaped. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => escapes[c]!);

/** A link; `label` is its accessible name when the visible text alone would not say where it goes. */
export const htmlLink = (
  href: string,
  text: string,
  { label, className }: { label?: string; className?: string } = {},
) =>
  `<a href="${escapeHtml(href)}"${className ? ` class="${className}"` : ""}${label ? ` aria-label="${escapeHtml(label)}"` : ""}>${escapeHtml(text)}</a>`;
