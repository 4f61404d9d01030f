import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The user administration forms. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["roles", "users"]}>{children}</ClientMessages>;
}
