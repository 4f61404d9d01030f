import Link from "next/link";

/** The plan's sub-pages (lib/plans/loaders planTabs); the current one carries aria-current. */
export function PlanTabs({
  planId,
  current,
  tabs,
}: {
  planId: string;
  current: string;
  tabs: { slug: string; label: string }[];
}) {
  return (
    <nav aria-label="Kế hoạch" className="mb-6 border-b border-slate-300">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const href = tab.slug ? `/ke-hoach/${planId}/${tab.slug}` : `/ke-hoach/${planId}`;
          const active = tab.slug === current;
          return (
            <li key={tab.slug}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={`inline-flex min-h-11 items-center px-4 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-amber-500 ${active ? "border-b-4 border-blue-800 text-blue-900" : "text-slate-700 hover:text-blue-800"}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
