"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

/**
 * Same-site links inside, written as plain markup (a list's rows as one HTML string, see lib/text/html.ts), navigate
 * as next/link does: without reloading the page. One handler on the wrapper instead of a Link per row: a page of 50
 * rows does not render 50 client components on the server. A click with a modifier key or another button, a link
 * with a target or a download, and a link to another site keep the browser's own behaviour; the keyboard's Enter
 * on a focused link is a click, so it navigates the same way.
 */
export function SoftLinks({ children, className }: { children: ReactNode; className?: string }) {
  const router = useRouter();
  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element).closest?.("a[href]");
    if (!(anchor instanceof HTMLAnchorElement) || !event.currentTarget.contains(anchor)) return;
    if (anchor.target || anchor.hasAttribute("download")) return;
    const url = new URL(anchor.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    router.push(url.pathname + url.search + url.hash);
  }
  return (
    // The links inside are the interactive elements (focusable, announced); this only changes how they navigate.
    <div className={className} onClick={onClick}>
      {children}
    </div>
  );
}
