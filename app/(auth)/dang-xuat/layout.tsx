import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The sign-out form. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth"]}>{children}</ClientMessages>;
}
