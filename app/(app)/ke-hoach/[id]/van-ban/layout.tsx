import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The papers tab's client component: the number and date form. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["planPapers"]}>{children}</ClientMessages>;
}
