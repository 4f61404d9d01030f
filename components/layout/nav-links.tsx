"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** Menu links; the current one carries aria-current. */
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
    <ul className="mx-auto flex max-w-7xl flex-wrap gap-1 px-2">
      {items.map((item) => {
        const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center gap-2 px-3 py-2 text-sm font-medium hover:bg-blue-800 focus-visible:outline-3 focus-visible:outline-amber-400 ${current ? "border-b-4 border-amber-400 text-white" : "text-blue-50"}`}
            >
              {item.text}
              {item.href === notificationsHref && unread > 0 ? (
                <span
                  className="rounded-full bg-amber-400 px-2 text-xs font-bold text-slate-900"
                  aria-label={`${unread} ${unreadLabel}`}
                >
                  {unread}
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
