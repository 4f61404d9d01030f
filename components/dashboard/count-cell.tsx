import Link from "next/link";
import { Td } from "@/components/ui/table";
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
