import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The registry's client components: the unit form, the import, the reorganisation. */
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["agencies", "auth", "isoRequirement", "standardVersion"]}>{children}</ClientMessages>
  );
}
