import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllRead } from "@/components/layout/mark-all-read";
import { DigestPreference } from "@/components/reminders/digest-preference";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/i18n/format";
import { loadDigestPreference } from "@/lib/findings/reminders/loaders";
import { getTranslator } from "@/lib/i18n/server";
import { loadNotificationsPage } from "@/lib/notifications/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("notifications.title") };
}

export default async function NotificationsPage() {
  // Rendered in the language the reader uses now, whatever it was when the notification was written.
  const [{ t, notifications, unread }, digests] = await Promise.all([loadNotificationsPage(), loadDigestPreference()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("notifications.title")} lead={t("notifications.unread", { count: unread })}>
        {unread > 0 ? <MarkAllRead /> : null}
      </PageHeader>
      <Card>
        {notifications.length ? (
          <ul className="divide-y divide-slate-200">
            {notifications.map((n) => (
              <li key={n.id} className={`py-3 ${n.readAt ? "" : "border-l-4 border-amber-500 pl-3"}`}>
                <p className="font-semibold">{n.title}</p>
                {n.body ? <p className="text-slate-800">{n.body}</p> : null}
                <p className="text-sm text-slate-700">
                  {formatDateTime(n.createdAt)}
                  {n.link ? (
                    <>
                      {" · "}
                      <Link href={n.link} className="text-blue-800 underline">
                        {t("notifications.open")}
                      </Link>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("notifications.empty")}</p>
        )}
      </Card>
      {digests.digest ? (
        <Card title={t("reminders.preference.title")}>
          <DigestPreference enabled={digests.enabled} digest={digests.digest} />
        </Card>
      ) : null}
    </div>
  );
}
