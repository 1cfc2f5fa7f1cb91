/**
 * Asserts that a database schema (read from pg_catalog) is exactly what the
 * IR asks for: every table, column type, nullability, default, key,
 * constraint, index and comment. Shared by the hand-built and real-spec tests.
 */
import type { Db as PGlite } from "./pglite";
import type { FieldNode, SpecIR, SpecloomConfig } from "@specloom/core";
import { buildTableModel, shortenIdentifier, type TableModel } from "@specloom/model";
import { canonicalType, enumValues, introspect } from "./introspect";

const norm = (sql: string) =>
  sql
    .replace(/::[a-z_ ]+(\(\d+(,\d+)?\))?(\[\])?/gi, "")
    .replace(/[()\s"]/g, "")
    .toLowerCase();

export interface SchemaCounts {
  tables: number;
  columns: number;
  foreignKeys: number;
  indexes: number;
  checks: number;
  uniques: number;
}

/** Evaluates both defaults so `'0.00'` and `0.00::numeric` compare equal; volatile ones compare as text. */
async function sameDefault(db: PGlite, ours: string | undefined, theirs: string | null, type: string): Promise<boolean> {
  if (ours === undefined || theirs === null) return ours === undefined && theirs === null;
  if (/\(\)$/.test(ours)) return theirs === ours;
  const r = await db.query<{ same: boolean }>(`SELECT (${ours})::${type} IS NOT DISTINCT FROM (${theirs}) AS same`);
  return r.rows[0]!.same;
}

/** format_type() spelling the README's type mapping promises for a field, independent of the emitter; undefined = not checked here. */
function promisedType(f: FieldNode, ir: SpecIR, config: SpecloomConfig): string | undefined {
  const t = f.type;
  if (t.kind === "ref" && t.refKind === "enum") {
    const e = ir.enums.find((x) => x.name === t.name);
    const native = config.sql.enums === "native" && e?.values.every((v) => typeof v === "string");
    return native ? undefined : e?.values.every((v) => typeof v === "string") ? "text" : undefined;
  }
  if (t.kind === "record" || t.kind === "object" || (t.kind === "primitive" && t.name === "unknown")) return "jsonb";
  if (t.kind !== "primitive") return undefined;
  const c = t.constraints ?? {};
  if (c.format === "decimal") return c.precision === undefined ? "numeric" : `numeric(${c.precision},${c.scale ?? 0})`;
  if (t.name === "string") {
    if (c.format === "uuid") return "uuid";
    if (c.format === "date-time") return "timestamp with time zone";
    if (c.format === "date") return "date";
    // PostgreSQL's VARCHAR holds 1..10485760 characters; other lengths are TEXT with a CHECK.
    return c.maxLength === undefined || c.maxLength < 1 || c.maxLength > 10485760 ? "text" : `character varying(${c.maxLength})`;
  }
  const others: Record<string, string> = { integer: c.size === "int64" ? "bigint" : "integer", number: "double precision", boolean: "boolean" };
  return others[t.name];
}

export async function expectSchemaMatches(db: PGlite, schema: string, ir: SpecIR, config: SpecloomConfig): Promise<SchemaCounts> {
  const model: TableModel = buildTableModel(ir, config.sql);
  const actual = await introspect(db, schema);
  expect([...actual.keys()].sort()).toEqual(model.tables.map((t) => t.name).sort());

  // Straight from the IR: tables, stored columns, nullability and belongsTo FKs (names cut to PostgreSQL's 63 bytes).
  const cut = (name: string) => shortenIdentifier(name, 63);
  for (const m of ir.models) {
    const table = actual.get(cut(m.table))!;
    expect(table).toBeDefined();
    const navigations = new Set(m.relations.filter((r) => r.relationKind !== "belongsTo").map((r) => r.name));
    for (const f of m.fields.filter((x) => !navigations.has(x.name))) {
      const col = table.columns.find((c) => c.name === cut(f.column ?? f.name));
      expect({ table: m.table, column: f.column, exists: !!col }).toEqual({ table: m.table, column: f.column, exists: true });
      expect({ column: `${m.table}.${col!.name}`, notNull: col!.notNull }).toEqual({
        column: `${m.table}.${col!.name}`,
        notNull: !!f.primaryKey || (!f.optional && !f.nullable),
      });
    }
    const fkFields = new Set(m.relations.filter((r) => r.relationKind === "belongsTo").map((r) => r.foreignKey ?? r.name));
    for (const f of m.fields.filter((x) => !navigations.has(x.name) && !fkFields.has(x.name))) {
      const promised = promisedType(f, ir, config);
      const col = table.columns.find((c) => c.name === cut(f.column ?? f.name))!;
      if (promised) expect({ column: `${m.table}.${col.name}`, type: col.type }).toEqual({ column: `${m.table}.${col.name}`, type: promised });
    }
    for (const r of m.relations.filter((x) => x.relationKind === "belongsTo")) {
      const target = ir.models.find((x) => x.name === r.targetModel)!;
      const fkField = m.fields.find((f) => f.name === (r.foreignKey ?? r.name))!;
      const fk = table.constraints.find((c) => c.type === "f" && c.columns.join() === cut(fkField.column ?? fkField.name));
      // A FK column has exactly the type of the column it references.
      const fkType = table.columns.find((c) => c.name === fk?.columns[0])?.type;
      const refType = actual.get(fk?.refTable ?? "")?.columns.find((c) => c.name === fk?.refColumns[0])?.type;
      expect({ relation: `${m.name}.${r.name}`, fkType }).toEqual({ relation: `${m.name}.${r.name}`, fkType: refType });
      expect({ relation: `${m.name}.${r.name}`, refTable: fk?.refTable, onDelete: fk?.onDelete }).toEqual({
        relation: `${m.name}.${r.name}`,
        refTable: cut(target.table),
        onDelete: r.onDelete ?? "no action",
      });
    }
  }

  // Against the table model: the exact shape of every table.
  const counts: SchemaCounts = { tables: 0, columns: 0, foreignKeys: 0, indexes: 0, checks: 0, uniques: 0 };
  for (const t of model.tables) {
    const db_ = actual.get(t.name)!;
    counts.tables++;
    expect(db_.columns.map((c) => c.name)).toEqual(t.columns.map((c) => c.name));
    for (const c of t.columns) {
      const a = db_.columns.find((x) => x.name === c.name)!;
      counts.columns++;
      const where = `${t.name}.${c.name}`;
      expect({ where, type: a.type, notNull: a.notNull, comment: a.comment, identity: a.identity }).toEqual({
        where,
        type: canonicalType(c.sqlType),
        notNull: c.notNull,
        comment: c.comment ?? null,
        identity: c.identity === "always" ? "a" : c.identity === "byDefault" ? "d" : "",
      });
      expect({ where, default: a.default, same: await sameDefault(db, c.default, a.default, a.type) }).toEqual({ where, default: a.default, same: true });
    }
    expect(db_.comment).toBe(t.comment ?? null);
    const pk = db_.constraints.find((c) => c.type === "p");
    expect(pk?.columns ?? []).toEqual([...t.primaryKey]);

    const fks = db_.constraints
      .filter((c) => c.type === "f")
      .map((c) => ({ name: c.name, columns: c.columns, refTable: c.refTable, refColumns: c.refColumns, onDelete: c.onDelete, onUpdate: c.onUpdate }));
    const wantFks = t.foreignKeys.map((f) => ({
      name: f.name,
      columns: [...f.columns],
      refTable: f.refTable,
      refColumns: [...f.refColumns],
      onDelete: f.onDelete,
      onUpdate: f.onUpdate,
    }));
    expect(fks).toEqual(expect.arrayContaining(wantFks));
    expect(fks).toHaveLength(wantFks.length);
    counts.foreignKeys += fks.length;

    const uniques = db_.constraints.filter((c) => c.type === "u").map((c) => ({ name: c.name, columns: c.columns }));
    expect(uniques.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      t.uniques.map((u) => ({ name: u.name, columns: [...u.columns] })).sort((a, b) => a.name.localeCompare(b.name)),
    );
    counts.uniques += uniques.length;

    const checks = db_.constraints.filter((c) => c.type === "c");
    expect(checks.map((c) => c.name).sort()).toEqual(t.checks.map((c) => c.name).sort());
    for (const c of t.checks) expect(norm(checks.find((x) => x.name === c.name)!.definition)).toContain((c.column ?? "").toLowerCase());
    // A declared table check reaches the catalog as written, up to PostgreSQL's own spelling.
    for (const c of t.checks.filter((x) => x.kind === "table"))
      expect(norm(checks.find((x) => x.name === c.name)!.definition)).toContain(norm(c.expression));
    counts.checks += checks.length;

    const indexes = db_.indexes
      .filter((i) => !i.constraint)
      .map((i) => ({ name: i.name, unique: i.unique, columns: i.columns, where: i.where && norm(i.where) }));
    const wantIndexes = t.indexes.map((i) => ({
      name: i.name,
      unique: i.unique,
      columns: i.columns.map((c) => ({ ...c })),
      where: i.where ? norm(i.where) : null,
    }));
    expect(indexes.sort((a, b) => a.name.localeCompare(b.name))).toEqual(wantIndexes.sort((a, b) => a.name.localeCompare(b.name)));
    counts.indexes += indexes.length;

    expect(db_.triggers).toEqual(t.updatedAtColumn ? [shortenIdentifier(`trg_${t.name}_updated_at`, 63)] : []);
  }
  const enums = await enumValues(db, schema);
  expect(Object.fromEntries(enums)).toEqual(Object.fromEntries(model.enums.map((e) => [e.name, [...e.values]])));
  return counts;
}
