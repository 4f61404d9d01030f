import type { Messages } from "../vi";

/** English messages of deadline reminders and digests, key for key with reminders.vi.ts. */
export const reminders: Messages["reminders"] = {
  notify: {
    DUE_IN_14: {
      title: "{unit}: {count, plural, one {# finding} other {# findings}} due soon",
      body: "{count, plural, one {# finding} other {# findings}} of {unit}: the corrective-action report is due on {due} (in {days, plural, one {# day} other {# days}}).",
    },
    DUE_IN_3: {
      title: "{unit}: {days, plural, one {# day} other {# days}} left to report corrective action",
      body: "{count, plural, one {# finding} other {# findings}} of {unit}: the corrective-action report is due on {due}. Please send it (Circular 26, Article 37).",
    },
    OVERDUE: {
      title: "{unit}: {count, plural, one {# finding} other {# findings}} overdue",
      body: "{count, plural, one {# finding} other {# findings}} of {unit}: the corrective-action report is overdue (due {due}). Please send it or ask for an extension.",
    },
    ESCALATION: {
      title: "{count, plural, one {# nonconformity} other {# nonconformities}} 30 days overdue",
      body: "{count, plural, one {# nonconformity} other {# nonconformities}} of {unitCount, plural, one {# unit} other {# units}} are 30 or more days overdue: {units}.",
    },
    weekly: {
      title: "Corrective actions, week {week}",
      body: "Due this week ({from} – {to}): {dueThisWeek}. Overdue: {overdue}. Waiting for DOST to verify: {answered}.",
    },
    monthly: {
      title: "Overdue corrective actions, {month}",
      body: "{overdue, plural, =0 {No nonconformity is overdue.} one {# nonconformity overdue at {unitCount, plural, one {# unit} other {# units}}.} other {# nonconformities overdue at {unitCount, plural, one {# unit} other {# units}}.}} By kind of unit: {byKind}. Most: {topUnits}.",
    },
  },
  none: "none",
  preference: {
    title: "Digests",
    leadStaff: "Every Monday morning: findings due this week, overdue, and waiting for verification.",
    leadCommittee: "On the 1st of every month: overdue nonconformities by kind of unit.",
    remindersStayOn: "Deadline reminders for your own unit are always sent.",
    enabled: "You receive digests",
    disabled: "Digests are turned off",
    turnOff: "Turn digests off",
    turnOn: "Receive digests",
    saving: "Saving…",
    savedOn: "Digests turned on.",
    savedOff: "Digests turned off.",
  },
};
