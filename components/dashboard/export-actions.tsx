import { PrintButton } from "./print-button";

/**
 * A dashboard's two ways out: its tables as one XLSX workbook (`href`, with the page's own query) and the page to
 * print or save as PDF. Left off the paper when printed.
 */
export function ExportActions({ href, xlsx, print }: { href: string; xlsx: string; print: string }) {
  return (
    <div className="flex flex-wrap gap-3 print:hidden">
      <a
        href={href}
        className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium text-blue-800 underline hover:bg-slate-50"
        download
      >
        {xlsx}
      </a>
      <PrintButton label={print} />
    </div>
  );
}
