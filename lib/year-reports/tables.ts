import { conformityPercent } from "@/lib/inspections";
import type { MinistryFigures, NovemberFigures, YearReportFigures } from "./figures/types";

/*
 * The figures as tables: one shape for the page, the official document and the XLSX workbook, and what the
 * diff between two versions compares cell by cell. Words come from the catalogue through `t` (the document and
 * the workbook are Vietnamese; the page is in the reader's language).
 */

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export type FigureTable = {
  /** Stable key (the sheet's and the diff's name). */
  key: string;
  title: string;
  columns: { title: string; align: "left" | "right" }[];
  rows: string[][];
  total?: string[];
  /** Whether the table is an appendix (the per-unit list) rather than part of the body. */
  appendix?: boolean;
};

const n = (value: number) => new Intl.NumberFormat("vi-VN").format(value);
/** A conformity as the inspection's own score writes it (conformityPercent: one decimal, never a false 100 % or 0 %). */
const percent = (value: number | null) =>
  value === null
    ? "—"
    : `${new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(conformityPercent(value))} %`;
const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((s, r) => s + pick(r), 0);

function table(t: Translate, key: string, columns: string[], rows: string[][], total?: string[]): FigureTable {
  return {
    key,
    title: t(`yearReports.tables.${key}.title`),
    columns: columns.map((c, i) => ({ title: t(`yearReports.tables.${key}.${c}`), align: i === 0 ? "left" : "right" })),
    rows,
    ...(total ? { total } : {}),
  };
}

function novemberTables(f: NovemberFigures, t: Translate): FigureTable[] {
  const totalLabel = t("yearReports.tables.total");
  const results = (rows: ({ label: string } & NovemberFigures["resultsByKind"][number])[]) =>
    rows.map((r) => [r.label, n(r.conforming), n(r.withFindings), n(r.notConforming)]);
  const resultTotal = (rows: NovemberFigures["resultsByKind"]) => [
    totalLabel,
    n(sum(rows, (r) => r.conforming)),
    n(sum(rows, (r) => r.withFindings)),
    n(sum(rows, (r) => r.notConforming)),
  ];
  const provincial = t("yearReports.tables.provincial");
  const units = table(
    t,
    "units",
    [
      "unit",
      "kind",
      "district",
      "track",
      "done",
      "conformity",
      "result",
      "nonconformities",
      "unresolved",
      "completeness",
    ],
    f.units.map((u) => [
      u.name,
      u.kind,
      u.district ?? provincial,
      t(u.onSite ? "yearReports.tables.units.onSite" : "yearReports.tables.units.dossierOnly"),
      t(u.dossierDone || u.onSiteDone ? "yearReports.tables.yes" : "yearReports.tables.no"),
      percent(u.conformity),
      u.result ? t(`yearReports.results.${u.result}`) : "—",
      n(u.nonconformities),
      n(u.unresolved),
      u.completeness === null ? "—" : `${u.completeness} %`,
    ]),
  );
  return [
    table(
      t,
      "coverage",
      ["kind", "dossierPlanned", "dossierDone", "onSitePlanned", "onSiteDone"],
      f.coverage.map((c) => [c.kind, n(c.dossierPlanned), n(c.dossierDone), n(c.onSitePlanned), n(c.onSiteDone)]),
      [
        totalLabel,
        n(sum(f.coverage, (c) => c.dossierPlanned)),
        n(sum(f.coverage, (c) => c.dossierDone)),
        n(sum(f.coverage, (c) => c.onSitePlanned)),
        n(sum(f.coverage, (c) => c.onSiteDone)),
      ],
    ),
    table(
      t,
      "scores",
      ["band", "dossier", "onSite"],
      f.scores.map((s) => [t(`yearReports.bands.${s.band}`), n(s.dossier), n(s.onSite)]),
      [totalLabel, n(sum(f.scores, (s) => s.dossier)), n(sum(f.scores, (s) => s.onSite))],
    ),
    table(
      t,
      "resultsByKind",
      ["kind", "conforming", "withFindings", "notConforming"],
      results(f.resultsByKind.map((r) => ({ ...r, label: r.kind }))),
      resultTotal(f.resultsByKind),
    ),
    table(
      t,
      "resultsByDistrict",
      ["district", "conforming", "withFindings", "notConforming"],
      results(f.resultsByDistrict.map((r) => ({ ...r, kind: "", label: r.district ?? provincial }))),
      resultTotal(f.resultsByDistrict.map((r) => ({ ...r, kind: "" }))),
    ),
    table(
      t,
      "findingsByGroup",
      ["group", "major", "minor", "recommendation"],
      f.findingsByGroup.map((g) => [
        `${t(`yearReports.standards.${g.standard}`)} — ${g.group || "—"}`,
        n(g.major),
        n(g.minor),
        n(g.recommendation),
      ]),
      [
        totalLabel,
        n(sum(f.findingsByGroup, (g) => g.major)),
        n(sum(f.findingsByGroup, (g) => g.minor)),
        n(sum(f.findingsByGroup, (g) => g.recommendation)),
      ],
    ),
    table(
      t,
      "findingsByD36",
      ["item", "count"],
      f.findingsByD36.map((d) => [t("yearReports.tables.findingsByD36.itemName", { item: d.item }), n(d.count)]),
    ),
    table(
      t,
      "corrective",
      ["indicator", "count"],
      (["nonconformities", "answered", "accepted", "overdue"] as const).map((k) => [
        t(`yearReports.tables.corrective.${k}`),
        n(f.corrective[k]),
      ]),
    ),
    table(
      t,
      "repeats",
      ["unit", "repeats"],
      f.repeats.map((r) => [r.name, n(r.repeats)]),
    ),
    table(
      t,
      "completeness",
      ["indicator", "count"],
      [
        [t("yearReports.tables.completeness.units"), n(f.completeness.units)],
        [t("yearReports.tables.completeness.complete"), n(f.completeness.complete)],
        [t("yearReports.tables.completeness.average"), `${f.completeness.averagePercent} %`],
      ],
    ),
    table(
      t,
      "proposals",
      ["unit", "source", "text"],
      f.proposals.map((p) => [p.name, t(`yearReports.tables.proposals.${p.source}`), p.text]),
    ),
    { ...units, appendix: true },
  ];
}

function ministryTables(f: MinistryFigures, t: Translate): FigureTable[] {
  const cols = ["required", "applying", "announced", "iso2015", "iso2008", "checked"] as const;
  return [
    table(
      t,
      "levels",
      ["level", ...cols],
      f.levels.map((l) => [t(`yearReports.levels.${l.level}`), ...cols.map((c) => n(l[c]))]),
      [t("yearReports.tables.total"), ...cols.map((c) => n(sum(f.levels, (l) => l[c])))],
    ),
  ];
}

export function figureTables(figures: YearReportFigures, t: Translate): FigureTable[] {
  return figures.kind === "NOVEMBER_CONSOLIDATION" ? novemberTables(figures, t) : ministryTables(figures, t);
}
