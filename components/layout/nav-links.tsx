"use client";

import { usePathname } from "next/navigation";
import { SoftLinks } from "@/components/ui/soft-links";

/**
 * Menu links; the current one carries aria-current (which also marks it: `.nav-link` in app/globals.css). Plain
 * anchors under one SoftLinks handler navigate like next/link without a client component per link: the menu is on
 * every signed-in page.
 */
export function NavLinks({
  items,
  unread,
  notificationsHref,
  unreadLabel,
}: {
  items: { href: string; text: string }[];
  unread: number;
  notificationsHref: string;
  unreadLabel: string;
}) {
  const pathname = usePathname();
  return (
    <SoftLinks>
      <ul className="mx-auto flex max-w-7xl flex-wrap gap-1 px-2">
        {items.map((item) => {
          const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <a href={item.href} aria-current={current ? "page" : undefined} className="nav-link">
                {item.text}
                {item.href === notificationsHref && unread > 0 ? (
                  <span
                    className="rounded-full bg-amber-400 px-2 text-xs font-bold text-slate-900"
                    aria-label={`${unread} ${unreadLabel}`}
                  >
                    {unread}
                  </span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ul>
    </SoftLinks>
  );
}
