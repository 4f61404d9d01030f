import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The checklist screens' client components: the editor, the copy button. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["checklists", "standardVersion"]}>{children}</ClientMessages>;
}
