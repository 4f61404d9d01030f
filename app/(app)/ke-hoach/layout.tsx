import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";

/** The plans' client components: the plan form, the workflow, the team, the scope, the schedule. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["plans"]}>{children}</ClientMessages>;
}
