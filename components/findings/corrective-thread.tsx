import type { FindingThread } from "@/lib/findings/loaders";
import { correctiveEvidenceHref } from "@/lib/findings/schema";
import type { Translate } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { formatCalendarDate } from "@/lib/text/dates";

const eventKeys = new Set([
  "answered",
  "acknowledged",
  "verified.ACCEPTED",
  "verified.REJECTED",
  "verified.CHECK_NEXT_TIME",
  "extension.requested",
  "extension.GRANTED",
  "extension.REFUSED",
  "follow_up_closed",
  "follow_up_reraised",
]);

/**
 * A finding's corrective-action thread: every answer round (cause, correction, action, plan, evidence) with
 * DOST's verdict and reason, the extension requests with their decisions, and the log of events.
 */
export function CorrectiveThread({ findingId, thread, t }: { findingId: string; thread: FindingThread; t: Translate }) {
  return (
    <div className="space-y-6">
      {thread.answers.length === 0 ? <p>{t("corrective.thread.empty")}</p> : null}
      <ol className="space-y-4">
        {thread.answers.map((a) => (
          <li
            key={a.id}
            className="rounded-md border border-slate-300 p-4"
            aria-label={t("corrective.thread.round", { round: a.round })}
          >
            <h3 className="font-semibold">
              {a.kind === "ACKNOWLEDGEMENT"
                ? t("corrective.thread.acknowledgement")
                : t("corrective.thread.round", { round: a.round })}{" "}
              — {t(`corrective.answerStatuses.${a.status}`)}
            </h3>
            <p className="text-sm text-slate-700">
              {t("corrective.thread.submittedBy", { name: a.submittedBy, at: formatDateTime(a.submittedAt) })}
            </p>
            {a.kind === "CORRECTIVE_ACTION" ? (
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
                <dt className="font-semibold">{t("corrective.fields.cause")}</dt>
                <dd className="whitespace-pre-line">{a.cause}</dd>
                <dt className="font-semibold">{t("corrective.fields.correction")}</dt>
                <dd className="whitespace-pre-line">{a.correction || "—"}</dd>
                <dt className="font-semibold">{t("corrective.fields.action")}</dt>
                <dd className="whitespace-pre-line">{a.action}</dd>
                <dt className="font-semibold">{t("corrective.fields.plannedDate")}</dt>
                <dd>{a.plannedDate ? formatCalendarDate(a.plannedDate) : "—"}</dd>
                <dt className="font-semibold">{t("corrective.fields.responsible")}</dt>
                <dd>{a.responsible}</dd>
                <dt className="font-semibold">{t("corrective.thread.evidence")}</dt>
                <dd>
                  {a.evidence.length ? (
                    <ul className="list-disc pl-5">
                      {a.evidence.map((e) => (
                        <li key={e.id}>
                          {e.kind === "FILE" ? (
                            <a href={correctiveEvidenceHref(findingId, e.id)} className="text-blue-800 underline">
                              {e.fileName}
                            </a>
                          ) : e.recordVersion ? (
                            <a href={`/ho-so/${e.recordVersion.record.id}`} className="text-blue-800 underline">
                              {t("corrective.thread.recordVersion", {
                                title: e.recordVersion.record.title,
                                number: e.recordVersion.number,
                              })}
                            </a>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t("corrective.thread.noEvidence")
                  )}
                </dd>
              </dl>
            ) : a.action ? (
              <p className="mt-2 whitespace-pre-line">{a.action}</p>
            ) : null}
            {a.verifiedAt ? (
              <div className="mt-3 border-l-4 border-slate-400 pl-3">
                <p className="font-semibold">
                  {t(`corrective.verdicts.${a.status as "ACCEPTED" | "REJECTED" | "CHECK_NEXT_TIME"}`)}
                </p>
                <p className="text-sm text-slate-700">
                  {t("corrective.thread.verifiedBy", { name: a.verifiedBy, at: formatDateTime(a.verifiedAt) })}
                </p>
                {a.verdictNote ? <p className="whitespace-pre-line">{a.verdictNote}</p> : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {thread.extensions.length ? (
        <section aria-labelledby="extensions-title">
          <h3 id="extensions-title" className="font-semibold">
            {t("corrective.thread.extensions")}
          </h3>
          <ul className="mt-2 space-y-2">
            {thread.extensions.map((e) => (
              <li key={e.id} className="rounded-md border border-slate-300 p-3">
                <p>
                  {t("corrective.thread.extension", {
                    date: formatCalendarDate(e.requestedDate),
                    previous: formatCalendarDate(e.previousDueDate),
                    reason: e.reason,
                  })}
                </p>
                <p className="text-sm text-slate-700">
                  {t("corrective.thread.submittedBy", { name: e.requestedBy, at: formatDateTime(e.requestedAt) })}
                </p>
                <p className="text-sm">
                  {e.decidedAt
                    ? t("corrective.thread.decision", {
                        status: t(`corrective.extensionStatuses.${e.status}`),
                        name: e.decidedBy,
                        at: formatDateTime(e.decidedAt),
                      })
                    : t(`corrective.extensionStatuses.${e.status}`)}
                  {e.grantedDate
                    ? ` — ${t("corrective.thread.grantedTo", { date: formatCalendarDate(e.grantedDate) })}`
                    : ""}
                  {e.decisionNote ? ` — ${e.decisionNote}` : ""}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {thread.events.length ? (
        <section aria-labelledby="events-title">
          <h3 id="events-title" className="font-semibold">
            {t("corrective.thread.events")}
          </h3>
          <ol className="mt-2 space-y-1 text-sm">
            {thread.events.map((e) => (
              <li key={e.id}>
                {formatDateTime(e.at)} — {e.actor}:{" "}
                {eventKeys.has(e.action)
                  ? t(
                      `corrective.thread.eventActions.${e.action.replace(".", "_")}` as "corrective.thread.eventActions.answered",
                    )
                  : t("corrective.thread.other")}
                {e.comment ? ` — ${e.comment}` : ""}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
