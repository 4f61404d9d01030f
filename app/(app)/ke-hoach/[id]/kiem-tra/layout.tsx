import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** A plan's inspections: the bulk assignment (the plans' namespaces again: a nested provider replaces them). */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["plans", "inspections"]}>{children}</ClientMessages>;
}
