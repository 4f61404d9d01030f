import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The corrective-action report page's client form (several answers at once). */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["corrective"]}>{children}</ClientMessages>;
}
