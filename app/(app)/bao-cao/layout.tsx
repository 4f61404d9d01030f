import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The year reports' client components: the new-report form, the narrative and the workflow. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["yearReports"]}>{children}</ClientMessages>;
}
