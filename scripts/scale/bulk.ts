import type pg from "pg";

/** The tables the set-based steps fill with many rows. */
export const bulkTables = [
  "plan_target",
  "inspection",
  "inspection_item",
  "finding",
  "corrective_report",
  "corrective_answer",
  "qms_record",
  "record_version",
  "record_file",
  "annual_report",
] as const;

/**
 * A bulk load as PostgreSQL's documentation advises ("Populating a Database"): the loaded tables' foreign keys
 * and secondary indexes are dropped for the load and put back after it, in the same transaction. Putting a
 * foreign key back checks every row in one statement, and a unique index is rebuilt from all rows, so nothing
 * goes unchecked; it costs a fraction of checking and indexing 2.4 million rows one at a time. Primary keys stay.
 * Returns the function that restores them.
 */
export async function suspendConstraints(client: pg.Client): Promise<() => Promise<void>> {
  const { rows: keys } = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY ($1)`,
    [bulkTables],
  );
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid::regclass::text = ANY ($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [bulkTables],
  );
  for (const k of keys) await client.query(`ALTER TABLE ${k.tbl} DROP CONSTRAINT "${k.name}"`);
  for (const i of indexes) await client.query(`DROP INDEX ${i.name}`);
  return async () => {
    for (const i of indexes) await client.query(i.def);
    for (const k of keys) await client.query(`ALTER TABLE ${k.tbl} ADD CONSTRAINT "${k.name}" ${k.def}`);
  };
}
