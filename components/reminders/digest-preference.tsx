"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { setDigestsAction } from "@/lib/findings/reminders/actions";

/**
 * The user's own digests, on or off: one button that turns them the other way. Deadline reminders for the
 * user's unit are not digests and stay on.
 */
export function DigestPreference({ enabled, digest }: { enabled: boolean; digest: "weekly" | "monthly" }) {
  const t = useT();
  const [state, action, pending] = useActionState(setDigestsAction, idleState);
  return (
    <form action={action} className="space-y-3" aria-describedby="digest-lead digest-state">
      <p id="digest-lead" className="text-slate-800">
        {t(digest === "weekly" ? "reminders.preference.leadStaff" : "reminders.preference.leadCommittee")}{" "}
        {t("reminders.preference.remindersStayOn")}
      </p>
      <p id="digest-state" className="font-semibold">
        {t(enabled ? "reminders.preference.enabled" : "reminders.preference.disabled")}
      </p>
      <input type="hidden" name="enabled" value={enabled ? "off" : "on"} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending
          ? t("reminders.preference.saving")
          : t(enabled ? "reminders.preference.turnOff" : "reminders.preference.turnOn")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
