import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The notifications' "mark all read" button and the digest preference form. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["notifications", "reminders"]}>{children}</ClientMessages>;
}
