import Link from "next/link";

/** Previous/next links that keep the other query parameters. */
export function Pagination({
  page,
  pages,
  href,
  labels,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  labels: { previous: string; next: string; status: string };
}) {
  if (pages <= 1) return null;
  const link = "rounded-md border border-slate-400 px-3 py-2 text-sm font-medium text-blue-800 hover:bg-blue-50";
  return (
    <nav aria-label={labels.status} className="mt-4 flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link className={link} href={href(page - 1)} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">{labels.status}</span>
      {page < pages ? (
        <Link className={link} href={href(page + 1)} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
