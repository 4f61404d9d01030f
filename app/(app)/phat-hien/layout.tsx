import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The finding page's client forms: the corrective-action answer, verification and extensions. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["corrective"]}>{children}</ClientMessages>;
}
