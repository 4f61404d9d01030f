import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The inspection screens' client components: the checklist being filled, assignment, conclusion, sign-off. */
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["checklists", "findings", "inspectionRecord", "inspections"]}>
      {children}
    </ClientMessages>
  );
}
