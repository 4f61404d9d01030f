"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { commitImportAction, discardImportAction } from "@/lib/agencies/actions";

/**
 * Confirm (all rows, in one transaction) or discard a dry run without errors. `pending`: the dry run still
 * awaits a decision (otherwise only the way back shows, with the outcome of a decision just taken).
 */
export function ImportDecision({ id, pending }: { id: string; pending: boolean }) {
  const t = useT();
  const [commitState, commit, committing] = useActionState(commitImportAction, idleState);
  const [discardState, discard, discarding] = useActionState(discardImportAction, idleState);
  const done = commitState.status === "success" || discardState.status === "success";
  return (
    <div className="space-y-3">
      <FormStatus state={commitState.status !== "idle" ? commitState : discardState} />
      {done || !pending ? (
        <Link href="/co-quan" className="font-semibold text-blue-800 underline">
          {t("agencies.back")}
        </Link>
      ) : (
        <div className="flex flex-wrap gap-3">
          <form action={commit}>
            <input type="hidden" name="id" value={id} />
            <Button type="submit" disabled={committing || discarding}>
              {t("agencies.import.commit")}
            </Button>
          </form>
          <form action={discard}>
            <input type="hidden" name="id" value={id} />
            <Button type="submit" variant="secondary" disabled={committing || discarding}>
              {t("agencies.import.discard")}
            </Button>
          </form>
        </div>
      )}
    </div>
  );
}
