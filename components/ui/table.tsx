import type { ReactNode, ThHTMLAttributes } from "react";

/**
 * A table that scrolls sideways on narrow screens instead of breaking the page. Its heads, cells (plain `<td>`) and
 * row group are styled once (`.data-table` in app/globals.css), so a list's rows written as one HTML string
 * (lib/text/html.ts) repeat no class.
 */
export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** A column head of a Table. */
export function Th(props: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" {...props} />;
}
