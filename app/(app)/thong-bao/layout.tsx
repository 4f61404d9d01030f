import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The notifications' "mark all read" button. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["notifications"]}>{children}</ClientMessages>;
}
