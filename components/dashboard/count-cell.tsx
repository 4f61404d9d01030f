import Link from "next/link";
import type { ReactNode } from "react";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/format";

/** A right-aligned count; a link to the list behind it when that list can show it (href null: plain number). */
export function CountCell({ value, href, label }: { value: number; href?: string | null; label?: string }) {
  return (
    <Td className="text-right tabular-nums">
      {href ? (
        <Link href={href} className="font-semibold text-blue-800 underline" aria-label={label}>
          {formatNumber(value)}
        </Link>
      ) : (
        formatNumber(value)
      )}
    </Td>
  );
}

/** A figure's name heading its row (bold for a total row). */
export function RowHeader({ children, total = false }: { children: ReactNode; total?: boolean }) {
  return (
    <Th scope="row" className={total ? "bg-white" : "bg-white font-normal"}>
      {children}
    </Th>
  );
}

/** One figure as a table row: its name and its count (a link to the list behind it when there is one). */
export function FigureRow(props: {
  label: string;
  value: number;
  href?: string | null;
  linkLabel?: string;
  total?: boolean;
}) {
  return (
    <tr>
      <RowHeader total={props.total}>{props.label}</RowHeader>
      <CountCell value={props.value} href={props.href} label={props.linkLabel} />
    </tr>
  );
}

/** A two-column table of figures (name, count) with its caption; its rows are FigureRows. */
export function FigureTable({
  caption,
  heading,
  countHeading,
  children,
}: {
  caption: string;
  heading: string;
  countHeading: string;
  children: ReactNode;
}) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{heading}</Th>
          <Th className="text-right">{countHeading}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">{children}</tbody>
    </Table>
  );
}
