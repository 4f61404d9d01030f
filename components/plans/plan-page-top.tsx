import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/card";
import { PlanTabs } from "./plan-tabs";

/** The top of each of a plan's pages: the way back to the plans, the page's heading (and actions), the plan's tabs. */
export function PlanPageTop({
  backLabel,
  title,
  lead,
  planId,
  current,
  tabs,
  children,
}: {
  backLabel: string;
  title: string;
  lead?: string;
  planId: string;
  current: string;
  tabs: { slug: string; label: string }[];
  /** Beside the heading: the plan's state and actions. */
  children?: ReactNode;
}) {
  return (
    <>
      <p>
        <Link href="/ke-hoach" className="text-blue-800 underline">
          ← {backLabel}
        </Link>
      </p>
      <PageHeader title={title} lead={lead}>
        {children}
      </PageHeader>
      <PlanTabs planId={planId} current={current} tabs={tabs} />
    </>
  );
}
