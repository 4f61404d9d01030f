import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The password and session forms. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth", "users"]}>{children}</ClientMessages>;
}
