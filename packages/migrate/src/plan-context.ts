/**
 * The two schemas side by side: which tables survive (after declared
 * renames), and each old table translated into the new names, so that keys,
 * constraints and indexes compare by value.
 */
import type { Renames, Schema } from "./schema";
import { renameColumnsIn } from "./statements";
import type { Column, Table } from "./table-model";

export interface TablePair {
  readonly old: Table;
  readonly next: Table;
  /** `old` with table and column names mapped to the new ones. */
  readonly translated: Table;
}

export interface PlanContext {
  readonly old: Schema;
  readonly next: Schema;
  readonly renames: Renames;
  readonly pairs: readonly TablePair[];
  readonly created: readonly Table[];
  readonly dropped: readonly Table[];
  /** `table.column` (new names) whose type changes, an enum rewrite included. */
  readonly retyped: ReadonlySet<string>;
  /** Enum types whose values are removed or reordered: recreated, columns converted. */
  readonly rewrittenEnums: ReadonlySet<string>;
  /** New table names whose primary key changes. */
  readonly pkChanged: ReadonlySet<string>;
  readonly newTableName: (oldTable: string) => string | undefined;
}

/** Old values appear in the new list in the same order: ALTER TYPE … ADD VALUE is enough. */
export function appendOnly(oldValues: readonly string[], newValues: readonly string[]): boolean {
  let i = 0;
  for (const v of newValues) if (v === oldValues[i]) i++;
  return i === oldValues.length && oldValues.every((v) => newValues.includes(v));
}

export function buildPlanContext(old: Schema, next: Schema, renames: Renames): PlanContext {
  const oldByName = new Map(old.tables.map((t) => [t.name, t]));
  const oldToNew = new Map<string, string>();
  for (const t of next.tables) {
    const from = renames.tables.get(t.name) ?? t.name;
    if (oldByName.has(from)) oldToNew.set(from, t.name);
  }
  const newTableName = (oldTable: string) => oldToNew.get(oldTable);
  const columnMap = (oldTable: string): Map<string, string> => {
    const newTable = oldToNew.get(oldTable);
    const declared = newTable ? renames.columns.get(newTable) : undefined;
    return new Map([...(declared ?? [])].map(([n, o]) => [o, n] as const));
  };
  const newColumn = (oldTable: string, column: string) => columnMap(oldTable).get(column) ?? column;

  const translate = (t: Table, newName: string): Table => {
    const col = (c: string) => newColumn(t.name, c);
    const renamed = columnMap(t.name);
    const text = (sqlText: string) => (renamed.size > 0 ? renameColumnsIn(sqlText, renamed) : sqlText);
    return {
      ...t,
      name: newName,
      columns: t.columns.map((c): Column => ({ ...c, name: col(c.name) })),
      primaryKey: t.primaryKey.map(col),
      foreignKeys: t.foreignKeys.map((fk) => ({
        ...fk,
        table: newName,
        columns: fk.columns.map(col),
        refTable: oldToNew.get(fk.refTable) ?? fk.refTable,
        refColumns: fk.refColumns.map((c) => newColumn(fk.refTable, c)),
      })),
      uniques: t.uniques.map((u) => ({ ...u, table: newName, columns: u.columns.map(col) })),
      checks: t.checks.map((c) => ({ ...c, table: newName, expression: text(c.expression), ...(c.column ? { column: col(c.column) } : {}) })),
      indexes: t.indexes.map((i) => ({
        ...i,
        table: newName,
        columns: i.columns.map((c) => ({ ...c, name: col(c.name) })),
        ...(i.where ? { where: text(i.where) } : {}),
      })),
      ...(t.updatedAtColumn ? { updatedAtColumn: col(t.updatedAtColumn) } : {}),
      ...(t.softDeleteColumn ? { softDeleteColumn: col(t.softDeleteColumn) } : {}),
    };
  };

  const pairs: TablePair[] = [];
  const created: Table[] = [];
  for (const t of next.tables) {
    const from = renames.tables.get(t.name) ?? t.name;
    const o = oldByName.get(from);
    if (o) pairs.push({ old: o, next: t, translated: translate(o, t.name) });
    else created.push(t);
  }
  const dropped = old.tables.filter((t) => !oldToNew.has(t.name));

  const oldEnums = new Map(old.enums.map((e) => [e.name, e]));
  const rewrittenEnums = new Set(
    next.enums
      .filter((e) => {
        const o = oldEnums.get(e.name);
        return o !== undefined && !appendOnly(o.values, e.values);
      })
      .map((e) => e.name),
  );
  const retyped = new Set<string>();
  const pkChanged = new Set<string>();
  for (const { translated, next: n } of pairs) {
    for (const c of n.columns) {
      const o = translated.columns.find((x) => x.name === c.name);
      if (o && (o.sqlType !== c.sqlType || (c.enumType !== undefined && rewrittenEnums.has(c.enumType)))) retyped.add(`${n.name}.${c.name}`);
    }
    if (translated.primaryKey.join(",") !== n.primaryKey.join(",")) pkChanged.add(n.name);
  }
  return { old, next, renames, pairs, created, dropped, retyped, rewrittenEnums, pkChanged, newTableName };
}
