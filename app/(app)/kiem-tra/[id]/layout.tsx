import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/**
 * The inspection screens' client components: the checklist being filled, assignment, conclusion, sign-off. Not on
 * the list (/kiem-tra), which has none: its every response would carry these namespaces (23 kB) for nothing.
 */
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["checklistStandard", "checklists", "findings", "inspectionRecord", "inspections"]}>
      {children}
    </ClientMessages>
  );
}
