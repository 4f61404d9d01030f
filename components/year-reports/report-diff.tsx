import { Table, Th } from "@/components/ui/table";
import type { FigureChange, NarrativeChange } from "@/lib/year-reports/diff";

type Labels = {
  title: string;
  narrative: string;
  figures: string;
  none: string;
  before: string;
  after: string;
  table: string;
  row: string;
  column: string;
};

/** What a correction changed against the version it corrects: the narrative by section, the figures by cell. */
export function ReportDiff({
  narrative,
  figures,
  sectionLabel,
  labels,
}: {
  narrative: NarrativeChange[];
  figures: FigureChange[];
  sectionLabel: Record<string, string>;
  labels: Labels;
}) {
  return (
    <div className="space-y-4">
      <h3 className="font-semibold">{labels.narrative}</h3>
      {narrative.length ? (
        <dl className="space-y-3">
          {narrative.map((c) => (
            <div key={c.section}>
              <dt className="font-semibold">{sectionLabel[c.section] ?? c.section}</dt>
              <dd className="grid gap-2 sm:grid-cols-2">
                <p className="rounded bg-red-50 p-2 whitespace-pre-line">
                  <span className="sr-only">{labels.before}: </span>
                  {c.before || "—"}
                </p>
                <p className="rounded bg-green-50 p-2 whitespace-pre-line">
                  <span className="sr-only">{labels.after}: </span>
                  {c.after || "—"}
                </p>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="text-sm text-slate-700">{labels.none}</p>
      )}
      <h3 className="font-semibold">{labels.figures}</h3>
      {figures.length ? (
        <Table caption={labels.figures}>
          <thead>
            <tr>
              <Th>{labels.table}</Th>
              <Th>{labels.row}</Th>
              <Th>{labels.column}</Th>
              <Th className="text-right">{labels.before}</Th>
              <Th className="text-right">{labels.after}</Th>
            </tr>
          </thead>
          <tbody>
            {figures.map((c, i) => (
              <tr key={i}>
                <td>{c.title}</td>
                <td>{c.row}</td>
                <td>{c.column}</td>
                <td className="text-right tabular-nums">{c.before}</td>
                <td className="text-right tabular-nums">{c.after}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p className="text-sm text-slate-700">{labels.none}</p>
      )}
    </div>
  );
}
