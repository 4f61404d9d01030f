"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { idleState } from "@/components/ui/idle-state";
import { moveChecklistItemAction } from "@/lib/checklists/actions";

/** Edit link and move buttons of one item of a draft. */
export function ItemRowActions({
  templateId,
  lockVersion,
  item,
  first,
  last,
  editHref,
}: {
  templateId: string;
  lockVersion: number;
  item: { id: string; code: string };
  first: boolean;
  last: boolean;
  editHref: string;
}) {
  const t = useT();
  const [state, move, pending] = useActionState(moveChecklistItemAction, idleState);
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-1">
        <Link
          href={editHref}
          className="inline-flex min-h-11 items-center px-2 font-semibold text-blue-800 underline"
          aria-label={t("checklists.editor.editLabel", { code: item.code })}
        >
          {t("checklists.editor.edit")}
        </Link>
        {(["up", "down"] as const).map((direction) => (
          <form key={direction} action={move}>
            <input type="hidden" name="templateId" value={templateId} />
            <input type="hidden" name="lockVersion" value={lockVersion} />
            <input type="hidden" name="itemId" value={item.id} />
            <input type="hidden" name="direction" value={direction} />
            <Button
              type="submit"
              variant="ghost"
              className="px-2"
              disabled={pending || (direction === "up" ? first : last)}
              aria-label={t(direction === "up" ? "checklists.editor.moveUpLabel" : "checklists.editor.moveDownLabel", {
                code: item.code,
              })}
            >
              {t(direction === "up" ? "checklists.editor.moveUp" : "checklists.editor.moveDown")}
            </Button>
          </form>
        ))}
      </div>
      <Alert tone="error">{state.status === "error" ? state.message : null}</Alert>
    </div>
  );
}
