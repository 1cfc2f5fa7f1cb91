/** Reads a schema back from pg_catalog, in shapes comparable with the table model. */
import type { Db as PGlite } from "./pglite";

export interface DbColumn {
  name: string;
  type: string;
  notNull: boolean;
  default: string | null;
  /** pg_attribute.attidentity: '' (none), 'd' (BY DEFAULT) or 'a' (ALWAYS). */
  identity: string;
  comment: string | null;
}
export interface DbConstraint {
  name: string;
  type: "p" | "f" | "u" | "c";
  columns: string[];
  refTable: string | null;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
  definition: string;
}
export interface DbIndex {
  name: string;
  unique: boolean;
  columns: { name: string; order: "asc" | "desc" }[];
  where: string | null;
  constraint: boolean;
}
export interface DbTable {
  name: string;
  comment: string | null;
  columns: DbColumn[];
  constraints: DbConstraint[];
  indexes: DbIndex[];
  triggers: string[];
}

const ACTIONS: Record<string, string> = { a: "no action", r: "restrict", c: "cascade", n: "set null", d: "set default" };

async function rows<T>(db: PGlite, sql: string, params: unknown[]): Promise<T[]> {
  return (await db.query<T>(sql, params)).rows;
}

export async function introspect(db: PGlite, schema: string): Promise<Map<string, DbTable>> {
  const tables = await rows<{ oid: number; name: string; comment: string | null }>(
    db,
    `SELECT c.oid, c.relname AS name, obj_description(c.oid, 'pg_class') AS comment
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'r' ORDER BY c.relname`,
    [schema],
  );
  const out = new Map<string, DbTable>();
  for (const t of tables) {
    const columns = await rows<DbColumn>(
      db,
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
              pg_get_expr(d.adbin, d.adrelid) AS default, a.attidentity::text AS identity, col_description(a.attrelid, a.attnum) AS comment
         FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
      [t.oid],
    );
    const raw = await rows<{
      name: string;
      type: DbConstraint["type"];
      columns: string[];
      refTable: string | null;
      refColumns: string[] | null;
      del: string;
      upd: string;
      definition: string;
    }>(
      db,
      `SELECT con.conname AS name, con.contype AS type,
              ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS columns,
              (SELECT relname FROM pg_class WHERE oid = con.confrelid) AS "refTable",
              ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS "refColumns",
              con.confdeltype AS del, con.confupdtype AS upd, pg_get_constraintdef(con.oid) AS definition
         FROM pg_constraint con WHERE con.conrelid = $1 ORDER BY con.conname`,
      [t.oid],
    );
    const constraints = raw
      .filter((c) => ["p", "f", "u", "c"].includes(c.type))
      .map((c) => ({ ...c, refColumns: c.refColumns ?? [], onDelete: ACTIONS[c.del] ?? "", onUpdate: ACTIONS[c.upd] ?? "" }));
    const idx = await rows<{ name: string; unique: boolean; cols: string[]; options: number[]; where: string | null; constraint: boolean }>(
      db,
      `SELECT ic.relname AS name, i.indisunique AS unique,
              ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k ORDER BY k)::text[] AS cols,
              i.indoption::int2[]::int[] AS options, pg_get_expr(i.indpred, i.indrelid) AS where,
              EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) AS constraint
         FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = $1 ORDER BY ic.relname`,
      [t.oid],
    );
    const indexes = idx.map((i) => ({
      name: i.name,
      unique: i.unique,
      columns: i.cols.map((name, k) => ({ name: name.replace(/^"|"$/g, ""), order: i.options[k]! & 1 ? ("desc" as const) : ("asc" as const) })),
      where: i.where,
      constraint: i.constraint,
    }));
    const triggers = (
      await rows<{ name: string }>(db, `SELECT tgname AS name FROM pg_trigger WHERE tgrelid = $1 AND NOT tgisinternal ORDER BY tgname`, [t.oid])
    ).map((r) => r.name);
    out.set(t.name, { name: t.name, comment: t.comment, columns, constraints, indexes, triggers });
  }
  return out;
}

export async function enumValues(db: PGlite, schema: string): Promise<Map<string, string[]>> {
  const list = await rows<{ name: string; values: string[] }>(
    db,
    `SELECT t.typname AS name, ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 AND t.typtype = 'e' ORDER BY t.typname`,
    [schema],
  );
  return new Map(list.map((e) => [e.name, e.values]));
}

/** Our DDL type spelling -> format_type()'s. */
export function canonicalType(sqlType: string): string {
  const array = sqlType.endsWith("[]");
  const base = array ? sqlType.slice(0, -2) : sqlType;
  const m = /^(\w+(?: \w+)?)(\(.*\))?$/.exec(base);
  const names: Record<string, string> = { VARCHAR: "character varying", TIMESTAMPTZ: "timestamp with time zone", NUMERIC: "numeric" };
  const head = m ? (names[m[1]!] ?? m[1]!.toLowerCase()) : base;
  const plain = base.startsWith('"') ? base : `${head}${m?.[2] ?? ""}`;
  return array ? `${plain}[]` : plain;
}
