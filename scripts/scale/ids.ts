import { createHash } from "node:crypto";

/**
 * Every key of the synthetic data set goes through one fixed seed, so two builds make the same rows with the
 * same ids. SQL and TypeScript derive ids the same way (md5 of `seed:key` read as a uuid), which lets the
 * set-based statements refer to rows the script wrote from TypeScript without looking them up.
 */
export const scaleSeed = "qms-scale-1";

/**
 * The uuid of the row named `key` (the same as `scale_id(key)` in SQL): md5 of `seed:key` with the version and variant
 * bits of a random (version 4) uuid, so the app's URL schemas (z.uuid()) accept the data set's ids.
 */
export function scaleId(key: string): string {
  const hex = createHash("md5").update(`${scaleSeed}:${key}`).digest("hex");
  const variant = "89ab"[parseInt(hex[16]!, 16) & 3];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A number in [0, 1) fixed by `key` (the same as `scale_rand(key)` in SQL). */
export function scaleRand(key: string): number {
  return createHash("md5").update(`${scaleSeed}:${key}`).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * The SQL twins of scaleId and scaleRand, created for the build and dropped after it. Both are IMMUTABLE SQL
 * functions, so PostgreSQL inlines them into the set-based statements.
 */
export const helperFunctionsSql = `
  CREATE OR REPLACE FUNCTION scale_id(key text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (substr(m, 1, 12) || '4' || substr(m, 14, 3)
                  || substr('89ab', (('x' || substr(m, 17, 1))::bit(4)::int & 3) + 1, 1) || substr(m, 18))::uuid
            FROM md5('${scaleSeed}:' || key) m $$;
  CREATE OR REPLACE FUNCTION scale_rand(key text) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ('x' || substr(md5('${scaleSeed}:' || key), 1, 8))::bit(32)::bigint::float8 / 4294967296 $$;`;

export const dropHelperFunctionsSql = `DROP FUNCTION IF EXISTS scale_id(text); DROP FUNCTION IF EXISTS scale_rand(text);`;
