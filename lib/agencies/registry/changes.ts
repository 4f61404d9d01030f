const comparable = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

/** Field-by-field differences, for the audit row and the unit's history. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const from = comparable(before[key]) ?? null;
    const to = comparable(value) ?? null;
    if (from !== to) changes[key] = { from, to };
  }
  return changes;
}
