/** A schema's whole catalog, read back from PostgreSQL, in a form two databases compare with toEqual. */
import { enumValues, introspect } from "../../emitter-sql/test/introspect";
import type { Db } from "../../emitter-sql/test/pglite";

export async function catalog(db: Db, schema: string): Promise<unknown> {
  const tables = [...(await introspect(db, schema)).values()].map((t) => ({
    ...t,
    // PostgreSQL appends added columns; column order is not part of what a migration must reproduce.
    columns: [...t.columns].sort((a, b) => a.name.localeCompare(b.name)),
  }));
  const functions = await db.query<{ name: string; body: string }>(
    `SELECT p.proname AS name, p.prosrc AS body FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1 ORDER BY 1`,
    [schema],
  );
  const typeComments = await db.query<{ name: string; comment: string | null }>(
    `SELECT t.typname AS name, obj_description(t.oid, 'pg_type') AS comment FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 AND t.typtype = 'e' ORDER BY 1`,
    [schema],
  );
  return { tables, enums: Object.fromEntries(await enumValues(db, schema)), typeComments: typeComments.rows, functions: functions.rows };
}
