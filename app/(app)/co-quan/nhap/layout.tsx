import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/**
 * The registry's client components of the import. Not on the list (/co-quan), which has none: each of its responses
 * would carry these namespaces (10 kB) for nothing.
 */
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["agencies", "auth", "isoRequirement", "standardVersion"]}>{children}</ClientMessages>
  );
}
