/**
 * Reads one schema of a PostgreSQL catalog into plain, sorted shapes. Used by
 * the importer and, in tests, to compare two databases structurally.
 */
export interface Queryable {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export type ReferentialActionName = "no action" | "restrict" | "cascade" | "set null" | "set default";

export interface CatalogColumn {
  readonly name: string;
  /** `format_type()` spelling, e.g. `character varying(255)`, `numeric(10,2)`, `text[]`. */
  readonly type: string;
  /** Type name without modifiers (`varchar`, `int4`, `_text` for arrays). */
  readonly udt: string;
  /** Schema of a user-defined type (an enum), else null. */
  readonly udtSchema: string | null;
  readonly notNull: boolean;
  readonly default: string | null;
  readonly comment: string | null;
  /** `a` (ALWAYS) / `d` (BY DEFAULT) for identity columns, else empty. */
  readonly identity: string;
  /** `s` for a stored generated column, else empty. */
  readonly generated: string;
}

export interface CatalogConstraint {
  readonly name: string;
  readonly kind: "primary" | "foreign" | "unique" | "check" | "exclusion";
  readonly columns: readonly string[];
  readonly refTable: string | null;
  readonly refColumns: readonly string[];
  readonly onDelete: ReferentialActionName;
  readonly onUpdate: ReferentialActionName;
  readonly deferrable: boolean;
  readonly definition: string;
}

export interface CatalogIndexColumn {
  /** A column name, or an expression as `pg_get_indexdef` prints it. */
  readonly expression: string;
  readonly isColumn: boolean;
  readonly order: "asc" | "desc";
}

export interface CatalogIndex {
  readonly name: string;
  readonly unique: boolean;
  readonly method: string;
  readonly columns: readonly CatalogIndexColumn[];
  readonly where: string | null;
  /** Backs a PRIMARY KEY / UNIQUE / EXCLUDE constraint. */
  readonly constraint: boolean;
}

export interface CatalogTrigger {
  readonly name: string;
  readonly definition: string;
  readonly functionName: string;
}

export interface CatalogTable {
  readonly name: string;
  readonly comment: string | null;
  readonly columns: readonly CatalogColumn[];
  readonly constraints: readonly CatalogConstraint[];
  readonly indexes: readonly CatalogIndex[];
  readonly triggers: readonly CatalogTrigger[];
}

export interface CatalogEnum {
  readonly name: string;
  readonly values: readonly string[];
  readonly comment: string | null;
}

export interface Catalog {
  readonly schema: string;
  readonly enums: readonly CatalogEnum[];
  readonly tables: readonly CatalogTable[];
  /** Objects the importer does not translate, by kind (reported, never dropped silently). */
  readonly other: readonly { readonly kind: string; readonly name: string }[];
}

const ACTIONS: Record<string, ReferentialActionName> = { a: "no action", r: "restrict", c: "cascade", n: "set null", d: "set default" };
const KINDS: Record<string, CatalogConstraint["kind"]> = { p: "primary", f: "foreign", u: "unique", c: "check", x: "exclusion" };

async function rows<T>(db: Queryable, sql: string, params: unknown[]): Promise<T[]> {
  return (await db.query<T>(sql, params)).rows;
}

function groupBy<T extends { table: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(item.table, [...(map.get(item.table) ?? []), item]);
  return map;
}

const unquote = (s: string): string => (/^"(.*)"$/.test(s) ? s.slice(1, -1).replace(/""/g, '"') : s);

export async function readCatalog(db: Queryable, schema = "public"): Promise<Catalog> {
  const tables = await rows<{ name: string; comment: string | null }>(
    db,
    `SELECT c.relname AS name, obj_description(c.oid, 'pg_class') AS comment
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    [schema],
  );
  const columns = groupBy(
    await rows<CatalogColumn & { table: string }>(
      db,
      `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
              t.typname AS udt, CASE WHEN t.typtype = 'e' OR (t.typcategory = 'A' AND et.typtype = 'e')
                THEN COALESCE(en.nspname, tn.nspname) END AS "udtSchema",
              a.attnotnull AS "notNull", pg_get_expr(d.adbin, d.adrelid) AS default,
              col_description(a.attrelid, a.attnum) AS comment, a.attidentity::text AS identity, a.attgenerated::text AS generated
         FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = t.typnamespace
         LEFT JOIN pg_type et ON et.oid = t.typelem LEFT JOIN pg_namespace en ON en.oid = et.typnamespace
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY c.relname, a.attnum`,
      [schema],
    ),
  );
  const constraints = groupBy(
    (
      await rows<{
        table: string;
        name: string;
        type: string;
        columns: string[];
        refTable: string | null;
        refColumns: string[] | null;
        del: string;
        upd: string;
        deferrable: boolean;
        definition: string;
      }>(
        db,
        `SELECT c.relname AS table, con.conname AS name, con.contype::text AS type,
                ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
                      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS columns,
                (SELECT relname FROM pg_class WHERE oid = con.confrelid) AS "refTable",
                ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
                      JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS "refColumns",
                con.confdeltype::text AS del, con.confupdtype::text AS upd, con.condeferrable AS deferrable,
                pg_get_constraintdef(con.oid) AS definition
           FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND con.contype IN ('p', 'f', 'u', 'c', 'x')
          ORDER BY c.relname, con.conname`,
        [schema],
      )
    ).map((c) => ({
      table: c.table,
      name: c.name,
      kind: KINDS[c.type] ?? "check",
      columns: c.columns,
      refTable: c.refTable,
      refColumns: c.refColumns ?? [],
      onDelete: ACTIONS[c.del] ?? "no action",
      onUpdate: ACTIONS[c.upd] ?? "no action",
      deferrable: c.deferrable,
      definition: c.definition,
    })),
  );
  const indexes = groupBy(
    (
      await rows<{
        table: string;
        name: string;
        unique: boolean;
        method: string;
        cols: string[];
        attnums: number[];
        options: number[];
        where: string | null;
        constraint: boolean;
      }>(
        db,
        `SELECT c.relname AS table, ic.relname AS name, i.indisunique AS unique, am.amname AS method,
                ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k ORDER BY k)::text[] AS cols,
                (i.indkey::int2[])[0:i.indnkeyatts - 1]::int[] AS attnums,
                i.indoption::int2[]::int[] AS options, pg_get_expr(i.indpred, i.indrelid) AS where,
                EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid) AS constraint
           FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am am ON am.oid = ic.relam
          WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY c.relname, ic.relname`,
        [schema],
      )
    ).map((i) => ({
      table: i.table,
      name: i.name,
      unique: i.unique,
      method: i.method,
      columns: i.cols.map((expression, k) => ({
        expression: i.attnums[k] === 0 ? expression : unquote(expression),
        isColumn: i.attnums[k] !== 0,
        order: (i.options[k] ?? 0) & 1 ? ("desc" as const) : ("asc" as const),
      })),
      where: i.where,
      constraint: i.constraint,
    })),
  );
  const triggers = groupBy(
    await rows<CatalogTrigger & { table: string }>(
      db,
      `SELECT c.relname AS table, tg.tgname AS name, pg_get_triggerdef(tg.oid) AS definition, p.proname AS "functionName"
         FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_proc p ON p.oid = tg.tgfoid
        WHERE n.nspname = $1 AND NOT tg.tgisinternal ORDER BY c.relname, tg.tgname`,
      [schema],
    ),
  );
  const enums = await rows<CatalogEnum>(
    db,
    `SELECT t.typname AS name, obj_description(t.oid, 'pg_type') AS comment,
            ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 AND t.typtype = 'e' ORDER BY t.typname`,
    [schema],
  );
  const other = await rows<{ kind: string; name: string }>(
    db,
    `SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'f' THEN 'foreign table' END AS kind, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('v', 'm', 'f')
     UNION ALL
     SELECT 'domain', t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 AND t.typtype = 'd'
     UNION ALL
     SELECT 'composite type', t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_class c ON c.oid = t.typrelid
      WHERE n.nspname = $1 AND t.typtype = 'c' AND c.relkind = 'c'
     ORDER BY 1, 2`,
    [schema],
  );
  const strip = <T extends { table: string }>(list: readonly T[] | undefined): Omit<T, "table">[] =>
    (list ?? []).map(({ table: _table, ...rest }) => rest);
  return {
    schema,
    enums,
    other,
    tables: tables.map((t) => ({
      name: t.name,
      comment: t.comment,
      columns: strip(columns.get(t.name)),
      constraints: strip(constraints.get(t.name)),
      indexes: strip(indexes.get(t.name)),
      triggers: strip(triggers.get(t.name)),
    })),
  };
}
