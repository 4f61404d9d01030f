import { Table, Th } from "@/components/ui/table";
import type { AuditEventView } from "@/lib/audit/loaders";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

function summarise(data: unknown): string {
  if (!data || typeof data !== "object") return "";
  const record = data as Record<string, unknown>;
  if (record.changes && typeof record.changes === "object") {
    return Object.entries(record.changes as Record<string, { from: unknown; to: unknown }>)
      .map(([field, c]) => `${field}: ${String(c.from ?? "—")} → ${String(c.to ?? "—")}`)
      .join("; ");
  }
  return Object.entries(record)
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join("; ");
}

export async function AuditList({ events, empty }: { events: AuditEventView[]; empty: string }) {
  const t = await getTranslator();
  if (!events.length) return <p className="text-slate-700">{empty}</p>;
  return (
    <Table caption={t("audit.title")}>
      <thead>
        <tr>
          <Th>{t("audit.at")}</Th>
          <Th>{t("audit.actor")}</Th>
          <Th>{t("audit.type")}</Th>
          <Th>{t("audit.details")}</Th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td className="whitespace-nowrap tabular-nums">{formatDateTime(event.at)}</td>
            <td>{event.actor ? event.actor.name : event.actorId ? event.actorId : t("audit.anonymous")}</td>
            <td>{t.raw(`audit.types.${event.type}`)}</td>
            <td className="max-w-md break-words text-slate-700">
              {summarise(event.data)}
              {event.ip ? <span className="block text-xs">IP {event.ip}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
