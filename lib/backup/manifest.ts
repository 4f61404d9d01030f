import { z } from "zod";

/**
 * `manifest.json`, the last entry of a backup archive: what the archive holds and the SHA-256 of every other
 * entry, so a restore can check the whole archive before it writes anything.
 */
export const manifestFormat = "qms-backup/1";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** A key lib/storage made (`ab/<uuid>`): a restore writes only there, whatever the archive says. */
const storageKey = z.string().regex(/^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

export const manifestSchema = z.object({
  format: z.literal(manifestFormat),
  createdAt: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string() }),
  server: z.string(),
  /** Migrations applied to the database the archive was made from, in order (folder names). */
  migrations: z.array(z.string().regex(/^\d{14}_[a-z0-9_]+$/)),
  /** In load order: a table comes after every table it refers to. */
  tables: z.array(
    z.object({
      name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
      entry: z.string(),
      columns: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).min(1),
      rows: z.number().int().nonnegative(),
      size: z.number().int().nonnegative(),
      sha256,
    }),
  ),
  /** Values of the sequences (audit_event ids), restored so that new rows never reuse an id. */
  sequences: z.array(
    z.object({ name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), lastValue: z.string().regex(/^-?\d+$/) }),
  ),
  files: z.array(z.object({ key: storageKey, entry: z.string(), size: z.number().int().nonnegative(), sha256 })),
  /** Files the database named that storage did not have when the backup ran (removed meanwhile, or lost). */
  missingFiles: z.array(z.object({ key: storageKey, table: z.string(), column: z.string() })),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type TableDump = Manifest["tables"][number];
export type FileEntry = Manifest["files"][number];

export const manifestEntry = "manifest.json";
export const tableEntry = (table: string) => `db/${table}.copy`;
export const fileEntry = (key: string) => `files/${key}`;

/** Refusals and failures of backup and restore; the message is for the operator (Vietnamese — English). */
export class BackupError extends Error {}
