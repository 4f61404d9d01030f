import type { ReactNode } from "react";

/** Bordered cells as on paper minutes; they print in black. */
export const minutesTable = "w-full border-collapse text-sm";
export const minutesHead = "border border-slate-500 bg-slate-100 px-2 py-1 text-left font-semibold print:bg-white";
export const minutesCell = "border border-slate-500 px-2 py-1 align-top";

/** One numbered part of the minutes. */
export function MinutesSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <h2 className="text-base font-bold">{title}</h2>
      {children}
    </section>
  );
}
