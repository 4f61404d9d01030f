"use client";

import { Button } from "@/components/ui/button";

/**
 * Opens the browser's print dialog, where the dashboard prints or saves as PDF ("In / Lưu PDF"); the print
 * styles (app/globals.css, .print-report) leave the controls and the app's frame off the paper.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
