import type { FigureTable } from "./tables";

export type NarrativeChange = { section: string; before: string; after: string };
export type FigureChange = { table: string; title: string; row: string; column: string; before: string; after: string };

/** Sections whose text differs between the previous version and this one. */
export function diffNarrative(before: Record<string, string>, after: Record<string, string>): NarrativeChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => (before[k] ?? "").trim() !== (after[k] ?? "").trim())
    .map((section) => ({ section, before: before[section] ?? "", after: after[section] ?? "" }));
}

/**
 * Cells that differ between two versions' tables, rows matched by their first cell (a unit, a kind, a band),
 * so a row that appears or disappears shows as every cell changed from or to "—".
 */
export function diffFigures(before: FigureTable[], after: FigureTable[]): FigureChange[] {
  const changes: FigureChange[] = [];
  const old = new Map(before.map((t) => [t.key, t]));
  for (const table of after) {
    const previous = old.get(table.key);
    const rowsOf = (t: FigureTable | undefined) =>
      new Map([...(t?.rows ?? []), ...(t?.total ? [t.total] : [])].map((r) => [r[0] ?? "", r]));
    const was = rowsOf(previous);
    const now = rowsOf(table);
    for (const label of new Set([...was.keys(), ...now.keys()])) {
      const a = was.get(label);
      const b = now.get(label);
      table.columns.forEach((column, i) => {
        if (i === 0) return;
        const x = a?.[i] ?? "—";
        const y = b?.[i] ?? "—";
        if (x !== y)
          changes.push({ table: table.key, title: table.title, row: label, column: column.title, before: x, after: y });
      });
    }
  }
  return changes;
}
