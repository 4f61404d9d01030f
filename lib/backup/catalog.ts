import type pg from "pg";
import { BackupError } from "./manifest";

/**
 * What a backup reads from the database's own catalogue: the app's tables (schema public, without Prisma's
 * `_prisma_migrations`, which a restore rebuilds by applying the migrations), their columns, an order that
 * loads every table after the tables it refers to, and the sequences.
 */
export const migrationsTable = "_prisma_migrations";

/**
 * Every column that holds a storage key (lib/storage): the files a backup carries are exactly those the
 * database points at. tests/db/backup.test.ts fails when a column named like a file key is missing here.
 */
export const fileKeyColumns = [
  { table: "inspection_plan", column: "approvalFileKey" },
  { table: "inspection_evidence", column: "fileKey" },
  { table: "corrective_evidence", column: "fileKey" },
  { table: "record_file", column: "storageKey" },
] as const;

export type TableInfo = { name: string; columns: string[] };

export async function listTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1
      GROUP BY c.relname ORDER BY c.relname`,
    [migrationsTable],
  );
  const { rows: references } = await client.query<{ from: string; to: string }>(
    `SELECT DISTINCT c.relname AS "from", r.relname AS "to"
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_class r ON r.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND k.conrelid <> k.confrelid`,
  );
  return loadOrder(rows, references);
}

/**
 * Tables sorted so each comes after the tables it refers to (by name among equals, so the order is stable).
 * A table that refers to itself is fine: a COPY checks its foreign keys at the end of the statement.
 */
export function loadOrder(tables: TableInfo[], references: { from: string; to: string }[]): TableInfo[] {
  const waiting = new Map(
    tables.map((t) => [t.name, new Set(references.filter((r) => r.from === t.name).map((r) => r.to))]),
  );
  const ordered: TableInfo[] = [];
  while (waiting.size) {
    const ready = [...waiting]
      .filter(([, needs]) => [...needs].every((n) => !waiting.has(n)))
      .map(([name]) => name)
      .sort();
    if (!ready.length)
      throw new BackupError(
        `Các bảng tham chiếu vòng tròn — tables refer to each other in a cycle: ${[...waiting.keys()].join(", ")}`,
      );
    for (const name of ready) {
      ordered.push(tables.find((t) => t.name === name)!);
      waiting.delete(name);
    }
  }
  return ordered;
}

/** Sequences of schema public with their last value (null when never used). */
export async function readSequences(client: pg.ClientBase): Promise<{ name: string; lastValue: string }[]> {
  const { rows } = await client.query<{ name: string; lastValue: string | null }>(
    `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
  return rows.filter((r): r is { name: string; lastValue: string } => r.lastValue !== null);
}

/** Migrations the database has finished, in order. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query(`SELECT to_regclass($1) AS t`, [`public.${migrationsTable}`]);
  if (!exists.rows[0]?.t) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "${migrationsTable}" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

/** Every storage key the database names, once each, with where it was found first. */
export async function listFileKeys(client: pg.ClientBase): Promise<{ key: string; table: string; column: string }[]> {
  const parts = fileKeyColumns.map(
    (c) =>
      `SELECT "${c.column}" AS key, '${c.table}' AS "table", '${c.column}' AS "column" FROM "${c.table}" WHERE "${c.column}" IS NOT NULL`,
  );
  const { rows } = await client.query<{ key: string; table: string; column: string }>(
    `SELECT DISTINCT ON (key) key, "table", "column" FROM (${parts.join(" UNION ALL ")}) k ORDER BY key, "table"`,
  );
  return rows;
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
