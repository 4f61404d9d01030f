import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The records' client components: uploads, reviews, requests, the annual report form. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["documents"]}>{children}</ClientMessages>;
}
